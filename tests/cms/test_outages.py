"""The site keeps answering while a backing service stops in the middle of use, and uses it again when it is back.

Each test runs its own real service (redis-server, moto's S3 server, osmem-server) and stops it mid-test;
nothing is mocked.
"""

import logging

import pytest
import redis
from django.test import Client, override_settings

from tests.services import RedisServer

pytestmark = pytest.mark.django_db

TOKEN = {"HTTP_AUTHORIZATION": "Bearer test-readyz-token"}


@pytest.fixture
def redis_server():
    server = RedisServer()
    with override_settings(CACHES=server.cache_setting()):
        yield server
    if server.process.poll() is None:
        server.stop()


def visit_the_site(client):
    """What visitors and front-ends ask for: status code per address."""
    addresses = [
        "/fr/",
        "/nl/",
        "/api/v2/pages/?locale=fr",
        "/api/v2/pages/?locale=fr&type=home.HomePage&fields=*",
        "/api/v2/search/?q=factures&locale=fr",
        "/fr/search/?q=factures",
        "/admin/login/",
    ]
    return {address: client.get(address).status_code for address in addresses}


def test_the_site_answers_while_redis_is_down_and_uses_it_again_when_it_is_back(
    client, admin_user, site, redis_server
):
    store = redis.Redis.from_url(redis_server.url)
    assert set(visit_the_site(client).values()) == {200}
    assert store.dbsize() > 0  # the site does use the cache

    redis_server.stop()
    assert set(visit_the_site(client).values()) == {200}
    # Sessions are in the database: an editor logs in and works during the outage.
    editor = Client()
    response = editor.post("/admin/login/", {"username": "admin", "password": "password"})
    assert response.status_code == 302
    assert editor.get("/admin/").status_code == 200
    ready = client.get("/readyz", **TOKEN)
    assert ready.status_code == 200
    assert ready.json()["status"] == "degraded"
    assert ready.json()["checks"]["cache"].startswith("error: ConnectionError")

    redis_server.start()  # same port, empty: no restart of the site
    store = redis.Redis.from_url(redis_server.url)
    assert client.get("/readyz").json() == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "storage": "ok", "static": "ok", "search": "ok"},
    }
    assert set(visit_the_site(client).values()) == {200}
    assert store.dbsize() > 0


def test_a_redis_outage_is_logged_once_not_per_request(client, site, redis_server, caplog):
    redis_server.stop()
    with caplog.at_level(logging.WARNING, logger="cms.cache"):
        for _ in range(3):
            assert set(visit_the_site(client).values()) == {200}
    reports = [r for r in caplog.records if r.name == "cms.cache"]
    assert len(reports) == 1
    assert reports[0].levelname == "ERROR"
    assert "The cache (Redis) is unavailable" in reports[0].getMessage()


def test_a_dead_cache_is_a_miss_for_counters_and_writes(redis_server):
    """Rate limits count with add/incr: a dead cache lets requests through instead of failing them."""
    from django.core.cache import cache

    cache.set("seen", 1)
    assert cache.get("seen") == 1
    redis_server.stop()
    assert cache.get("seen") is None
    assert cache.get("seen", "default") == "default"
    assert cache.get_or_set("computed", lambda: "from the database") == "from the database"
    assert cache.add("attempts", 1) is False
    with pytest.raises(ValueError):
        cache.incr("attempts")
    assert cache.get_many(["seen", "attempts"]) == {}
    assert cache.set_many({"a": 1, "b": 2}) == ["a", "b"]
    assert cache.has_key("seen") is False
    cache.delete("seen")
    cache.delete_many(["a", "b"])
    cache.clear()
