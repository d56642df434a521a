"""Pages: the locale middleware leaves API 404s alone, translations for a language switcher, html_url."""

import pytest

from core.translation import save_translation, translated_copy
from taxonomy.models import Theme
from tests.factories import make_seminar, translate


def test_a_missing_api_object_is_a_json_404_not_a_redirect_to_a_language(client, site):
    # Django's LocaleMiddleware would redirect to /fr/api/v2/pages/999999/ (an HTML page).
    for url in ("/api/v2/pages/999999/", "/api/v2/themes/999999/", "/api/v2/nothing-here/"):
        response = client.get(url)
        assert response.status_code == 404, url
    assert client.get("/api/v2/pages/999999/").json() == {"message": "Introuvable."}
    assert client.get("/api/v2/pages/999999/", HTTP_ACCEPT_LANGUAGE="de").json() == {"message": "Nicht gefunden."}
    # Visitors' pages keep the redirect to their language.
    assert client.get("/fiches-pratiques/").headers["Location"] == "/fr/fiches-pratiques/"


def test_api_responses_say_they_depend_on_the_visitors_language(client, site):
    response = client.get("/api/v2/pages/", HTTP_ACCEPT_LANGUAGE="nl")
    assert "Accept-Language" in response.headers["Vary"]
    assert response.headers["Content-Language"] == "nl"


def test_detail_lists_the_published_translations_for_a_language_switcher(client, make_guide, locales):
    guide = make_guide(title="Sécuriser le Wi-Fi", slug="securiser-le-wifi")
    dutch = translate(guide, locales["nl"], title="Wifi beveiligen", slug="wifi-beveiligen")
    # The German translation exists but is not published yet.
    german = save_translation(guide, locales["de"], translated_copy(guide, title="WLAN sichern"), publish=False)
    assert not german.live

    data = client.get(f"/api/v2/pages/{guide.pk}/").json()
    assert data["meta"]["html_url"] == "http://testserver/fr/fiches-pratiques/securiser-le-wifi/"
    assert data["meta"]["translations"] == [
        {
            "locale": "nl",
            "id": dutch.pk,
            "title": "Wifi beveiligen",
            "html_url": "http://testserver/nl/praktische-fiches/wifi-beveiligen/",
        }
    ]
    back = client.get(f"/api/v2/pages/{dutch.pk}/").json()["meta"]["translations"]
    assert [(t["locale"], t["id"]) for t in back] == [("fr", guide.pk)]
    # Each html_url is the page itself on the site.
    for url, title in ((data["meta"]["html_url"], "Sécuriser le Wi-Fi"), (back[0]["html_url"], "Sécuriser le Wi-Fi")):
        page = client.get(url.removeprefix("http://testserver"))
        assert page.status_code == 200 and title in page.content.decode()
    nl_page = client.get("/nl/praktische-fiches/wifi-beveiligen/")
    assert nl_page.status_code == 200 and "Wifi beveiligen" in nl_page.content.decode()


def test_translations_are_only_in_the_detail(client, make_guide):
    make_guide()
    item = client.get("/api/v2/guides/").json()["items"][0]
    assert "translations" not in item["meta"]


@pytest.mark.parametrize("language, prefix", [("fr", "/fr/"), ("nl", "/nl/"), ("de", "/de/")])
def test_locale_lists_the_pages_of_one_language_with_their_real_address(client, site, language, prefix):
    items = client.get("/api/v2/pages/", {"locale": language}).json()["items"]
    assert items and {item["meta"]["locale"] for item in items} == {language}
    for item in items:
        assert item["meta"]["html_url"].startswith(f"http://testserver{prefix}")
        assert client.get(item["meta"]["html_url"].removeprefix("http://testserver")).status_code == 200


def test_every_page_type_shows_its_own_fields(client, make_guide):
    guide = make_guide(summary="Un réseau sûr en dix minutes.")
    data = client.get(f"/api/v2/pages/{guide.pk}/").json()
    assert data["summary"] == "Un réseau sûr en dix minutes."
    assert data["themes"][0]["slug"] == "security"
    home = client.get("/api/v2/pages/", {"type": "home.HomePage", "locale": "de", "fields": "hero_title"}).json()
    assert home["items"][0]["hero_title"] == "Digitale Technik im Dienst Ihres Unternehmens"


def test_search_on_the_guides_and_agenda_endpoints_understands_the_requested_language(client, make_guide):
    invoices = make_guide(title="Passer à la facturation électronique", summary="Envoyer des factures.")
    make_guide(title="Sécuriser le Wi-Fi", summary="Protéger le réseau sans fil.")
    theme = Theme.objects.get(slug="marketing", locale__language_code="fr")
    marketing = make_guide(title="Factures et marketing", themes=[theme])
    seminar = make_seminar(title="Séminaire sur la facturation électronique")
    seminar.get_latest_revision().publish()

    def titles(url, **params):
        response = client.get(url, {"locale": "fr", **params})
        assert response.status_code == 200, response.content
        return [item["title"] for item in response.json()["items"]]

    # Inflections and missing accents, as on the search endpoint, with each endpoint's own filters.
    assert titles("/api/v2/guides/", search="facture electronique") == [invoices.title, marketing.title]
    assert titles("/api/v2/guides/", search="factures", theme="marketing") == [marketing.title]
    assert titles("/api/v2/agenda/", search="facturations") == [seminar.title]
    assert titles("/api/v2/guides/", search="factures", locale="nl") == []
    unknown = client.get("/api/v2/guides/", {"search": "factures", "locale": "xx"})
    assert unknown.status_code == 400
    assert "xx" in unknown.json()["message"]
