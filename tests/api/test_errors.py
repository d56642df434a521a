"""Every API error is JSON ``{"message": …}`` in the client's language, with the status the document lists;
every value the document allows is accepted, every other refused."""

import re

import pytest
from django.test import Client
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from cms.openapi import build_document
from cms.preview import make_token
from core.endpoints import python_pattern
from home.models import HomePage


def message(response, status):
    assert response.status_code == status, response.content[:300]
    assert response["Content-Type"].startswith("application/json"), response["Content-Type"]
    body = response.json()
    assert set(body) >= {"message"} and body["message"], body
    return body["message"]


def test_an_unknown_listing_locale_is_a_400_in_the_clients_language(client, site):
    # It was an English 404, "No Locale matches the given query.", while ?search= answered in French.
    for url in ("/api/v2/pages/?locale=xx", "/api/v2/themes/?locale=xx", "/api/v2/guides/?locale=xx&search=wifi"):
        assert "fr, nl, de" in message(client.get(url, HTTP_ACCEPT_LANGUAGE="nl"), 400)
    assert message(client.get("/api/v2/agenda.ics?locale=xx", HTTP_ACCEPT_LANGUAGE="de"), 400).startswith(
        "„xx“ ist kein gültiger Wert für locale"
    )


def test_locale_chooses_the_language_of_the_message(client, site):
    # Wagtail's own messages were English whatever the client asked for.
    text = message(client.get("/api/v2/pages/?limit=abc&locale=de", HTTP_ACCEPT_LANGUAGE="fr"), 400)
    assert text.startswith("„abc“ ist kein gültiger Wert für limit")
    text = message(client.get("/api/v2/documents/?fields=nope", HTTP_ACCEPT_LANGUAGE="nl"), 400)
    assert text.startswith("‘nope’ is geen geldige waarde voor fields")
    assert message(client.get("/api/v2/nothing-here/", HTTP_ACCEPT_LANGUAGE="de"), 404) == "Nicht gefunden."


@pytest.mark.parametrize("method", ["QUERY", "PATCH", "DELETE", "PUT"])
@pytest.mark.parametrize(
    "url",
    [
        "/api/v2/pages/",
        "/api/v2/themes/",
        "/api/v2/search/",
        "/api/v2/diagnostic/fr/",
        "/api/v2/agenda.ics",
        "/api/v2/agenda/1.ics",
        "/api/v2/schema/",
    ],
)
def test_another_method_is_a_json_405(site, url, method):
    # With CSRF checks on, as a browser or a client with a session cookie meets them: the .ics feeds were 403.
    client = Client(enforce_csrf_checks=True)
    response = client.generic(method, url, HTTP_ACCEPT_LANGUAGE="nl")
    assert message(response, 405) == "Deze methode is hier niet toegestaan."
    assert "GET" in response["Allow"]


