"""/api/v2/agenda/: upcoming by default, filters, the archive with slides, each language, constant queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from taxonomy.models import Sector, Theme
from tests.factories import (
    DocumentFactory,
    ImageFactory,
    SponsorFactory,
    agenda_page,
    days,
    make_seminar,
    make_venue,
    translate,
)


def titles(client, **params):
    response = client.get("/api/v2/agenda/", params)
    assert response.status_code == 200, response.content
    return [item["title"] for item in response.json()["items"]]


@pytest.fixture
def terms(locales):
    return {
        "security": Theme.objects.get(slug="security", locale=locales["fr"]),
        "marketing": Theme.objects.get(slug="marketing", locale=locales["fr"]),
        "retail": Sector.objects.get(slug="retail", locale=locales["fr"]),
    }


@pytest.fixture
def agenda(site, locales, terms):
    mons = make_venue(name="Micro Club", city="Mons", postcode="7000")
    make_seminar(title="Sécurité à Namur", start=days(3), themes=[terms["security"]], spoken_language="fr")
    make_seminar(
        title="Commerce à Mons", start=days(10), venue=mons, sectors=[terms["retail"]], kind="sector-seminar",
        spoken_language="nl",
    )  # fmt: skip
    make_seminar(title="En ligne", start=days(40), online_link="https://meet.example.be/x", venue=None)
    make_seminar(
        title="Archive marketing", start=days(-20), themes=[terms["marketing"]],
        presentations=[DocumentFactory(title="Slides marketing")],
    )  # fmt: skip
    make_seminar(title="Brouillon", start=days(5), publish=False)


def test_upcoming_sessions_by_default_ordered_by_start(client, agenda):
    assert titles(client) == ["Sécurité à Namur", "Commerce à Mons", "En ligne"]


def test_filters(client, agenda):
    assert titles(client, city="Mons") == ["Commerce à Mons"]
    assert titles(client, theme="security") == ["Sécurité à Namur"]
    assert titles(client, sector="retail") == ["Commerce à Mons"]
    assert titles(client, kind="sector-seminar") == ["Commerce à Mons"]
    assert titles(client, spoken_language="nl") == ["Commerce à Mons"]
    start, end = days(9).date(), days(45).date()
    assert titles(client, **{"from": start.isoformat(), "to": end.isoformat()}) == ["Commerce à Mons", "En ligne"]
    assert titles(client, locale="nl") == []


def test_a_bad_filter_is_a_400_that_says_why(client, agenda):
    response = client.get("/api/v2/agenda/", {"theme": "astrology"})
    assert response.status_code == 400
    assert "theme" in response.json()["message"]
    assert client.get("/api/v2/agenda/", {"from": "yesterday"}).status_code == 400


def test_past_sessions_with_their_slides_on_request(client, agenda):
    response = client.get("/api/v2/agenda/", {"past": "true"})
    [item] = response.json()["items"]
    assert item["title"] == "Archive marketing"
    assert item["presentations"][0]["title"] == "Slides marketing"
    assert item["presentations"][0]["document"]["file_extension"] == "pdf"


def test_the_representation_of_a_seminar(client, agenda):
    item = client.get("/api/v2/agenda/", {"city": "Mons"}).json()["items"][0]
    assert item["meta"]["type"] == "agenda.SeminarPage"
    assert item["kind"] == "sector-seminar" and item["status"] == "scheduled"
    assert item["spoken_language"] == "nl"
    assert item["start"] == days(10).isoformat()
    assert item["venue"]["city"] == "Mons" and item["venue"]["name"] == "Micro Club"
    assert item["sectors"] == [{"id": item["sectors"][0]["id"], "slug": "retail", "name": "Commerce de détail"}]
    detail = client.get(item["meta"]["detail_url"]).json()
    assert detail["speakers"] == [] and detail["capacity"] is None and detail["sponsor"] is None


@pytest.mark.parametrize(
    ("code", "title", "theme_name", "venue_name"),
    [
        ("fr", "Sécurité à Namur", "Sécurité", "Maison de l'entreprise"),
        ("nl", "Beveiliging in Namen", "Beveiliging", "Ondernemershuis"),
        ("de", "Sicherheit in Namür", "Sicherheit", "Haus der Unternehmen"),
    ],
)
def test_each_language_gets_its_own_title_terms_and_venue(client, locales, terms, site, code, title, theme_name,
                                                           venue_name):  # fmt: skip
    venue = make_venue()
    translate(venue, locales["nl"], name="Ondernemershuis", access_notes="Vlak bij het station.")
    translate(venue, locales["de"], name="Haus der Unternehmen", access_notes="Nahe dem Bahnhof.")
    seminar = make_seminar(title="Sécurité à Namur", start=days(3), themes=[terms["security"]], venue=venue)
    translate(seminar, locales["nl"], title="Beveiliging in Namen", slug="beveiliging")
    translate(seminar, locales["de"], title="Sicherheit in Namür", slug="sicherheit")
    [item] = client.get("/api/v2/agenda/", {"locale": code}).json()["items"]
    assert item["title"] == title
    assert item["themes"][0]["name"] == theme_name and item["themes"][0]["slug"] == "security"
    assert item["venue"]["name"] == venue_name
    assert item["meta"]["locale"] == code
    assert f"/{code}/" in item["meta"]["html_url"]


def test_listing_costs_the_same_number_of_queries_for_5_or_50_sessions(client, locales, site, terms):
    venue = make_venue()
    translate(venue, locales["nl"], name="Ondernemershuis", access_notes="Vlak bij het station.")
    nl_agenda = agenda_page("nl")
    sponsor = SponsorFactory(logo=ImageFactory())

    def add(n):
        for i in range(n):
            make_seminar(
                nl_agenda, title=f"NL {i}", start=days(i + 1), venue=venue,
                themes=[terms["security"], terms["marketing"]], sectors=[terms["retail"]],
                speakers=[{"name": "Claire Dubois", "bio": "RENTIC-consulente."}],
                presentations=[DocumentFactory()], sponsor=sponsor,
            )  # fmt: skip

    def count():
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/api/v2/agenda/", {"locale": "nl", "limit": 100, "fields": "*"})
        assert response.status_code == 200
        return len(queries), response.json()["items"]

    add(5)
    count()  # warm the per-process caches (site root paths, locales)
    few, items = count()
    assert len(items) == 5
    add(45)
    many, items = count()
    assert len(items) == 50
    assert items[0]["themes"][0]["name"] in {"Beveiliging", "Marketing"}
    assert items[0]["venue"]["name"] == "Ondernemershuis"
    assert items[0]["sponsor"]["name"] == sponsor.name and items[0]["sponsor"]["logo"]["url"]
    assert many == few
