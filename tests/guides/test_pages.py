import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from guides.models import GuideIndexPage, GuidePage, RelatedGuide
from sponsors.models import Sponsor
from taxonomy.models import Sector, Theme
from tests.factories import GuidePageFactory


@pytest.fixture
def index(site):
    return GuideIndexPage.objects.get(locale__language_code="fr")


def term(model, slug, language="fr"):
    return model.objects.get(slug=slug, locale__language_code=language)


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, response.content[:500]
    return len(queries)


def test_setup_site_creates_the_guide_index_in_three_languages(site):
    titles = dict(GuideIndexPage.objects.values_list("locale__language_code", "title"))
    assert titles == {"fr": "Fiches pratiques", "nl": "Praktische fiches", "de": "Praxisleitfäden"}


def test_reading_time_is_computed_from_the_body(index):
    words = " ".join(["mot"] * 450)
    guide = GuidePageFactory(parent=index, body=[{"type": "paragraph", "value": f"<p>{words}</p>"}])
    assert guide.reading_time == 3
    short = GuidePageFactory(parent=index, body=[{"type": "heading", "value": "Court"}])
    assert short.reading_time == 1


def test_guide_page_shows_its_facts_sponsor_and_related_guides(client, index):
    sponsor = Sponsor.objects.create(
        locale=index.locale,
        name="Numeria Services",
        category=Sponsor.Category.SOFTWARE_IT,
        contract_start=datetime.date.today() - datetime.timedelta(days=30),
        contract_end=datetime.date.today() + datetime.timedelta(days=30),
        website="https://numeria.example",
    )
    first = GuidePageFactory(parent=index, title="Sauvegarder ses données")
    draft = GuidePageFactory(parent=index, title="Brouillon caché", live=False)
    members_only = GuidePageFactory(parent=index, title="Réservé aux membres")
    PageViewRestriction.objects.create(page=members_only, restriction_type="password", password="secret")
    guide = GuidePageFactory(
        parent=index,
        title="Sécuriser le Wi-Fi du magasin",
        level=GuidePage.Level.INTERMEDIATE,
        last_reviewed=datetime.date(2026, 3, 14),
        themes=[term(Theme, "security")],
        sponsor=sponsor,
    )
    guide.related_guides = [RelatedGuide(guide=first), RelatedGuide(guide=draft), RelatedGuide(guide=members_only)]
    guide.save()
    html = client.get(guide.url).content.decode()
    assert "<h1>Sécuriser le Wi-Fi du magasin</h1>" in html
    assert "Intermédiaire" in html and "14 mars 2026" in html
    assert "Sécurité" in html and "Tous les secteurs" in html
    assert "Numeria Services" in html
    assert "Sauvegarder ses données" in html and "Brouillon caché" not in html
    assert "Réservé aux membres" not in html
    related = client.get(f"/api/v2/pages/{guide.pk}/").json()["related_guides"]
    assert [link["title"] for link in related] == ["Sauvegarder ses données"]
    # A page built from its revision (what the editor previews) is filtered the same way.
    preview = guide.get_latest_revision_as_object()
    assert [link.title for link in preview.localized_related_guides] == ["Sauvegarder ses données"]
    assert 'class="checklist"' in html and "<li>Un ordinateur</li>" in html
    # Once an editor ends the contract the credit disappears (the footer's logos with it).
    sponsor.contract_end = datetime.date.today() - datetime.timedelta(days=1)
    sponsor.save()
    assert "Numeria Services" not in client.get(guide.url).content.decode()


def test_index_lists_live_public_guides_of_its_language_with_filters(client, index):
    GuidePageFactory(parent=index, title="Wi-Fi sécurisé", themes=[term(Theme, "security")])
    GuidePageFactory(
        parent=index, title="Caisse enregistreuse", themes=[term(Theme, "hardware")], sectors=[term(Sector, "retail")]
    )
    GuidePageFactory(
        parent=index,
        title="Devis sur tablette",
        themes=[term(Theme, "mobility")],
        sectors=[term(Sector, "construction")],
    )
    GuidePageFactory(parent=index, title="Fiche en brouillon", live=False)
    private = GuidePageFactory(parent=index, title="Fiche réservée")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")

    html = client.get(index.url).content.decode()
    assert "Wi-Fi sécurisé" in html and "Caisse enregistreuse" in html and "Devis sur tablette" in html
    assert "Fiche en brouillon" not in html and "Fiche réservée" not in html
    assert "3 fiches" in html

    html = client.get(index.url, {"theme": "security"}).content.decode()
    assert "Wi-Fi sécurisé" in html and "Caisse enregistreuse" not in html
    # A guide without sector is for every sector.
    html = client.get(index.url, {"sector": "retail"}).content.decode()
    assert "Caisse enregistreuse" in html and "Wi-Fi sécurisé" in html and "Devis sur tablette" not in html
    html = client.get(index.url, {"theme": "marketing"}).content.decode()
    assert "Aucune fiche ne correspond" in html

    nl_index = GuideIndexPage.objects.get(locale__language_code="nl")
    html = client.get(nl_index.url).content.decode()
    assert "Wi-Fi sécurisé" not in html and "Beveiliging" in html


def test_index_paginates_twelve_guides_a_page_and_keeps_the_filters(index, check_twelve_a_page):
    for _n in range(14):
        GuidePageFactory(parent=index, themes=[term(Theme, "website")])
    check_twelve_a_page(index.url, '<li>\n    <h2><a href="')


def make_guides(index, count):
    themes = list(Theme.objects.filter(locale=index.locale)[:3])
    sectors = list(Sector.objects.filter(locale=index.locale)[:2])
    for _n in range(count):
        GuidePageFactory(parent=index, themes=themes, sectors=sectors)


@pytest.mark.parametrize(
    "url",
    [
        "{index}?page=1",
        "/api/v2/pages/?type=guides.GuidePage&fields=*&locale=fr&limit=100",
        "/api/v2/guides/?fields=*&locale=fr&limit=100",
    ],
)
def test_listing_50_guides_costs_the_same_queries_as_5(client, index, url):
    url = url.format(index=index.url)
    make_guides(index, 5)
    count_queries(client, url)  # warm the caches (site root paths, the navigation's cached fragments)
    five = count_queries(client, url)
    make_guides(index, 45)
    response = client.get(url)
    if url.startswith("/api/"):
        assert response.json()["meta"]["total_count"] == 50
    assert count_queries(client, url) == five
