"""Search around the results: engine down, the pages endpoint, autocomplete, editors' tools, the visitor page."""

import csv
import io

import pytest
from django.core.management import call_command
from django.test import override_settings
from openpyxl import load_workbook
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from search.models import PendingIndexUpdate, QueryLog
from tests.search.conftest import engine_settings, publish_page
from tests.services import free_port

pytestmark = pytest.mark.django_db


def test_an_unreachable_engine_falls_back_to_the_database_and_readyz_says_so(client, site):
    dead = engine_settings(f"http://127.0.0.1:{free_port()}")
    with override_settings(WAGTAILSEARCH_BACKENDS=dead):
        publish_page("fr", "Facturation électronique", "Factures électroniques.", "Peppol.")
        # The engine update waits for the engine; the database index already has the page.
        assert PendingIndexUpdate.objects.count() == 1
        response = client.get("/api/v2/search/", {"q": "factures", "locale": "fr"})
        assert response.status_code == 200
        assert response.json()["meta"]["engine"] == "database (fallback)"
        assert [item["title"] for item in response.json()["items"]] == ["Facturation électronique"]
        ready = client.get("/readyz", HTTP_AUTHORIZATION="Bearer test-readyz-token")
    assert ready.status_code == 200
    assert "database backend" in ready.json()["checks"]["search"]


def test_updates_made_while_the_engine_was_down_reach_it_later(client, site, osmem_url):
    from search.engines import engine

    engine._READY.clear()
    with override_settings(WAGTAILSEARCH_BACKENDS=engine_settings(f"http://127.0.0.1:{free_port()}")):
        publish_page("nl", "Elektronische facturen versturen", "Facturen.", "Peppol.")
    assert PendingIndexUpdate.objects.count() == 1
    with override_settings(WAGTAILSEARCH_BACKENDS=engine_settings(osmem_url)):
        call_command("search_index", "--retry", stdout=__import__("io").StringIO())
        assert PendingIndexUpdate.objects.count() == 0
        response = client.get("/api/v2/search/", {"q": "facturen", "locale": "nl"}).json()
    assert response["meta"]["engine"] == "opensearch"
    assert [item["title"] for item in response["items"]] == ["Elektronische facturen versturen"]


def test_rebuild_swaps_the_engine_alias_atomically(site, osmem_url):
    import io

    from search.engines import get_engine

    publish_page("de", "Datensicherung im Betrieb", "Sicherung.", "Daten.")
    with override_settings(WAGTAILSEARCH_BACKENDS=engine_settings(osmem_url, index="swap")):
        call_command("search_index", stdout=io.StringIO())
        engine = get_engine()
        first = set(engine.request("GET", "/_alias/swap-search-de"))
        call_command("search_index", "--language", "de", stdout=io.StringIO())
        second = set(engine.request("GET", "/_alias/swap-search-de"))
        assert len(first) == len(second) == 1
        assert first != second
        # The old index is gone, the alias answers from the new one.
        assert engine.request("GET", f"/{first.pop()}", missing_ok=True) is None
        hits = engine.request("POST", "/swap-search-de/_search", body={"query": {"match_all": {}}})
        assert [hit["_source"]["title"] for hit in hits["hits"]["hits"]] == ["Datensicherung im Betrieb"]


def test_pages_endpoint_search_is_language_aware(client, site):
    publish_page("fr", "Facturation électronique", "Factures électroniques.", "Peppol.")
    publish_page("nl", "Elektronische facturatie", "Elektronische facturen.", "Peppol.")
    french = client.get("/api/v2/pages/", {"search": "factures electroniques", "locale": "fr"}).json()
    assert [item["title"] for item in french["items"]] == ["Facturation électronique"]
    dutch = client.get("/api/v2/pages/", {"search": "factuur", "locale": "nl"}).json()
    assert [item["title"] for item in dutch["items"]] == ["Elektronische facturatie"]


def test_autocomplete_completes_from_the_first_letters(client, site):
    publish_page("fr", "Facturation électronique", "Factures électroniques.", "Peppol.")
    publish_page("fr", "Sécuriser le Wi-Fi", "Réseau sans fil.", "Mot de passe.")
    items = client.get("/api/v2/search/autocomplete/", {"q": "fact", "locale": "fr"}).json()["items"]
    assert [item["title"] for item in items] == ["Facturation électronique"]
    assert client.get("/api/v2/search/autocomplete/", {"q": "f", "locale": "fr"}).json()["items"] == []


