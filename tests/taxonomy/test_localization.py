"""Pages keep the French themes, sectors and chosen pages in every language and show each one in the page's
language, once a reviewer published its translation: on the page, in the listings, in the API and in search."""

import pytest
from django.apps import apps

from guides.models import GuideIndexPage, GuidePage, RelatedGuide
from taxonomy.localization import links_back_to_source
from taxonomy.models import Sector, Theme
from testimonials.models import TestimonialIndexPage
from tests.factories import GuidePageFactory, TestimonialPageFactory, translate

pytestmark = pytest.mark.django_db

FRENCH, DUTCH = "Intelligence artificielle", "Kunstmatige intelligentie"


@pytest.fixture
def draft_theme(locales):
    """A French theme whose Dutch translation waits for a reviewer (a draft, never published)."""
    fr = Theme.objects.create(name=FRENCH, slug="ia", locale=locales["fr"])
    nl = Theme.objects.create(
        name=DUTCH, slug="ia", locale=locales["nl"], translation_key=fr.translation_key, live=False
    )
    nl.save_revision()
    return {"fr": fr, "nl": nl}


@pytest.fixture
def dutch_guide(locales, draft_theme):
    fr = GuidePageFactory(
        parent=GuideIndexPage.objects.get(locale=locales["fr"]),
        title="Travailler avec l'IA",
        themes=[draft_theme["fr"]],
    )
    fr.save_revision().publish()
    return translate(fr, locales["nl"], title="Werken met AI", slug="werken-met-ai")


def shown(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def api_themes(client, page):
    detail = client.get(f"/api/v2/pages/{page.pk}/").json()
    listing = client.get("/api/v2/guides/", {"locale": "nl", "fields": "themes"}).json()["items"]
    [item] = [item for item in listing if item["id"] == page.pk]
    assert item["themes"] == detail["themes"]
    return [theme["name"] for theme in detail["themes"]]


def found(client, q):
    response = client.get("/api/v2/search/", {"q": q, "locale": "nl"})
    assert response.status_code == 200, response.content
    return [item["title"] for item in response.json()["items"]]


def test_a_dutch_guide_shows_a_dutch_theme_name_only_once_a_reviewer_published_it(client, dutch_guide, draft_theme):
    index = GuideIndexPage.objects.get(locale=dutch_guide.locale)
    # The Dutch name is a draft: the guide, the guide list, the API and search show the French one.
    assert DUTCH not in shown(client, dutch_guide) and FRENCH in shown(client, dutch_guide)
    assert DUTCH not in shown(client, index) and FRENCH in shown(client, index)
    assert api_themes(client, dutch_guide) == [FRENCH]
    assert found(client, "kunstmatige") == []

    draft_theme["nl"].get_latest_revision().publish()

    assert DUTCH in shown(client, dutch_guide) and FRENCH not in shown(client, dutch_guide)
    assert DUTCH in shown(client, index)
    assert api_themes(client, dutch_guide) == [DUTCH]
    assert found(client, "kunstmatige") == ["Werken met AI"]
    # The link itself stays on the French theme, as wagtail-localize synchronises it; filters use its slug.
    assert list(GuidePage.objects.get(pk=dutch_guide.pk).themes.all()) == [draft_theme["fr"]]
    assert [item["id"] for item in client.get("/api/v2/guides/", {"locale": "nl", "theme": "ia"}).json()["items"]] == [
        dutch_guide.pk
    ]


def test_a_dutch_testimonial_shows_its_sector_in_dutch_once_published(client, locales):
    fr_sector = Sector.objects.create(name="Artisanat", slug="artisanat", locale=locales["fr"])
    nl_sector = Sector.objects.create(
        name="Ambacht", slug="artisanat", locale=locales["nl"], translation_key=fr_sector.translation_key, live=False
    )
    nl_sector.save_revision()
    fr = TestimonialPageFactory(parent=TestimonialIndexPage.objects.get(locale=locales["fr"]), sector=fr_sector)
    fr.save_revision().publish()
    nl = translate(fr, locales["nl"], title="Een ambachtsman", slug="een-ambachtsman")

    def sector_in_api():
        return client.get(f"/api/v2/pages/{nl.pk}/").json()["sector"]["name"]

    assert "Ambacht" not in shown(client, nl) and sector_in_api() == "Artisanat"
    nl_sector.get_latest_revision().publish()
    assert "Ambacht" in shown(client, nl) and sector_in_api() == "Ambacht"
    assert "Ambacht" in shown(client, TestimonialIndexPage.objects.get(locale=locales["nl"]))


def test_a_chosen_guide_shows_in_the_page_s_language_or_not_at_all(client, locales):
    fr_index = GuideIndexPage.objects.get(locale=locales["fr"])
    first, second = GuidePageFactory(parent=fr_index, title="Sauvegarder"), GuidePageFactory(parent=fr_index)
    first.related_guides = [RelatedGuide(guide=second)]
    first.save_revision().publish()
    dutch = translate(first, locales["nl"], title="Back-ups maken", slug="back-ups")

    def related():
        return [guide["title"] for guide in client.get(f"/api/v2/pages/{dutch.pk}/").json()["related_guides"]]

    # The French guide has no Dutch translation yet: left out, rather than shown in French.
    assert related() == []
    translate(second, locales["nl"], title="Wachtwoorden beheren", slug="wachtwoorden")
    assert related() == ["Wachtwoorden beheren"]
    assert "Wachtwoorden beheren" in shown(client, dutch)


def test_the_data_migration_moves_dutch_links_back_to_the_french_objects(client, dutch_guide, draft_theme, locales):
    security = {code: Theme.objects.get(slug="security", locale=locales[code]) for code in ("fr", "nl")}
    # How Dutch guides were saved before: links to the Dutch terms.
    page = GuidePage.objects.get(pk=dutch_guide.pk)
    page.themes = [security["nl"], draft_theme["nl"]]
    page.save()
    links_back_to_source(apps, "guides.GuidePage", many_to_many=("themes", "sectors"))
    assert set(GuidePage.objects.get(pk=page.pk).themes.all()) == {security["fr"], draft_theme["fr"]}
    assert api_themes(client, page) == [FRENCH, "Beveiliging"]
