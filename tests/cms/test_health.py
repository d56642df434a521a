import pytest
from django.test import override_settings

from tests.services import free_port

pytestmark = pytest.mark.django_db


def test_healthz_answers_while_the_process_is_alive(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


TOKEN = {"HTTP_AUTHORIZATION": "Bearer test-readyz-token"}


def test_readyz_reports_every_dependency(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "storage": "ok", "static": "ok", "search": "ok"},
    }
    assert "no-cache" in response["Cache-Control"]


def dead_redis():
    return {
        "default": {
            "BACKEND": "core.cache.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{free_port()}/0",
        }
    }


def test_readyz_reports_a_dead_cache_as_degraded_without_failing(client):
    # The cache is an accelerator (core/cache.py): the site answers without it, the instance stays in.
    with override_settings(CACHES=dead_redis()):
        response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "degraded",
        "checks": {"database": "ok", "cache": "error", "storage": "ok", "static": "ok", "search": "ok"},
    }


def test_readyz_shows_why_a_check_failed_only_with_the_token(client, caplog):
    caches = dead_redis()
    port = caches["default"]["LOCATION"].rsplit(":", 1)[1].split("/")[0]
    with override_settings(CACHES=caches):
        public = client.get("/readyz")
        wrong = client.get("/readyz", HTTP_AUTHORIZATION="Bearer not-the-token")
        private = client.get("/readyz", **TOKEN)
    assert public.json()["checks"]["cache"] == wrong.json()["checks"]["cache"] == "error"
    assert port not in public.content.decode() and port not in wrong.content.decode()
    assert private.json()["checks"]["cache"].startswith("error: ConnectionError")
    assert port in private.json()["checks"]["cache"]
    # Operators read it in the log too.
    assert any("cache check failed" in r.getMessage() and port in r.getMessage() for r in caplog.records)


@override_settings(READYZ_TOKEN="")
def test_readyz_shows_no_detail_to_anyone_without_a_configured_token(client):
    storages = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": "/proc/readyz"}},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    with override_settings(STORAGES=storages):
        response = client.get("/readyz", HTTP_AUTHORIZATION="Bearer ")
    assert response.status_code == 503
    assert response.json()["checks"]["storage"] == "error"
    assert "/proc" not in response.content.decode()


def test_readyz_is_503_when_the_static_files_were_not_collected(client, tmp_path):
    # Production serves static files from STATIC_ROOT through the manifest collectstatic writes.
    storages = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    with override_settings(STORAGES=storages, STATIC_ROOT=tmp_path, WHITENOISE_USE_FINDERS=False):
        response = client.get("/readyz", **TOKEN)
    assert response.status_code == 503
    assert response.json()["status"] == "unavailable"
    assert response.json()["checks"]["static"].startswith("error: ValueError: Missing staticfiles manifest entry")


def test_readyz_is_503_when_media_storage_is_down(client, s3_server):
    storages = s3_server.storages_setting("bucket-that-does-not-exist")
    with override_settings(STORAGES=storages):
        response = client.get("/readyz", **TOKEN)
    assert response.status_code == 503
    assert response.json()["checks"]["storage"].startswith("error: ")
    assert "bucket-that-does-not-exist" not in client.get("/readyz").content.decode()


def test_readyz_is_ready_with_s3_when_the_bucket_answers(client, s3_server):
    bucket = s3_server.create_bucket("readyz-media")
    with override_settings(STORAGES=s3_server.storages_setting(bucket)):
        response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["checks"]["storage"] == "ok"


def test_readyz_reports_a_search_engine_down_without_failing(client):
    engine = {
        "default": {
            "BACKEND": "wagtail.search.backends.opensearch3",
            "URLS": [f"http://127.0.0.1:{free_port()}"],
            "INDEX": "readyz",
            "TIMEOUT": 1,
        }
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=engine):
        response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["status"] == "degraded"
    assert response.json()["checks"]["search"] == "error"


def test_readyz_reports_a_search_engine_that_answers(client, osmem_url):
    engine = {
        "default": {
            "BACKEND": "wagtail.search.backends.opensearch3",
            "URLS": [osmem_url],
            "INDEX": "readyz",
            "TIMEOUT": 5,
        }
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=engine):
        response = client.get("/readyz")
    assert response.json()["checks"]["search"] == "ok"
