"""Production settings refuse to start half-configured and pass Django's deploy checks."""

import os
import subprocess
import sys

import pytest
from django.conf import settings

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "cms.settings.production",
    "SECRET_KEY": "a-long-random-production-secret-key-with-enough-entropy-0123456789",
    "ALLOWED_HOSTS": "www.jesuisfantastic.be",
    "DATABASE_URL": "sqlite:////tmp/jsf-production-check.sqlite3",
    "AWS_STORAGE_BUCKET_NAME": "jsf-media",
    "AWS_S3_ENDPOINT_URL": "https://s3.example.net",
    "REDIS_URL": "redis://127.0.0.1:6379/1",
    "OPENSEARCH_URL": "http://127.0.0.1:9200",
}


def manage(*args, env):
    # A production process starts from its own environment, not the test runner's.
    clean = {k: v for k, v in os.environ.items() if k not in PRODUCTION_ENV and not k.startswith("DJANGO_")}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_reports_nothing_with_the_production_variables():
    result = manage("check", "--deploy", "--fail-level", "DEBUG", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without(missing):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != missing}
    result = manage("check", env=env)
    assert result.returncode != 0
    assert f"The environment variable {missing} is required in production" in result.stderr


def test_production_settings_wire_the_configured_services():
    script = (
        "from django.conf import settings as s;"
        "print(s.STORAGES['default']['BACKEND']);"
        "print(s.STORAGES['default']['OPTIONS']['endpoint_url']);"
        "print(s.CACHES['default']['BACKEND']);"
        "print(s.WAGTAILSEARCH_BACKENDS['default']['BACKEND']);"
        "print(s.SECURE_PROXY_SSL_HEADER, s.SESSION_COOKIE_SECURE, s.SECURE_HSTS_SECONDS > 0)"
    )
    result = manage("shell", "--no-imports", "-c", script, env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:5] == [
        "storages.backends.s3.S3Storage",
        "https://s3.example.net",
        "cms.cache.ResilientRedisCache",
        "wagtail.search.backends.opensearch3",
        "('HTTP_X_FORWARDED_PROTO', 'https') True True",
    ]
