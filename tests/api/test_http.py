"""HTTP behaviour of the API: cache headers and conditional requests, CORS from the environment."""

import json
import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.test import override_settings


@pytest.fixture
def guide(make_guide):
    return make_guide(title="Facturer en ligne")


@pytest.mark.parametrize(
    "url", ["/api/v2/guides/", "/api/v2/pages/", "/api/v2/themes/?locale=nl", "/api/v2/agenda.ics", "/api/v2/schema/"]
)
def test_public_responses_carry_cache_headers(client, guide, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["ETag"].startswith('"')
    assert response["Last-Modified"].endswith(" GMT")
    assert response["Cache-Control"] == f"public, max-age={settings.API_CACHE_SECONDS}"
    again = client.get(url, HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304 and again.content == b""
    assert again["ETag"] == response["ETag"]
    since = client.get(url, HTTP_IF_MODIFIED_SINCE=response["Last-Modified"])
    assert since.status_code == 304


def test_a_change_in_a_listing_is_a_new_response(client, guide, make_guide):
    first = client.get("/api/v2/guides/")
    make_guide(title="Choisir un smartphone")
    # Same second or not, the new listing is neither 304 by ETag nor by date.
    by_etag = client.get("/api/v2/guides/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert by_etag.status_code == 200 and by_etag["ETag"] != first["ETag"]
    assert "Choisir un smartphone" in by_etag.content.decode()
    guide.unpublish()
    by_date = client.get("/api/v2/guides/", HTTP_IF_MODIFIED_SINCE=by_etag["Last-Modified"])
    assert by_date.status_code == 200
    assert "Facturer en ligne" not in by_date.content.decode()


def test_errors_are_not_cached(client, site):
    response = client.get("/api/v2/pages/999999/")
    assert response.status_code == 404
    assert "ETag" not in response and "public" not in response.get("Cache-Control", "")


@override_settings(CORS_ALLOWED_ORIGINS=["https://front.example.be"])
def test_cors_lets_the_configured_front_ends_read_the_api(client, guide):
    allowed = client.get("/api/v2/guides/", HTTP_ORIGIN="https://front.example.be")
    assert allowed["Access-Control-Allow-Origin"] == "https://front.example.be"
    assert "ETag" in allowed["Access-Control-Expose-Headers"]
    preflight = client.options(
        "/api/v2/guides/", HTTP_ORIGIN="https://front.example.be", HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET"
    )
    assert preflight["Access-Control-Allow-Origin"] == "https://front.example.be"
    other = client.get("/api/v2/guides/", HTTP_ORIGIN="https://evil.example")
    assert "Access-Control-Allow-Origin" not in other
    # The visitor site is not opened to other origins.
    assert "Access-Control-Allow-Origin" not in client.get("/fr/", HTTP_ORIGIN="https://front.example.be")


def test_cors_origins_come_from_the_environment():
    env = {**os.environ, "CORS_ALLOWED_ORIGINS": "https://front.example.be,https://partner.example.org"}
    code = "import json; from cms.settings import base; print(json.dumps(base.CORS_ALLOWED_ORIGINS))"
    output = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert json.loads(output.stdout) == ["https://front.example.be", "https://partner.example.org"]
