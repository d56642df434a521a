"""Production settings refuse to start half-configured and pass Django's deploy checks."""

import os
import secrets
import subprocess
import sys

import pytest
from django.conf import settings

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "cms.settings.production",
    # A key written here would be public: each run makes its own, as an operator does.
    "SECRET_KEY": secrets.token_urlsafe(50),
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


def test_check_deploy_reports_nothing_when_the_proxy_handles_https():
    env = {
        **PRODUCTION_ENV,
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_HSTS_SECONDS": "0",
    }
    result = manage("check", "--deploy", "--fail-level", "DEBUG", env=env)
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout
    env = {**PRODUCTION_ENV, "SECURE_HSTS_INCLUDE_SUBDOMAINS": "false", "SECURE_HSTS_PRELOAD": "false"}
    result = manage("check", "--deploy", "--fail-level", "DEBUG", env=env)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    "key, reason",
    [
        ("dev-only-not-secret-jesuisfantastic", "public key"),
        ("test-only-not-secret", "public key"),
        ("django-insecure-" + secrets.token_urlsafe(50), "public key"),
        ("change-me", "fewer than 50"),
        ("abcde" * 12, "too predictable"),
        ("my-secret-" * 6, "too predictable"),
    ],
    ids=["dev-key", "test-key", "django-insecure", "short", "few-characters", "repeated"],
)
def test_production_refuses_a_weak_or_public_secret_key(key, reason):
    result = manage("check", env={**PRODUCTION_ENV, "SECRET_KEY": key})
    assert result.returncode != 0
    assert "ImproperlyConfigured: SECRET_KEY is refused in production" in result.stderr
    assert reason in result.stderr
    assert key not in result.stderr  # the refusal does not print the key into the logs


def test_production_refuses_every_host():
    result = manage("check", env={**PRODUCTION_ENV, "ALLOWED_HOSTS": "www.jesuisfantastic.be,*"})
    assert result.returncode != 0
    assert "ImproperlyConfigured: ALLOWED_HOSTS='*' is refused in production" in result.stderr


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
        "print(s.SECURE_PROXY_SSL_HEADER, s.SESSION_COOKIE_SECURE, s.SECURE_HSTS_SECONDS > 0);"
        "print(s.WAGTAIL_GRAVATAR_PROVIDER_URL, s.SESSION_ENGINE)"
    )
    result = manage("shell", "--no-imports", "-c", script, env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:6] == [
        "cms.storage.MediaStorage",
        "https://s3.example.net",
        "core.cache.ResilientRedisCache",
        "wagtail.search.backends.opensearch3",
        "('HTTP_X_FORWARDED_PROTO', 'https') True True",
        "None django.contrib.sessions.backends.db",
    ]
