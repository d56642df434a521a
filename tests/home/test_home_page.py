"""The home page's sections, in the template and the API, in French and in Dutch."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import HomeHighlightedGuide
from sponsors.models import Partner, Sponsor
from tests.factories import ImageFactory
from tests.home.conftest import guide, partner, seminar, sponsor

SECTIONS = {
    "fr": {
        "guides": ["Fiche 2", "Fiche 1"],
        "seminars": ["Séminaire dans 3 jours", "Séminaire dans 9 jours", "Séminaire dans 20 jours"],
        "testimonial": "Un couvreur fait ses devis sur le toit",
        "quote": "Je remets le devis avant de redescendre de l&#x27;échelle.",
        "diagnostic": ("Où en est votre entreprise ?", "Faire l&#x27;autodiagnostic", "/fr/autodiagnostic/"),
        "partner": "Région wallonne",
        "headings": ("Fiches pratiques", "Prochains séminaires"),
    },
    "nl": {
        "guides": ["Fiche NL 2", "Fiche NL 1"],
        "seminars": ["Séminaire dans 3 jours NL", "Séminaire dans 9 jours NL", "Séminaire dans 20 jours NL"],
        "testimonial": "Een dakdekker maakt zijn offertes op het dak",
        "quote": "Ik geef de offerte voor ik van de ladder kom.",
        "diagnostic": ("Hoe digitaal is uw onderneming?", "De zelfdiagnose invullen", "/nl/zelfdiagnose/"),
        "partner": "Région wallonne NL",
        "headings": ("Praktische fiches", "Volgende seminaries"),
    },
}


def positions(html, texts):
    return [html.index(text) for text in texts]


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_the_home_page_shows_each_section_in_its_language(client, home_content, language):
    expected = SECTIONS[language]
    html = client.get(home_content[language].url).content.decode()
    for heading in expected["headings"]:
        assert f">{heading}</h2>" in html
    # The editors' guides, in their order; the third guide is not chosen.
    assert positions(html, expected["guides"]) == sorted(positions(html, expected["guides"]))
    assert "Fiche 3" not in html and "Fiche NL 3" not in html
    # The next three upcoming seminars, soonest first; neither the fourth nor the past one.
    assert positions(html, expected["seminars"]) == sorted(positions(html, expected["seminars"]))
    assert "Séminaire dans 30 jours" not in html and "Séminaire passé" not in html
    assert expected["testimonial"] in html and expected["quote"] in html
    title, button, url = expected["diagnostic"]
    assert f">{title}</h2>" in html and f'<a class="button" href="{url}">{button}</a>' in html
    # Partners and sponsors whose contract runs, once (not again in the footer).
    assert html.count(f">{expected['partner']}<") == 1
    assert html.count(">Nuvalis<") == 1 and "Ancien sponsor" not in html


def test_without_chosen_guides_the_latest_live_guides_of_the_language_are_shown(client, home_content, locales):
    home = home_content["fr"]
    home.highlighted_guides = []
    home.save_revision().publish()
    html = client.get(home.url).content.decode()
    assert "Fiche 3" in html and "Fiche 2" in html and "Fiche 1" in html
    nl_html = client.get(home_content["nl"].url).content.decode()
    assert "Fiche NL 2" in nl_html and "Fiche NL 3" not in nl_html  # the reviewed Dutch home keeps its choice


def test_a_chosen_page_without_a_live_translation_is_left_out_of_the_dutch_home(client, home_content):
    dutch_guide = home_content["guides"][1].get_translation(home_content["nl"].locale)
    dutch_guide.unpublish()
    html = client.get(home_content["nl"].url).content.decode()
    assert "Fiche NL 1" in html and "Fiche NL 2" not in html and "Fiche 2" not in html


def test_the_call_to_the_self_diagnostic_is_hidden_without_a_title(client, home_content):
    home = home_content["fr"]
    home.diagnostic_title = ""
    home.save_revision().publish()
    assert "/fr/autodiagnostic/" not in client.get(home.url).content.decode()


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_the_api_gives_each_section_in_its_language(client, home_content, language):
    expected = SECTIONS[language]
    home = home_content[language]
    data = client.get(f"/api/v2/pages/{home.pk}/").json()
    assert [guide["title"] for guide in data["highlighted_guides"]] == expected["guides"]
    assert all(g["html_url"].startswith(f"http://testserver/{language}/") for g in data["highlighted_guides"])
    seminars = data["next_seminars"]
    assert [seminar["title"] for seminar in seminars] == expected["seminars"]
    assert seminars[0]["city"] == "Namur" and seminars[0]["start"].endswith(("+01:00", "+02:00"))
    assert data["testimonial"]["title"] == expected["testimonial"]
    assert data["testimonial"]["person_name"] == "Marc Jacquet"
    assert data["testimonial"]["html_url"].startswith(f"http://testserver/{language}/")
    title, button, url = expected["diagnostic"]
    assert data["diagnostic"]["title"] == title and data["diagnostic"]["button"] == button.replace("&#x27;", "'")
    assert data["diagnostic"]["page"]["html_url"] == f"http://testserver{url}"
    assert [p["name"] for p in data["partners"]] == [expected["partner"]]
    assert [s["name"] for s in data["sponsors"]] == ["Nuvalis"] and data["sponsors"][0]["active"]


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, response.content[:500]
    return len(queries)


@pytest.mark.parametrize("language", ["fr", "nl"])
@pytest.mark.parametrize("api", [False, True])
def test_the_home_page_costs_the_same_queries_however_many_items(client, home_content, locales, language, api):
    home = home_content[language]
    url = f"/api/v2/pages/{home.pk}/" if api else home.url
    # Logos from the start: a listing without any logo skips the queries for images and renditions.
    Partner.objects.update(logo=ImageFactory())
    Sponsor.objects.update(logo=ImageFactory())
    client.get(url)  # the first visit makes the logo renditions
    few = count_queries(client, url)
    fr = home_content["fr"]
    more_guides = [guide(locales, number) for number in range(4, 8)]
    chosen = [*home_content["guides"], *more_guides]
    fr.highlighted_guides = [HomeHighlightedGuide(guide=g, sort_order=n) for n, g in enumerate(chosen)]
    fr.save_revision().publish()
    if language == "nl":
        home = fr.get_translation(locales["nl"])
        home.highlighted_guides = [HomeHighlightedGuide(guide=g, sort_order=n) for n, g in enumerate(chosen)]
        home.save_revision().publish()
    for days in (1, 2, 4, 5):
        seminar(locales, days, f"Atelier {days}")
    for name in ("AWT", "ASE", "UCM"):
        partner(locales, name, logo=ImageFactory())
    sponsor(locales, "Mosaline", category="software-it")
    client.get(url)
    many = count_queries(client, url)
    print(f"{url}: {few} queries with 2 guides, 1 partner, 1 sponsor; {many} with 7 guides, 4 partners, 2 sponsors")
    assert many == few
