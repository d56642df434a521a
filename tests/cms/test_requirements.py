"""Every third-party module the project imports comes from a package its requirement files name, pinned in a lock.

A package that only arrives through another one (polib through wagtail-localize, django-tasks through
Wagtail) disappears the day that one stops depending on it; naming it keeps the imports working.
"""

import ast
import importlib.metadata
import sys
from pathlib import Path

import pytest
from django.conf import settings
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(settings.BASE_DIR)
LOCAL = {path.parent.name for path in ROOT.glob("*/__init__.py")} | {"manage"}
# Code that runs outside production: its packages come from requirements-dev.txt.
DEV_ONLY = {"tests", "bench"}


def requirement_names(filename):
    """Distribution names a requirements file asks for, following its `-r` includes."""
    names = set()
    for line in (ROOT / filename).read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith("-r "):
            names |= requirement_names(line[3:].strip())
        elif line:
            names.add(canonicalize_name(Requirement(line).name))
    return names


def imported_modules(paths):
    """Top-level third-party modules imported by these files: {module: first file importing it}."""
    modules = {}
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top not in sys.stdlib_module_names and top not in LOCAL:
                    modules.setdefault(top, path.relative_to(ROOT))
    return modules


def python_files(dev):
    for path in sorted(ROOT.rglob("*.py")):
        top = path.relative_to(ROOT).parts[0]
        if top.startswith(".") or top == "node_modules":
            continue
        if (top in DEV_ONLY) == dev:
            yield path


def undeclared(modules, requirements):
    providers = importlib.metadata.packages_distributions()
    missing = {}
    for module, where in modules.items():
        distributions = {canonicalize_name(name) for name in providers.get(module, [])}
        if not distributions & requirements:
            missing[module] = (str(where), sorted(distributions) or "not installed")
    return missing


def test_every_runtime_import_is_declared_in_requirements_txt():
    modules = imported_modules(python_files(dev=False))
    # Apps and middleware are imported by Django from their dotted names.
    for dotted in [*settings.INSTALLED_APPS, *settings.MIDDLEWARE]:
        top = dotted.split(".")[0]
        if top not in LOCAL:
            modules.setdefault(top, Path("cms/settings/base.py"))
    assert {"django", "wagtail", "polib", "django_tasks", "taggit"} <= set(modules)
    assert undeclared(modules, requirement_names("requirements.txt")) == {}


def test_every_test_and_benchmark_import_is_declared_in_requirements_dev_txt():
    modules = imported_modules(python_files(dev=True))
    assert undeclared(modules, requirement_names("requirements-dev.txt")) == {}


@pytest.mark.parametrize(
    "source, lock", [("requirements.txt", "requirements.lock"), ("requirements-dev.txt", "requirements-dev.lock")]
)
def test_the_lock_pins_every_declared_package_within_its_range(source, lock):
    """`make install` installs from the lock: it must be regenerated (`make lock`) when a requirement changes."""
    pins = {}
    for line in (ROOT / lock).read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line and not line.startswith("-"):
            pin = Requirement(line)
            (specifier,) = pin.specifier
            assert specifier.operator == "==", line
            pins[canonicalize_name(pin.name)] = specifier.version
    stale = {}
    for line in (ROOT / source).read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line and not line.startswith("-"):
            wanted = Requirement(line)
            name = canonicalize_name(wanted.name)
            if name not in pins or not wanted.specifier.contains(pins[name], prereleases=True):
                stale[name] = (str(wanted.specifier), pins.get(name, "missing"))
    assert stale == {}, f"{lock} is out of date: run `make lock`"