def test_queries_are_logged_anonymously_per_language_and_reported_to_editors(client, admin_client, site):
    publish_page("fr", "Facturation électronique", "Factures électroniques.", "Peppol.")
    client.get("/api/v2/search/", {"q": "Factures", "locale": "fr"})
    client.get("/api/v2/search/", {"q": "factures ", "locale": "fr"})
    client.get("/api/v2/search/", {"q": "caisse enregistreuse", "locale": "fr"})
    logs = {(log.language, log.query): (log.searches, log.results) for log in QueryLog.objects.all()}
    assert logs == {("fr", "factures"): (2, 1), ("fr", "caisse enregistreuse"): (1, 0)}
    assert {field.name for field in QueryLog._meta.get_fields()} == {
        "id",
        "language",
        "query",
        "day",
        "searches",
        "results",
    }
    report = admin_client.get("/admin/reports/searches/")
    assert report.status_code == 200
    content = report.content.decode()
    assert content.index("factures") < content.index("caisse enregistreuse")
    zero = admin_client.get("/admin/reports/searches/", {"zero_results": "true"}).content.decode()
    assert "caisse enregistreuse" in zero and ">factures<" not in zero


def test_the_query_report_exports_what_visitors_typed_as_inert_text(client, admin_client, site):
    client.get("/api/v2/search/", {"q": "=cmd|' /C calc'!A0", "locale": "fr"})
    client.get("/api/v2/search/", {"q": "factures", "locale": "fr"})
    response = admin_client.get("/admin/reports/searches/", {"export": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.getvalue().decode("utf-8-sig"))))
    assert rows[0] == ["Recherche", "Langue", "Recherches", "Résultats"]
    assert sorted(row[0] for row in rows[1:]) == ["'=cmd|' /c calc'!a0", "factures"]
    xlsx = admin_client.get("/admin/reports/searches/", {"export": "xlsx"})
    sheet = load_workbook(io.BytesIO(xlsx.getvalue())).active
    assert sorted(row[0].value for row in sheet.iter_rows(min_row=2)) == ["'=cmd|' /c calc'!a0", "factures"]


def test_promoted_results_are_per_language(client, site):
    french = publish_page("fr", "Facturation électronique", "Factures électroniques.", "Peppol.")
    dutch = publish_page("nl", "Elektronische facturatie", "Elektronische facturen.", "Peppol.")
    query = Query.get("peppol")
    SearchPromotion.objects.create(query=query, page=french, sort_order=0, description="Le guide de référence")
    SearchPromotion.objects.create(query=query, page=dutch, sort_order=1, description="De gids")
    fr = client.get("/api/v2/search/", {"q": "Peppol", "locale": "fr"}).json()["promoted"]
    nl = client.get("/api/v2/search/", {"q": "peppol", "locale": "nl"}).json()["promoted"]
    assert [item["title"] for item in fr] == ["Facturation électronique"]
    assert [item["title"] for item in nl] == ["Elektronische facturatie"]


def test_the_visitor_search_page_answers_in_the_visitors_language(client, site):
    publish_page("nl", "Elektronische facturatie", "Stuur elektronische facturen.", "Peppol.")
    response = client.get("/nl/search/", {"q": "factuur"})
    assert response.status_code == 200
    content = response.content.decode()
    assert '<html lang="nl">' in content
    assert "Elektronische facturatie" in content
    assert "<mark>facturen</mark>" in content
    assert 'role="search"' in content and '<label for="search-q">' in content
    typo = client.get("/nl/search/", {"q": "facturren"}).content.decode()
    assert "facturen" in typo


def test_the_elasticsearch_client_setting_searches_too(client, site, osmem_url):
    """The elasticsearch9 setting, with plain JSON media types, against the OpenSearch-compatible test server.

    Elastic's own server is not available here; osmem-server refuses Elasticsearch 9's
    "compatible-with" media types (406), hence COMPATIBLE_MEDIA_TYPES False.
    """
    from search.engines import engine

    engine._READY.clear()
    settings = engine_settings(osmem_url, index="elastic")
    settings["default"].update(BACKEND="wagtail.search.backends.elasticsearch9", COMPATIBLE_MEDIA_TYPES=False)
    with override_settings(WAGTAILSEARCH_BACKENDS=settings):
        publish_page("de", "Elektronische Rechnungen mit Peppol", "Rechnungen.", "Peppol.")
        response = client.get("/api/v2/search/", {"q": "Rechnung", "locale": "de"}).json()
    assert response["meta"]["engine"] == "elasticsearch"
    assert [item["title"] for item in response["items"]] == ["Elektronische Rechnungen mit Peppol"]


def test_upgrading_fills_the_accented_spellings_of_the_words_already_indexed(site):
    """Migration search 0009 adds SearchTerm.spelling: an index built before it gets the spellings at once,
    without waiting for ``search_index``."""
    import importlib

    from django.apps import apps

    from search.models import SearchTerm

    publish_page("de", "Ein Multifunktionsgerät für das Büro", intro="Drucken und scannen im Büro.")
    SearchTerm.objects.update(spelling="")  # as the index was before the migration
    migration = importlib.import_module("search.migrations.0009_term_spelling")
    migration.fill_spellings(apps, None)
    spellings = dict(SearchTerm.objects.filter(language="de").exclude(spelling="").values_list("word", "spelling"))
    assert spellings["buro"] == "büro"
    assert spellings["multifunktionsgerat"] == "multifunktionsgerät"
    assert "drucken" not in spellings
