import pytest
from django.test import override_settings

from tests.services import free_port

pytestmark = pytest.mark.django_db


def test_healthz_answers_while_the_process_is_alive(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_readyz_reports_every_dependency(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "storage": "ok", "search": "ok"},
    }
    assert "no-cache" in response["Cache-Control"]


def test_readyz_is_503_when_the_cache_is_down(client):
    dead_redis = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{free_port()}/0",
        }
    }
    with override_settings(CACHES=dead_redis):
        response = client.get("/readyz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert body["checks"]["cache"].startswith("error: ConnectionError")
    assert body["checks"]["database"] == "ok"


def test_readyz_is_503_when_media_storage_is_down(client, s3_server):
    storages = s3_server.storages_setting("bucket-that-does-not-exist")
    with override_settings(STORAGES=storages):
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["storage"].startswith("error:")


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
    assert response.json()["checks"]["search"].startswith("error:")


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
