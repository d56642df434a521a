"""The visitor's HTML pages ask the database the same number of queries however many items they show,
and no more than a ceiling per page type; fragments cached until the next publish (``core.fragments``)
are computed again after one."""

import datetime as dt
import time

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from agenda.models import AgendaPage
from guides.models import GuideIndexPage, GuidePage, RelatedGuide
from home.models import ContentPage, HomeHighlightedGuide, HomeMenuItem, HomePage
from sponsors.models import SponsorPage, SponsorsIndexPage
from taxonomy.models import Sector, Theme
from testimonials.models import TestimonialIndexPage
from tests.factories import (
    GuidePageFactory,
    ImageFactory,
    PartnerFactory,
    SponsorFactory,
    TestimonialPageFactory,
    make_seminar,
    translate,
)

pytestmark = pytest.mark.django_db

# Queries of each page type, first with an empty cache, then once its fragments are cached.
# Raise a ceiling only with a reason: each is a few above what the page asks today.
CEILINGS = {
    "home": (40, 10),
    "guide index": (38, 26),
    "guide": (36, 23),
    "testimonial index": (38, 26),
    "testimonial": (40, 31),
    "agenda": (40, 27),
    "seminar": (40, 31),
    "sponsors": (38, 30),
    "sponsor area": (38, 24),
    "content page": (36, 21),
    "search": (36, 26),
}


def section(model):
    return model.objects.get(locale__language_code="fr")


class World:
    """One page of each type, and ways to add more of what each shows (themes, guides, menu items…)."""

    def __init__(self, locales):
        self.locales = locales
        self.home = HomePage.objects.get(locale=locales["fr"])
        self.number = 0
        self.guide = GuidePageFactory(parent=section(GuideIndexPage), title="Fiche principale", slug="principale")
        translate(self.guide, locales["nl"], title="Hoofdfiche", slug="hoofdfiche")
        self.sector = Sector.objects.filter(locale=locales["fr"]).first()
        self.testimonial = TestimonialPageFactory(parent=section(TestimonialIndexPage), sector=self.sector)
        self.seminar = make_seminar(title="Séminaire principal")
        self.seminar.save_revision().publish()
        self.sponsor = SponsorFactory(name="Sponsor principal", logo=ImageFactory())
        self.area = section(SponsorsIndexPage).add_child(
            instance=SponsorPage(title="Espace du sponsor", sponsor=self.sponsor, slug="espace")
        )
        self.area.save_revision().publish()
        self.about = self.home.add_child(instance=ContentPage(title="À propos", slug="a-propos", show_in_menus=True))
        self.about.save_revision().publish()
        self.urls = {
            "home": "/fr/",
            "guide index": section(GuideIndexPage).url,
            "guide": self.guide.url,
            "testimonial index": section(TestimonialIndexPage).url,
            "testimonial": self.testimonial.url,
            "agenda": section(AgendaPage).url,
            "seminar": self.seminar.url,
            "sponsors": section(SponsorsIndexPage).url,
            "sponsor area": self.area.url,
            "content page": self.about.url,
            "search": "/fr/search/?q=fiche",
        }

    def add(self, count):
        """``count`` more of everything the pages show."""
        fr = self.locales["fr"]
        sections = [section(GuideIndexPage), section(TestimonialIndexPage), section(AgendaPage)]
        for _ in range(count):
            self.number += 1
            n = self.number
            theme = Theme.objects.create(name=f"Thème {n}", slug=f"theme-{n}", locale=fr)
            guide = GuidePageFactory(parent=section(GuideIndexPage), title=f"Fiche {n}", slug=f"fiche-{n}")
            guide.themes.add(theme)
            guide.save_revision().publish()
            RelatedGuide.objects.create(page=self.guide, guide=guide, sort_order=n)
            self.guide.themes.add(theme)
            HomeHighlightedGuide.objects.create(page=self.home, guide=guide, sort_order=n)
            HomeMenuItem.objects.create(page=self.home, link_page=sections[n % 3], sort_order=n, locale=fr)
            TestimonialPageFactory(parent=section(TestimonialIndexPage), sector=self.sector, themes=[theme])
            make_seminar(title=f"Séminaire {n}", themes=[theme]).save_revision().publish()
            PartnerFactory(logo=ImageFactory())
            SponsorFactory(logo=ImageFactory(), name=f"Sponsor {n}")
            content = self.home.add_child(
                instance=ContentPage(title=f"Page {n}", slug=f"page-{n}", show_in_menus=True)
            )
            content.save_revision().publish()
        self.guide.save_revision().publish()


