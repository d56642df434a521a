"""The README's production start sequence, run as written: release commands, then gunicorn and the worker.

Nothing is mocked: a temporary SQLite database, STATIC_ROOT and MEDIA_ROOT, gunicorn on a free port
with the production settings, requests as the TLS-terminating proxy sends them.
"""

import http.client
import os
import re
import secrets
import subprocess
import time

import pytest
from django.conf import settings

from tests.services import free_port

pytestmark = pytest.mark.xdist_group("gunicorn")  # two cores: one gunicorn at a time

HOST = "www.jesuisfantastic.be"


def readme_blocks():
    """The two shell blocks of the README's Production section: release commands, long-running processes."""
    readme = (settings.BASE_DIR / "README.md").read_text()
    section = readme.split("\n## Production\n", 1)[1].split("\n## ", 1)[0]
    release, processes = re.findall(r"```sh\n(.*?)```", section, flags=re.S)
    return release.splitlines(), processes.splitlines()


@pytest.fixture(scope="module")
def production_env(tmp_path_factory):
    root = tmp_path_factory.mktemp("production")
    keep = {"PATH", "HOME", "LANG", "LC_ALL", "TMPDIR"}
    return {
        **{k: v for k, v in os.environ.items() if k in keep},
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": HOST,
        "BASE_URL": f"https://{HOST}",
        "DATABASE_URL": f"sqlite:///{root / 'db.sqlite3'}",
        "MEDIA_ROOT": str(root / "media"),
        "READYZ_TOKEN": "release-check",
        "WEB_CONCURRENCY": "1",
    }


def release(env, skip=()):
    """Run the release block; `make install` is what built the virtualenv the tests run in."""
    release_lines, _ = readme_blocks()
    for line in release_lines:
        if line.startswith("make install") or any(word in line for word in skip):
            continue
        if line.startswith("export "):
            name, value = line.removeprefix("export ").split("=", 1)
            env[name] = value
            continue
        result = subprocess.run(
            ["bash", "-c", line], cwd=settings.BASE_DIR, env=env, capture_output=True, text=True, timeout=600
        )
        assert result.returncode == 0, f"{line}\n{result.stdout}\n{result.stderr}"


def get(port, path, headers=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        # As the TLS-terminating proxy forwards a visitor's HTTPS request.
        connection.request("GET", path, headers={"Host": HOST, "X-Forwarded-Proto": "https", **(headers or {})})
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


class Processes:
    """The README's long-running processes (gunicorn and the workers), started as written."""

    def __init__(self, env):
        self.port = free_port()
        _, lines = readme_blocks()
        self.processes = [
            subprocess.Popen(
                ["bash", "-c", f"exec {line}"],
                cwd=settings.BASE_DIR,
                env={**env, "PORT": str(self.port)},
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            for line in lines
        ]
        deadline = time.monotonic() + 120
        while True:
            try:
                if get(self.port, "/healthz")[0] == 200:
                    return
            except OSError:
                pass
            for process in self.processes:
                if process.poll() is not None:
                    self.stop()
                    raise AssertionError(process.stderr.read().decode())
            if time.monotonic() > deadline:
                self.stop()
                raise AssertionError("gunicorn did not answer within 120 s")
            time.sleep(0.2)

    def alive(self):
        return [process.poll() is None for process in self.processes]

    def stop(self):
        for process in self.processes:
            if process.poll() is None:
                process.terminate()
        for process in self.processes:
            process.wait(timeout=30)


def test_the_readme_sequence_serves_the_site_and_the_admin(production_env, tmp_path):
    env = {**production_env, "STATIC_ROOT": str(tmp_path / "static")}
    release(env)
    processes = Processes(env)
    try:
        assert get(processes.port, "/fr/")[0] == 200
        status, body = get(processes.port, "/admin/login/")
        assert status == 200
        # The page's stylesheet is served, under its hashed name, by the same process.
        stylesheet = re.search(rb'href="(/static/wagtailadmin/css/core\.[0-9a-f]+\.css)"', body).group(1).decode()
        assert get(processes.port, stylesheet)[0] == 200
        status, body = get(processes.port, "/readyz")
        assert status == 200, body
        assert b'"status": "ok"' in body
        # A request line over gunicorn's limit: the 414 the API's document lists on every operation.
        assert get(processes.port, "/api/v2/guides/?search=" + "facture+" * 600)[0] == 414
        assert get(processes.port, "/api/v2/guides/?search=" + "facture+" * 400)[0] == 200
        assert processes.alive() == [True, True]  # gunicorn and the task worker
    finally:
        processes.stop()


def test_without_collectstatic_readyz_keeps_the_instance_out_of_traffic(production_env, tmp_path):
    env = {**production_env, "STATIC_ROOT": str(tmp_path / "static")}
    release(env, skip=["collectstatic"])
    processes = Processes(env)
    try:
        status, body = get(processes.port, "/readyz", {"Authorization": "Bearer release-check"})
        assert status == 503, body
        assert b"run collectstatic" in body or b"Missing staticfiles manifest" in body
        assert get(processes.port, "/fr/")[0] == 500  # what readyz now protects visitors from
    finally:
        processes.stop()
