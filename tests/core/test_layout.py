"""The layout: apps depend downward only, and no package has import cycles between its modules.

The contracts are import-linter's, in pyproject.toml (README "Layout"); `make lint` checks them too.
"""

import tomllib
from pathlib import Path

from django.apps import apps
from django.conf import settings
from importlinter.cli import lint_imports

PYPROJECT = Path(settings.BASE_DIR) / "pyproject.toml"


def contracts():
    config = tomllib.loads(PYPROJECT.read_text())["tool"]["importlinter"]
    return config, {contract["type"]: contract for contract in config["contracts"]}


def project_apps():
    """The project's own packages among the installed apps (those beside manage.py)."""
    base = Path(settings.BASE_DIR).resolve()
    return {config.name for config in apps.get_app_configs() if Path(config.path).resolve().parent == base}


def test_no_upward_import_and_no_cycle():
    assert lint_imports(config_filename=str(PYPROJECT), no_cache=True, no_logo=True) == 0


def test_every_project_app_is_under_the_contracts():
    config, by_type = contracts()
    packages = project_apps()
    assert {"cms", "core", "guides", "agenda"} <= packages
    assert set(config["root_packages"]) == packages
    layered = {name.strip() for layer in by_type["layers"]["layers"] for name in layer.split("|")}
    assert layered == packages
    assert by_type["layers"]["layers"][0] == "cms" and by_type["layers"]["layers"][-1] == "core"
    assert set(by_type["acyclic_siblings"]["ancestors"]) == packages


def test_no_import_is_excepted_from_the_contracts():
    """An exception would hide an upward import or a cycle: move the code instead (README "Layout")."""
    config, _by_type = contracts()
    assert [contract["name"] for contract in config["contracts"] if contract.get("ignore_imports")] == []