def queries_of(client, url, *, cold):
    if cold:
        cache.clear()
    client.get(url)  # Wagtail's site root paths and the renditions are made once, not per request
    if cold:
        cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


@pytest.fixture
def world(site, locales):
    return World(locales)


def test_every_page_type_asks_the_same_queries_whatever_the_number_of_items(client, world):
    world.add(2)
    few = {
        name: (queries_of(client, url, cold=True), queries_of(client, url, cold=False))
        for name, url in world.urls.items()
    }
    world.add(4)
    many = {
        name: (queries_of(client, url, cold=True), queries_of(client, url, cold=False))
        for name, url in world.urls.items()
    }
    assert many == few
    over = {
        name: counts for name, counts in few.items() if counts[0] > CEILINGS[name][0] or counts[1] > CEILINGS[name][1]
    }
    assert not over, f"above the ceilings: {over} (all: {few})"


def test_the_items_added_show_on_the_pages(client, world):
    world.add(2)
    guide = client.get(world.urls["guide"]).content.decode()
    assert "Fiche 1" in guide and "Fiche 2" in guide  # related guides
    assert "Thème 1" in guide and "Sponsor 2" in guide  # themes, footer logos
    home = client.get("/fr/").content.decode()
    assert "Page 2" in home and "Partenaire" in home  # footer links, logos


def test_a_publish_shows_at_once_on_pages_whose_fragments_were_cached(client, world):
    assert "Nouvelle page" not in client.get(world.urls["guide"]).content.decode()
    page = world.home.add_child(instance=ContentPage(title="Nouvelle page", slug="nouvelle", show_in_menus=True))
    page.save_revision().publish()
    assert "Nouvelle page" in client.get(world.urls["guide"]).content.decode()  # the footer's links
    page.move(section(GuideIndexPage), pos="last-child")  # a move: no longer a page of the footer
    assert "Nouvelle page" not in client.get(world.urls["guide"]).content.decode()
    world.about.unpublish()
    assert world.about.url not in client.get(world.urls["guide"]).content.decode()
    sponsor = SponsorFactory(name="Sponsor tardif")
    assert "Sponsor tardif" in client.get("/fr/").content.decode()  # the logos of the home page
    sponsor.delete()
    assert "Sponsor tardif" not in client.get("/fr/").content.decode()


def test_the_home_page_shows_the_chosen_guides_again_after_a_publish(client, world):
    world.add(1)
    assert "Fiche 1" in client.get("/fr/").content.decode()
    guide = GuidePage.objects.get(title="Fiche 1", locale=world.locales["fr"])
    guide.title = "Fiche renommée"
    guide.save_revision().publish()
    html = client.get("/fr/").content.decode()
    assert "Fiche renommée" in html and "Fiche 1<" not in html


def test_the_switcher_and_hreflang_links_skip_a_translation_behind_a_view_restriction(client, world, locales):
    html = client.get(world.urls["guide"]).content.decode()
    assert 'hreflang="nl"' in html and "/nl/" in html and "hoofdfiche" in html
    dutch = world.guide.get_translation(locales["nl"])
    PageViewRestriction.objects.create(page=dutch, restriction_type=PageViewRestriction.LOGIN)
    html = client.get(world.urls["guide"]).content.decode()
    assert "hoofdfiche" not in html  # neither in the switcher nor in the <link rel="alternate">
    assert 'hreflang="nl"' not in html


def test_the_home_page_sections_expire_when_the_first_seminar_they_list_is_over(client, world):
    """The next seminars are the ones not over yet: the cached sections must not outlive the first one."""
    ending = make_seminar(
        title="Séminaire en cours",
        start=dt.datetime.now(dt.UTC) - dt.timedelta(hours=1),
        end=dt.datetime.now(dt.UTC) + dt.timedelta(minutes=10),
    )
    ending.save_revision().publish()
    assert "Séminaire en cours" in client.get("/fr/").content.decode()
    # The tests' cache is Django's local-memory cache: its keys carry their expiry time.
    expiries = [expiry for key, expiry in cache._expire_info.items() if "home-sections" in key]
    assert expiries and all(expiry - time.time() <= 10 * 60 + 1 for expiry in expiries)
