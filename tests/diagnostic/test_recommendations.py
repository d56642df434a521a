"""Recommendations come from real guides and seminars: the visitor's language, live only, nearest city first."""

import datetime as dt
import json

import pytest

from diagnostic import recommendations
from guides.models import GuideIndexPage
from taxonomy.models import Theme
from tests.diagnostic.example import EXAMPLE_1
from tests.factories import BRUSSELS, GuidePageFactory, make_seminar, make_venue, translate


def theme(slug, language="fr"):
    return Theme.objects.get(slug=slug, locale__language_code=language)


@pytest.fixture
def guides(site, locales):
    """Three French guides on collaboration (one a draft), one on marketing; Dutch translations of two."""
    index = GuideIndexPage.objects.get(locale__language_code="fr")
    teams = GuidePageFactory(
        parent=index, title="Travailler à plusieurs sur un document", themes=[theme("collaboration")]
    )
    agenda = GuidePageFactory(parent=index, title="Un agenda partagé pour l'équipe", themes=[theme("collaboration")])
    draft = GuidePageFactory(parent=index, title="Brouillon collaboratif", themes=[theme("collaboration")], live=False)
    GuidePageFactory(parent=index, title="Se faire connaître sur les réseaux", themes=[theme("marketing")])
    translate(teams, locales["nl"], title="Met meerdere mensen aan één document werken", slug="samen-documenten")
    translate(draft, locales["nl"], title="Ontwerp over samenwerken", slug="ontwerp-samenwerken")
    draft.get_translation(locales["nl"]).unpublish()
    return {"teams": teams, "agenda": agenda}


def test_guides_on_the_themes_in_the_visitors_language_live_only(guides):
    french = [guide["title"] for guide in recommendations.guides(["collaboration"], "fr")]
    assert sorted(french) == ["Travailler à plusieurs sur un document", "Un agenda partagé pour l'équipe"]
    dutch = recommendations.guides(["collaboration"], "nl")
    assert [guide["title"] for guide in dutch] == ["Met meerdere mensen aan één document werken"]
    assert dutch[0]["url"].startswith("/nl/")
    assert recommendations.guides(["e-commerce"], "fr") == []


@pytest.fixture
def seminars(site, locales):
    """Upcoming collaboration seminars in Arlon, Namur and Liège (Liège the soonest), a past one, a draft."""
    now = dt.datetime.now(BRUSSELS).replace(microsecond=0)
    venues = {
        city: make_venue(city=city, latitude=lat, longitude=lon)
        for city, lat, lon in [("Arlon", "49.683300", "5.816700"), ("Namur", "50.466900", "4.867500")]
    }
    # A venue without coordinates is placed by its city.
    venues["Liège"] = make_venue(city="Liège", latitude=None, longitude=None)
    made = {}
    for days, city in [(30, "Arlon"), (20, "Namur"), (10, "Liège")]:
        made[city] = make_seminar(
            title=f"Outils collaboratifs à {city}",
            venue=venues[city],
            start=now + dt.timedelta(days=days),
            themes=[theme("collaboration")],
        )
    make_seminar(
        title="Passé", venue=venues["Arlon"], start=now - dt.timedelta(days=3), themes=[theme("collaboration")]
    )
    make_seminar(title="Projet", venue=venues["Arlon"], start=now + dt.timedelta(days=2), publish=False)
    make_seminar(
        title="Marketing", venue=venues["Arlon"], start=now + dt.timedelta(days=1), themes=[theme("marketing")]
    )
    for city, seminar in made.items():
        translate(seminar, locales["nl"], title=f"Samenwerkingstools in {city}", slug=f"samenwerken-{city.lower()}")
    return made


@pytest.mark.parametrize(
    ("province", "cities"),
    [
        ("", ["Liège", "Namur", "Arlon"]),  # no province: soonest first
        ("luxembourg", ["Arlon", "Liège", "Namur"]),
        ("namur", ["Namur", "Liège", "Arlon"]),
        ("liege", ["Liège", "Namur", "Arlon"]),
    ],
)
def test_next_seminars_nearest_city_first_when_the_province_is_known(seminars, province, cities):
    found = recommendations.seminars(["collaboration"], "fr", province)
    assert [seminar["city"] for seminar in found] == cities
    assert all(seminar["title"].startswith("Outils collaboratifs") for seminar in found)


def test_seminars_in_the_visitors_language(seminars):
    found = recommendations.seminars(["collaboration"], "nl", "luxembourg")
    assert [seminar["title"] for seminar in found] == [
        "Samenwerkingstools in Arlon",
        "Samenwerkingstools in Liège",
        "Samenwerkingstools in Namur",
    ]
    assert all(seminar["url"].startswith("/nl/") for seminar in found)


def test_the_api_result_recommends_them(client, diagnostic_page, guides, seminars):
    """EXAMPLE_1's first priority links the collaboration theme."""
    body = {
        "profile": {"sector": "retail", "size_band": "micro", "province": "luxembourg"},
        "answers": EXAMPLE_1["answers"],
    }
    response = client.post("/api/v2/diagnostic/fr/", json.dumps(body), content_type="application/json")
    assert response.status_code == 201, response.content
    recommended = response.json()["recommendations"]
    assert recommended["themes"] == ["collaboration"]
    assert {guide["id"] for guide in recommended["guides"]} == {guides["teams"].pk, guides["agenda"].pk}
    assert [seminar["id"] for seminar in recommended["seminars"]] == [
        seminars["Arlon"].pk,
        seminars["Liège"].pk,
        seminars["Namur"].pk,
    ]
