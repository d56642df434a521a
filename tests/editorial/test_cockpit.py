"""The translation cockpit: states, filters, counts, CSV, pagination, constant queries."""

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook

from home.models import ContentPage
from tests.editorial.test_sync import publish_source, target, translate, translation_into

COCKPIT = reverse("editorial:cockpit")


def add_page(homes, title, intro="Un texte."):
    page = homes["fr"].add_child(instance=ContentPage(title=title, slug=title.lower().replace(" ", "-"), intro=intro))
    return publish_source(page)


def rows_of(response):
    return {(row.title, row.language): row for row in response.context["page_obj"].paginator.object_list}


def test_states_of_every_page_and_snippet_in_each_language(homes, about, users, client, settings):
    add_page(homes, "Choisir un smartphone")  # published: drafts, nothing translated
    stale_page = about["fr"]
    publish_source(stale_page, intro="Le programme wallon pour les PME.")
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
        "OPTIONS": {},
    }
    add_page(homes, "Facture électronique")
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
    half = add_page(homes, "Paiement mobile", intro="Acceptez les cartes.")
    translate(half, "nl", **{"Paiement mobile": "Mobiel betalen"})

    client.force_login(users["reviewer"])
    response = client.get(COCKPIT)
    assert response.status_code == 200
    rows = rows_of(response)
    assert rows["Choisir un smartphone", "nl"].state == "in_progress"
    assert rows["Choisir un smartphone", "nl"].percent == 0
    assert rows["Paiement mobile", "nl"].state == "in_progress"
    half_row = rows["Paiement mobile", "nl"]
    assert half_row.percent == round(100 / half_row.total) and half_row.total == 3  # title, slug, intro
    assert rows["Facture électronique", "de"].state == "machine"
    assert rows["À propos", "nl"].state == "stale"
    stale = rows["À propos", "de"]
    assert stale.stale_since is not None
    assert stale.compare_url == reverse(
        "wagtailadmin_pages:revisions_compare",
        args=(stale_page.pk, translation_into(stale_page, "de").editorial_status.reviewed_source_revision_id, "live"),
    )
    assert rows["Accueil", "de"].state == "up_to_date"
    # snippets are listed too (themes are seeded with their translations)
    assert any(row.section_key == "snippet:taxonomy.theme" for row in rows.values())
    assert b"What changed in the source" in response.content or "Ce qui a changé".encode() in response.content
    counts = {key: count for key, _label, count in response.context["states"]}
    assert counts["stale"] == 2 and counts["machine"] >= 2


def test_a_translator_lands_on_their_language_and_filters(about, users, client):
    publish_source(about["fr"], intro="Nouveau texte.")
    client.force_login(users["translator-nl"])
    response = client.get(COCKPIT)
    assert response.context["chosen"]["language"] == "nl"
    assert {row.language for row in response.context["page_obj"].paginator.object_list} == {"nl"}
    response = client.get(COCKPIT, {"language": "de", "state": "stale"})
    assert [(row.title, row.language) for row in response.context["page_obj"].paginator.object_list] == [
        ("À propos", "de")
    ]
    section = next(key for key, name in response.context["sections"] if name == "Thema's")  # a Dutch admin
    response = client.get(COCKPIT, {"language": "nl", "section": section})
    titles = {row.title for row in response.context["page_obj"].paginator.object_list}
    assert "Sécurité" in titles and "À propos" not in titles


