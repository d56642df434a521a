"""What a visitor notices of search, on the run's database (SQLite or PostgreSQL) and on OpenSearch."""

import pytest
from wagtail.models import Locale, Page, PageViewRestriction, Site

from home.models import ContentPage, HomePage
from search.models import Synonym
from tests.search.conftest import publish_page

pytestmark = pytest.mark.django_db

WIFI = (
    "Sécuriser le Wi-Fi de votre magasin",
    "Protégez le réseau sans fil de la boutique et de vos clients.",
    "Changez le mot de passe par défaut de la borne.\n\nActivez le chiffrement WPA3 et séparez le réseau invité.",
)
INVOICES = (
    "Passer à la facturation électronique",
    "Envoyer et recevoir des factures électroniques avec vos clients professionnels.",
    "La facture électronique devient obligatoire entre entreprises.\n\nChoisissez un logiciel compatible Peppol.",
)
BACKUP = (
    "Datensicherung im Betrieb",
    "So schützen Sie Ihre Kundendaten vor Verlust.",
    "Eine regelmäßige Sicherung der Daten auf einem externen Speicher schützt vor Ransomware.",
)
WEBSHOP = (
    "Een webwinkel openen",
    "Verkoop uw producten op het web met een eigen webwinkel.",
    "Kies een platform, betaalmethoden en een verzendpartner voor uw winkel op het web.",
)


def titles(client, q, locale, HTTP_HOST="testserver", **params):
    response = client.get("/api/v2/search/", {"q": q, "locale": locale, **params}, HTTP_HOST=HTTP_HOST)
    assert response.status_code == 200, response.content
    return [item["title"] for item in response.json()["items"]]


@pytest.fixture
def content(backend):
    publish_page("fr", *WIFI)
    publish_page("fr", *INVOICES)
    publish_page("de", *BACKUP)
    publish_page("nl", *WEBSHOP)
    publish_page("nl", "Online winkel beveiligen", "Bescherm de klantgegevens van uw online shop.", "Wachtwoorden.")
    return backend


def test_inflections_find_the_guide(client, content):
    assert titles(client, "facturer", "fr")[0] == INVOICES[0]
    assert titles(client, "facture électronique", "fr")[0] == INVOICES[0]


def test_missing_accents_still_match(client, content):
    assert titles(client, "facturation electronique", "fr")[0] == INVOICES[0]
    assert titles(client, "reseau sans fil", "fr")[0] == WIFI[0]
    assert titles(client, "regelmassige sicherung", "de")[0] == BACKUP[0]


def test_a_one_letter_typo_finds_the_guide_and_suggests_the_spelling(client, content):
    response = client.get("/api/v2/search/", {"q": "factrue", "locale": "fr"}).json()
    assert response["items"][0]["title"] == INVOICES[0]
    assert response["meta"]["suggestion"] == "facture"


def test_compounds_are_found_from_their_parts_and_the_other_way_round(client, content):
    assert titles(client, "Sicherung der Daten", "de")[0] == BACKUP[0]
    assert titles(client, "Datensicherung", "de")[0] == BACKUP[0]
    found = titles(client, "winkel", "nl")
    assert WEBSHOP[0] in found
    assert "Online winkel beveiligen" in titles(client, "webwinkel", "nl")


def test_french_elision_and_stop_words_do_not_get_in_the_way(client, content):
    assert titles(client, "l'électronique", "fr")[0] == INVOICES[0]
    assert titles(client, "comment sécuriser le wifi de mon magasin ?", "fr")[0] == WIFI[0]


def test_editors_synonyms_apply_to_queries(client, content):
    publish_page("fr", "Choisir un smartphone pour l'entreprise", "Comparer les modèles.", "Autonomie, écran.")
    assert titles(client, "gsm", "fr") == []
    Synonym.objects.create(language="fr", terms="GSM, smartphone, téléphone portable")
    assert titles(client, "gsm", "fr")[0] == "Choisir un smartphone pour l'entreprise"
    # Synonyms belong to their language: in Dutch nothing matches (only the French fallback does).
    response = client.get("/api/v2/search/", {"q": "gsm", "locale": "nl"}).json()
    assert response["meta"]["total_count"] == 0


def test_results_come_from_the_requested_language_only(client, content):
    french = client.get("/api/v2/search/", {"q": "winkel", "locale": "fr"}).json()
    assert french["meta"]["total_count"] == 0
    assert {item["language"] for item in french["items"]} == {"nl"}
    assert all(
        item["language"] == "nl"
        for item in client.get("/api/v2/search/", {"q": "webwinkel", "locale": "nl"}).json()["items"]
    )


def test_nothing_in_the_language_offers_other_languages_labelled(client, content):
    response = client.get("/api/v2/search/", {"q": "Peppol", "locale": "nl"}).json()
    assert response["meta"]["total_count"] == 0
    assert response["meta"]["fallback_languages"] == ["fr"]
    assert [(item["title"], item["language"]) for item in response["items"]] == [(INVOICES[0], "fr")]


