"""Themes, sectors, venues, sponsors (active contracts only) and partners, per locale."""

import datetime

import pytest
from django.utils import timezone

from taxonomy.models import Theme
from tests.factories import ImageFactory, PartnerFactory, SponsorFactory, make_venue, translate


def items(client, endpoint, **params):
    response = client.get(f"/api/v2/{endpoint}/", params)
    assert response.status_code == 200, response.content
    return response.json()["items"]


@pytest.mark.parametrize("language, name", [("fr", "Sécurité"), ("nl", "Beveiliging"), ("de", "Sicherheit")])
def test_themes_in_each_language_with_the_same_slug(client, site, language, name):
    themes = {item["slug"]: item for item in items(client, "themes", locale=language, limit=100)}
    assert themes["security"]["name"] == name
    assert {item["meta"]["locale"] for item in themes.values()} == {language}
    assert len(themes) == Theme.objects.filter(locale__language_code="fr").count()
    detail = client.get(f"/api/v2/themes/{themes['security']['id']}/").json()
    assert detail["name"] == name and detail["meta"]["locale"] == language


def test_sectors_per_locale(client, site):
    sectors = {item["slug"]: item["name"] for item in items(client, "sectors", locale="nl", limit=100)}
    assert "retail" in sectors and sectors["retail"] != "Commerce de détail"


def test_without_locale_every_language_is_listed_and_an_unknown_one_is_refused(client, site):
    assert {item["meta"]["locale"] for item in items(client, "themes", limit=100)} == {"fr", "nl", "de"}
    assert client.get("/api/v2/themes/", {"locale": "xx"}).status_code == 400


def test_venues_per_locale_with_coordinates(client, locales):
    venue = make_venue(name="Maison de l'entreprise", city="Namur")
    translate(venue, locales["nl"], name="Ondernemershuis", access_notes="Vlak bij het station.")
    [dutch] = items(client, "venues", locale="nl")
    assert dutch["name"] == "Ondernemershuis"
    assert dutch["access_notes"] == "Vlak bij het station."
    assert dutch["city"] == "Namur"
    assert dutch["latitude"] == 50.4669 and dutch["longitude"] == 4.8675


def test_only_sponsors_with_an_active_contract_are_listed(client, site):
    today = timezone.localdate()
    SponsorFactory(name="Actif SA", logo=ImageFactory())
    SponsorFactory(name="Fini SPRL", contract_end=today - datetime.timedelta(days=1))
    SponsorFactory(
        name="Futur SRL", contract_start=today + datetime.timedelta(days=1),
        contract_end=today + datetime.timedelta(days=100),
    )  # fmt: skip
    [active] = items(client, "sponsors", locale="fr")
    assert active["name"] == "Actif SA"
    assert active["logo"]["url"] and active["logo"]["width"] <= 240
    ended = SponsorFactory(name="Ended", contract_end=today - datetime.timedelta(days=1))
    assert client.get(f"/api/v2/sponsors/{ended.pk}/").status_code == 404


def test_partners_in_their_order_and_language(client, locales):
    second = PartnerFactory(name="Union des Classes moyennes", sort_order=2)
    first = PartnerFactory(name="Région wallonne", sort_order=1, logo=ImageFactory())
    translate(first, locales["de"], name="Wallonische Region", description="Finanziert das Programm.")
    translate(second, locales["de"], name="Mittelstandsvereinigung", description="Vertritt die KMU.")
    partners = items(client, "partners", locale="de")
    assert [p["name"] for p in partners] == ["Wallonische Region", "Mittelstandsvereinigung"]
    assert partners[0]["logo"]["url"] and partners[1]["logo"] is None


def test_unreviewed_terms_and_venues_stay_out(client, locales):
    """A translator's draft change and a venue nobody approved yet are not published: the API shows neither."""
    dutch = Theme.objects.get(slug="security", locale=locales["nl"])
    dutch.name = "Zorglub"
    dutch.save_revision()  # a draft, waiting for review
    draft_venue = make_venue(name="Zorglub-zaal", live=False)
    text = "".join(
        client.get(f"/api/v2/{endpoint}/", {"limit": 100, **params}).content.decode()
        for endpoint in ("themes", "venues")
        for params in ({}, {"locale": "fr"}, {"locale": "nl"})
    )
    assert "Zorglub" not in text and "Beveiliging" in text
    assert client.get(f"/api/v2/venues/{draft_venue.pk}/").status_code == 404