def test_csv_export_follows_the_filters(about, users, client):
    publish_source(about["fr"], intro="Nouveau texte.")
    client.force_login(users["reviewer"])
    page = client.get(COCKPIT, {"state": "stale"}).content.decode()
    assert "?state=stale&amp;export=csv" in page and "?state=stale&amp;export=xlsx" in page  # the header's buttons
    response = client.get(COCKPIT, {"state": "stale", "export": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    lines = list(csv.reader(io.StringIO(response.getvalue().decode("utf-8-sig"))))
    assert lines[0][:5] == ["Titre", "Type", "Rubrique", "Langue", "État"]
    assert [line[0] for line in lines[1:]] == ["À propos", "À propos"]
    assert {line[3] for line in lines[1:]} == {"nl", "de"}
    sheet = load_workbook(io.BytesIO(client.get(COCKPIT, {"state": "stale", "export": "xlsx"}).getvalue())).active
    assert [row[0].value for row in sheet.iter_rows(min_row=2)] == ["À propos", "À propos"]


def test_a_title_written_as_a_formula_is_exported_as_text(homes, users, client):
    title = '=HYPERLINK("https://evil.example","x")'
    publish_source(homes["fr"].add_child(instance=ContentPage(title=title, slug="formula", intro="Un texte.")))
    client.force_login(users["reviewer"])
    response = client.get(COCKPIT, {"language": "nl", "export": "csv"})
    titles = [line[0] for line in csv.reader(io.StringIO(response.getvalue().decode("utf-8-sig")))]
    assert '\'=HYPERLINK("https://evil.example","x")' in titles
    assert not any(title.startswith("=") for title in titles)


def test_pagination(homes, users, client):
    for number in range(55):
        homes["fr"].add_child(instance=ContentPage(title=f"Page {number}", slug=f"page-{number}", live=True))
    client.force_login(users["reviewer"])
    response = client.get(COCKPIT, {"language": "nl"})
    assert len(response.context["rows"]) == 50
    assert response.context["page_obj"].has_next()
    assert len(client.get(COCKPIT, {"language": "nl", "p": 2}).context["rows"]) > 0


def query_count(client):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(COCKPIT).status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_the_number_of_queries_does_not_grow_with_the_site(homes, users, client):
    client.force_login(users["reviewer"])
    for number in range(2):
        add_page(homes, f"Fiche {number}")
    few = query_count(client)
    for number in range(2, 8):
        add_page(homes, f"Fiche {number}")
    assert query_count(client) == few


def test_translators_see_the_action_that_sends_their_work_to_review(about, users, client):
    publish_source(about["fr"], intro="Nouveau texte.")
    client.force_login(users["translator-nl"])
    response = client.get(COCKPIT)
    translation = translation_into(about["fr"], "nl")
    assert reverse("editorial:submit_translation", args=(translation.pk,)).encode() in response.content
    assert target(about["fr"], "nl").live


def test_the_filters_are_wagtails_and_the_results_refresh_alone(about, users, client):
    """The header's filter drawer (language, section, state), the results fragment it fetches, and a
    translator's own language as the list's starting point, not an active filter to remove."""
    publish_source(about["fr"], intro="Nouveau texte.")
    client.force_login(users["translator-nl"])
    page = client.get(COCKPIT).content.decode()
    for name in ("language", "section", "state"):
        assert f'name="{name}"' in page
    assert 'name="language" value="nl" id="id_language_1" checked' in page
    assert 'data-w-active-filter-id="id_language"' not in page  # her language is where she lands
    results = client.get(reverse("editorial:cockpit_results"), {"language": "de", "state": "stale"})
    html = results.content.decode()
    assert "<html" not in html and 'data-w-active-filter-id="id_state"' in html
    assert [(row.title, row.language) for row in results.context["rows"]] == [("À propos", "de")]
    # The translator's submit button comes back to the list with its filters, not to the fragment.
    assert f'name="next" value="{COCKPIT}?language=de&amp;state=stale"' in html
    # The counts follow the language and section, not the state.
    counts = {key: count for key, _label, count in results.context["states"]}
    assert counts["stale"] == 1 and sum(counts.values()) > 1


def test_the_csv_is_in_the_users_language(about, users, client):
    """A Dutch translator's export: Dutch headings, states and yes/no, her language's rows."""
    publish_source(about["fr"], intro="Nouveau texte.")
    client.force_login(users["translator-nl"])  # her admin is in Dutch (setup_site)
    response = client.get(COCKPIT, {"state": "stale", "export": "csv"})
    lines = list(csv.reader(io.StringIO(response.getvalue().decode("utf-8-sig"))))
    assert lines[0][:5] == ["Titel", "Type", "Rubriek", "Taal", "Status"]
    (only,) = lines[1:]
    assert only[0] == "À propos" and only[3:5] == ["nl", "Verouderd"] and only[8:] == ["ja", "nee"]
