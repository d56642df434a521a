"""The OpenAPI document of the whole API, its browsable page, and schemathesis against it."""

import re

import pytest
import schemathesis
from django.contrib.staticfiles import finders
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page, get_page_models

from cms.openapi import UNDESCRIBED
from core.endpoints import python_pattern
from tests.search.conftest import publish_page

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


def test_the_document_describes_every_endpoint(client, site):
    response = client.get("/api/v2/schema/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    document = response.json()
    assert document["openapi"].startswith("3.")
    paths = set(document["paths"])
    for name in (
        "pages",
        "images",
        "documents",
        "guides",
        "agenda",
        "themes",
        "sectors",
        "venues",
        "sponsors",
        "partners",
    ):
        assert {f"/api/v2/{name}/", f"/api/v2/{name}/{{id}}/"} <= paths, name
    assert {"/api/v2/search/", "/api/v2/search/autocomplete/", "/api/v2/diagnostic/{key}/"} <= paths
    assert {"/api/v2/agenda.ics", "/api/v2/agenda/{id}.ics"} <= paths
    page_types = {model._meta.label for model in get_page_models() if model is not Page}
    assert "guides.GuidePage" in page_types
    assert page_types <= set(document["components"]["schemas"])
    # Every field declares its shape (extend_schema_field next to its code).
    assert UNDESCRIBED not in response.content.decode()


def test_the_browsable_page_loads_its_assets_from_this_server(client, site):
    response = client.get("/api/v2/schema/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert any(asset.endswith("swagger-ui-bundle.js") for asset in assets)
    # Swagger UI's start-up script comes from the page's own address (no inline script), the rest is static.
    start_up = [asset for asset in assets if asset.startswith("/api/v2/schema/docs/?")]
    assert len(start_up) == 1
    for asset in set(assets) - set(start_up):
        assert asset.startswith("/static/"), asset  # no CDN: it works offline
        assert finders.find(asset.removeprefix("/static/")), asset
    assert "/api/v2/schema/" in client.get(start_up[0].replace("&amp;", "&")).content.decode()


@pytest.fixture
def wsgi_app():
    """The project's WSGI application, called in the test's transaction.

    As Django's test client does, requests must not close the database connection at
    their end (``close_old_connections``): on PostgreSQL that would end the test's transaction.
    """
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield get_wsgi_application()
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def test_every_operation_answers_as_the_document_says(content, wsgi_app):
    """schemathesis generates requests for every operation: no 5xx, every response matches the document."""
    schema = schemathesis.openapi.from_wsgi("/api/v2/schema/", wsgi_app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) > 30
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=12,
            deadline=None,
            database=None,
            derandomize=True,
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        def check(case):
            case.call_and_validate(checks=CHECKS)

        check()

    # Random ids mostly miss: every listed item's detail is checked too.
    listings = {op.path: op for op in operations if op.method.upper() == "GET"}
    checked = 0
    for path, operation in listings.items():
        if not path.endswith("/{id}/"):
            continue
        listing = listings[path.removesuffix("{id}/")]
        for query in ({}, {"locale": "nl"}, {"fields": "*"}):
            response = listing.Case(query=query).call_and_validate(checks=CHECKS)
            for item in response.json()["items"]:
                operation.Case(path_parameters={"id": item["id"]}).call_and_validate(checks=CHECKS)
                checked += 1
    assert checked > 50


def test_search_results_completions_and_promoted_pages_answer_as_the_document_says(site, wsgi_app):
    """Generated queries rarely match: a completion and a promoted page are checked against the document here."""
    guide = publish_page("fr", "Facturation électronique", "Factures « Peppol » 🧾.", "L'envoi des factures.")
    SearchPromotion.objects.create(query=Query.get("factures"), page=guide, sort_order=0, description="La référence")
    schema = schemathesis.openapi.from_wsgi("/api/v2/schema/", wsgi_app)
    completions = schema["/api/v2/search/autocomplete/"]["GET"].Case(query={"q": "fact", "locale": "fr"})
    [completion] = completions.call_and_validate(checks=CHECKS).json()["items"]
    assert completion == {"type": "page", "id": guide.pk, "title": "Facturation électronique", "url": guide.url}
    results = schema["/api/v2/search/"]["GET"].Case(query={"q": "factures", "locale": "fr"})
    [promoted] = results.call_and_validate(checks=CHECKS).json()["promoted"]
    assert promoted["description"] == "La référence"
    # The document names what a completion and a promoted page hold, so that a client can rely on it.
    paths = schema.raw_schema["paths"]
    for path, field in (("/api/v2/search/autocomplete/", "items"), ("/api/v2/search/", "promoted")):
        body = paths[path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        assert {"id", "title", "url"} <= set(body["properties"][field]["items"]["required"])


@pytest.mark.parametrize("text", ["\x1f", "\x85", "\u3000", "\ufeff", "\x01", " \t", "a\x1f", "\ufeffPeppol", "🧾"])
def test_a_client_reading_the_document_and_the_search_agree_on_what_a_query_may_be(client, site, text):
    """Validators read the document's patterns with ASCII classes (schemathesis does): no surprise either way."""
    document = client.get("/api/v2/schema/").json()
    [q] = [p for p in document["paths"]["/api/v2/search/"]["get"]["parameters"] if p["name"] == "q"]
    valid = re.search(python_pattern(q["schema"]["pattern"]), text, re.ASCII) is not None
    response = client.get("/api/v2/search/", {"q": text, "locale": "fr"})
    assert response.status_code == (200 if valid else 400), response.content
    # A query holds at least one visible character.
    assert valid == any(character.isprintable() and not character.isspace() for character in text)
