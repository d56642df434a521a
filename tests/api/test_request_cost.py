"""What an API request costs besides its view, on the production cache (Redis): round trips that do not grow
with the items listed, one per rate-limit count, and a site lookup kept in the cache that follows site changes."""

import uuid

import pytest
import redis
from django.core.cache import caches
from wagtail.models import Site

from tests.factories import GuidePageFactory
from tests.services import delete_redis_keys

REDIS_URL = "redis://127.0.0.1:6379/5"


@pytest.fixture
def redis_cache(settings):
    """The production cache backend on the real Redis, under a prefix of this test's own."""
    prefix = f"jsf-test-{uuid.uuid4().hex}"
    settings.CACHES = {
        "default": {"BACKEND": "core.cache.ResilientRedisCache", "LOCATION": REDIS_URL, "KEY_PREFIX": prefix}
    }
    yield
    caches["default"].close()
    delete_redis_keys(REDIS_URL, prefix)


@pytest.fixture
def round_trips(monkeypatch):
    """Counts the commands this process sends to Redis; a pipeline is one round trip."""
    counted = []
    execute_command = redis.client.Redis.execute_command
    pipeline_execute = redis.client.Pipeline.execute

    def command(client, *args, **kwargs):
        if not isinstance(client, redis.client.Pipeline):
            counted.append(args[0])
        return execute_command(client, *args, **kwargs)

    def pipeline(pipe, *args, **kwargs):
        counted.append("PIPELINE")
        return pipeline_execute(pipe, *args, **kwargs)

    monkeypatch.setattr(redis.client.Redis, "execute_command", command)
    monkeypatch.setattr(redis.client.Pipeline, "execute", pipeline)
    return counted


def add_guides(guide_index, n):
    for _ in range(n):
        GuidePageFactory(parent=guide_index, locale=guide_index.locale)


def test_a_listing_of_many_pages_costs_the_same_redis_round_trips_as_one_page(
    client, guide_index, redis_cache, round_trips
):
    def listing():
        url = "/api/v2/pages/?type=guides.GuidePage&locale=fr&limit=100"
        client.get(url)  # the site lookup cached, the new body's Last-Modified remembered
        round_trips.clear()
        response = client.get(url)
        assert response.status_code == 200
        return list(round_trips), response.json()["items"]

    add_guides(guide_index, 1)
    few, items = listing()
    add_guides(guide_index, 14)
    many, more_items = listing()
    assert len(more_items) == len(items) + 14
    assert all(item["meta"]["html_url"].startswith("http://testserver/fr/") for item in more_items)
    # The rate limit's count, the site and its root paths, the response's Last-Modified: one round trip each
    # (Wagtail's html_url read the root paths once per item).
    assert len(many) == len(few) <= 3, many


def test_a_rate_limit_count_on_redis_is_one_round_trip_and_still_limits(client, site, redis_cache, rates, round_trips):
    rates(api_read="2/m")
    client.get("/api/v2/themes/")
    counts = [command for command in round_trips if command == "PIPELINE"]
    assert counts == ["PIPELINE"]  # create the window's counter if needed and count: together
    assert client.get("/api/v2/themes/").status_code == 200
    refused = client.get("/api/v2/themes/")
    assert refused.status_code == 429
    assert 0 < int(refused["Retry-After"]) <= 60


def test_the_cached_site_follows_a_change_of_the_sites_address(client, guide_index, redis_cache):
    add_guides(guide_index, 1)
    url = "/api/v2/pages/?type=guides.GuidePage&locale=fr"
    assert client.get(url).json()["items"][0]["meta"]["html_url"].startswith("http://testserver/fr/")
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "www.jesuisfantastic.be", 443
    site.save()
    assert client.get(url).json()["items"][0]["meta"]["html_url"].startswith("https://www.jesuisfantastic.be/fr/")


def test_a_site_that_stops_being_the_default_no_longer_answers_for_other_hosts(client, guide_index, redis_cache):
    add_guides(guide_index, 1)
    url = "/api/v2/pages/?type=guides.GuidePage&locale=fr"
    assert len(client.get(url, HTTP_HOST="testserver").json()["items"]) == 1
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.is_default_site = "localhost", False
    site.save()
    # The request's host (testserver) is no site's any more: no pages, rather than the old default's.
    assert client.get(url, HTTP_HOST="testserver").json()["items"] == []