def test_an_oversize_body_is_a_json_413(client, site, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    body = '{"answers": {"q": "' + "x" * 2000 + '"}}'
    response = client.post("/api/v2/diagnostic/fr/?locale=nl", body, content_type="application/json")
    assert message(response, 413) == "De inhoud van het verzoek is te groot."


def test_a_wrong_ics_filter_is_a_json_400(client, site):
    # It was text/plain with HTML entities.
    assert "AAAA-MM" in message(client.get("/api/v2/agenda.ics?month=2026-13"), 400)
    assert message(client.get("/api/v2/agenda.ics?to=", HTTP_ACCEPT_LANGUAGE="nl"), 400).endswith(
        "een datum (JJJJ-MM-DD)."
    )
    assert message(client.get("/api/v2/agenda/999999.ics"), 404)


def test_values_the_document_allows_are_accepted(client, site):
    """Each was a 400 although the document allowed it (found by schemathesis)."""
    home = HomePage.objects.get(locale__language_code="fr")
    for url in (
        "/api/v2/pages/?limit=0",
        "/api/v2/pages/?order=",
        "/api/v2/pages/?order=random&offset=1",
        "/api/v2/images/?search=logo&order=random",
        "/api/v2/pages/?child_of=root&descendant_of=root",
        f"/api/v2/pages/{home.pk}/?fields=level,reading_time",  # a guide's fields: the home page has none
        "/api/v2/agenda.ics?month=2026-02&kind=thematic-seminar",
    ):
        assert client.get(url).status_code == 200, url


def test_a_page_filter_on_a_page_that_does_not_exist_is_a_404(client, site):
    for name in ("child_of", "descendant_of", "ancestor_of", "translation_of"):
        message(client.get(f"/api/v2/pages/?{name}=999999"), 404)


def test_values_the_document_refuses_are_refused(client, site):
    for url in (
        "/api/v2/images/?search=logo&search_operator=AAA",  # was accepted
        "/api/v2/documents/?search_operator=xor",
        "/api/v2/pages/?search=wifi&search_operator=and",  # the language-aware search has no operator
        "/api/v2/pages/?child_of=0",
        "/api/v2/pages/?child_of=root%0A",  # the document's patterns are ECMAScript's: $ ends the text
        "/api/v2/pages/?limit=101",
        "/api/v2/pages/?type=guides.Nope",
        "/api/v2/search/?q=%20&locale=fr",
        "/api/v2/search/?q=facture&page=0",
        "/api/v2/diagnostic/fr/?locale=AAA",  # was answered in the browser's language
    ):
        message(client.get(url), 400)


def test_the_document_lists_every_status_an_operation_answers(site):
    """Besides each operation's own answers: 400 for a parameter, 404, and everywhere 429 (rate limits) and 414 (a
    request line over the HTTP server's limit)."""
    document = build_document()
    components = document["components"]["schemas"]
    for path, item in document["paths"].items():
        for method, operation in item.items():
            statuses = set(operation["responses"])
            assert {"414", "429"} <= statuses, (method, path)
            if operation.get("parameters") and any(p["in"] == "query" for p in operation["parameters"]):
                assert "400" in statuses, (method, path)
            for status, response in operation["responses"].items():
                if status == "414":
                    assert "content" not in response  # answered by the HTTP server, before the application
                elif status >= "400":
                    schema = response["content"]["application/json"]["schema"]
                    assert schema, (method, path, status)
                    # Every error body carries its message (core.endpoints.error_response).
                    schema = components[schema["$ref"].rsplit("/", 1)[1]] if "$ref" in schema else schema
                    assert "message" in schema["properties"] and "message" in schema["required"], (path, status)


def test_no_text_parameter_of_the_document_allows_a_nul_character(client, site):
    """The API refuses a NUL byte in any parameter (a 400; PostgreSQL cannot take it): the document must not allow
    one, or a client keeping to the document meets a refusal (schemathesis found the search's ``theme``)."""
    texts = []
    for path, item in build_document()["paths"].items():
        for method, operation in item.items():
            for parameter in operation.get("parameters", []):
                schema = parameter["schema"]
                if schema.get("type") == "string" and "enum" not in schema and "format" not in schema:
                    texts.append((method, path, parameter["name"]))
                    assert "pattern" in schema, texts[-1]
                    assert re.search(python_pattern(schema["pattern"]), "a\x00b") is None, texts[-1]
    assert ("get", "/api/v2/search/", "theme") in texts
    assert message(client.get("/api/v2/search/?q=wifi&theme=a%00b", HTTP_ACCEPT_LANGUAGE="de"), 400)


@pytest.mark.parametrize(
    ("path", "operation"),
    [
        ("/api/v2/themes/", "get"),
        ("/api/v2/guides/", "get"),
        ("/api/v2/images/", "get"),
        ("/api/v2/pages/{id}/", "get"),
    ],
)
def test_every_fields_and_order_value_the_document_allows_is_accepted(client, site, path, operation):
    """The patterns of ``fields`` and ``order`` follow Wagtail's grammar and the endpoint's field names."""
    parameters = {p["name"]: p for p in build_document()["paths"][path][operation]["parameters"]}
    home = HomePage.objects.get(locale__language_code="fr")
    url = path.replace("{id}", str(home.pk))
    names = [name for name in ("fields", "order") if name in parameters]

    patterns = {name: python_pattern(parameters[name]["schema"]["pattern"]) for name in names}

    @given(values=st.fixed_dictionaries({name: st.from_regex(pattern) for name, pattern in patterns.items()}))
    @hypothesis_settings(
        max_examples=25, deadline=None, database=None, derandomize=True, suppress_health_check=list(HealthCheck)
    )
    def check(values):
        response = client.get(url, values)
        assert response.status_code == 200, (values, response.content[:300])

    check()


def test_the_preview_checks_its_fields_as_a_detail_does(client, site):
    home = HomePage.objects.get(locale__language_code="fr")
    token = make_token(home.save_revision())
    assert client.get("/api/v2/preview/", {"token": token, "fields": "_,title"}).status_code == 200
    for fields in (",,", "nope", "*,title"):
        message(client.get("/api/v2/preview/", {"token": token, "fields": fields}), 400)