def test_results_carry_type_url_highlighted_snippet_score_and_facets(client, content):
    response = client.get("/api/v2/search/", {"q": "factures", "locale": "fr"}).json()
    item = response["items"][0]
    assert item["type"] == "page"
    assert item["url"].startswith("/fr/")
    assert item["slug"]
    assert "<mark>factures</mark>" in item["snippet"]
    assert item["score"] > 0
    assert response["facets"]["type"] == [{"value": "page", "count": response["meta"]["total_count"]}]
    assert titles(client, "factures", "fr", type="page") == titles(client, "factures", "fr")
    unknown = client.get("/api/v2/search/", {"q": "factures", "locale": "fr", "type": "recipe"})
    assert unknown.status_code == 400
    assert "recipe" in unknown.json()["message"]


def test_drafts_private_and_unpublished_pages_are_not_found(client, content):
    draft = publish_page("fr", "Brouillon sur la facturation électronique secrète", live=False)
    assert draft.title not in titles(client, "secrète", "fr")
    ContentPage.objects.get(title=WIFI[0], locale__language_code="fr").unpublish()
    assert titles(client, "wifi", "fr") == []


def test_a_restriction_added_after_publication_hides_the_page_and_its_subpages(client, content):
    intranet = publish_page("fr", "Intranet des conseillers", "Facturation interne.", "Réservé.")
    minutes = publish_page("fr", "Procès-verbaux de l'intranet", "Réunions.", "Réservé.", parent=intranet)
    assert set(titles(client, "intranet", "fr")) == {intranet.title, minutes.title}
    # Editors protect the section from the page's privacy setting, without publishing it again.
    restriction = PageViewRestriction.objects.create(
        page=intranet, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    assert titles(client, "intranet", "fr") == []
    restriction.delete()
    assert set(titles(client, "intranet", "fr")) == {intranet.title, minutes.title}


def test_pages_of_another_site_are_found_on_that_site_only(client, content):
    root = Page.get_first_root_node()
    other_home = root.add_child(instance=HomePage(title="Partenaire", slug="partenaire", locale=Locale.get_default()))
    Site.objects.create(hostname="partenaire.example", port=80, root_page=other_home)
    partner = publish_page("fr", "Intranet du partenaire", "Facturation du partenaire.", "Réservé.", parent=other_home)
    assert titles(client, "partenaire", "fr") == []
    assert titles(client, "partenaire", "fr", HTTP_HOST="partenaire.example") == [partner.title]
    completions = client.get("/api/v2/search/autocomplete/", {"q": "partenai", "locale": "fr"}).json()
    assert completions["items"] == []
    params = {"q": "partenai", "locale": "fr"}
    completions = client.get("/api/v2/search/autocomplete/", params, HTTP_HOST="partenaire.example").json()
    assert [item["title"] for item in completions["items"]] == [partner.title]


def test_pagination(client, content):
    for number in range(12):
        publish_page("fr", f"Fiche pratique numéro {number} sur la caisse enregistreuse", "Caisse.", "Caisse.")
    first = client.get("/api/v2/search/", {"q": "caisse", "locale": "fr"}).json()
    assert first["meta"]["total_count"] == 12
    assert len(first["items"]) == 10
    assert first["meta"]["pages"] == 2
    second = client.get(first["meta"]["next"]).json()
    assert len(second["items"]) == 2
    assert not {i["id"] for i in first["items"]} & {i["id"] for i in second["items"]}


def test_past_the_counting_bound_the_total_is_a_lower_bound_and_facets_count_the_best(client, content, settings):
    for number in range(5):
        publish_page("fr", f"Caisse enregistreuse numéro {number}", "La caisse du magasin.", "Caisse.")
    settings.SEARCH_TOTAL_LIMIT = 3
    response = client.get("/api/v2/search/", {"q": "caisse", "locale": "fr"}).json()
    assert (response["meta"]["total_count"], response["meta"]["total_count_exact"]) == (3, False)
    assert (response["meta"]["pages"], response["meta"]["next"]) == (1, None)
    assert len(response["items"]) == 3
    assert response["facets"]["type"] == [{"value": "page", "count": 3}]
    assert "Plus de 3 résultats" in client.get("/fr/search/", {"q": "caisse"}).content.decode()
    listing = client.get("/api/v2/pages/", {"search": "caisse", "locale": "fr", "type": "home.ContentPage"}).json()
    assert len(listing["items"]) == 3  # the pages endpoint's search reaches as far as the count
    settings.SEARCH_TOTAL_LIMIT = 5
    response = client.get("/api/v2/search/", {"q": "caisse", "locale": "fr"}).json()
    assert (response["meta"]["total_count"], response["meta"]["total_count_exact"]) == (5, True)
    assert response["facets"]["type"] == [{"value": "page", "count": 5}]
    assert "5 résultats" in client.get("/fr/search/", {"q": "caisse"}).content.decode()
