import datetime as dt

import pytest
from wagtail.models import Page

from guides.models import GuideIndexPage
from home.models import ContentPage
from sponsors.models import SponsorPage, SponsorsIndexPage
from taxonomy.models import Sector, Theme
from tests.diagnostic.example import QUESTIONNAIRE
from tests.factories import (
    DocumentFactory,
    GuidePageFactory,
    ImageFactory,
    PartnerFactory,
    SponsorFactory,
    make_seminar,
    make_venue,
    translate,
)


@pytest.fixture
def guide_index(site):
    return GuideIndexPage.objects.get(locale__language_code="fr")


@pytest.fixture
def make_guide(guide_index, locales):
    """A French guide (or one under the ``language`` index) with the security theme and retail sector.

    Published as an editor would (``page_published`` fires, so search indexes it) unless ``live=False``.
    """

    def make(language="fr", **fields):
        parent = GuideIndexPage.objects.get(locale__language_code=language)
        fields.setdefault("themes", [Theme.objects.get(slug="security", locale=locales[language])])
        fields.setdefault("sectors", [Sector.objects.get(slug="retail", locale=locales[language])])
        guide = GuidePageFactory(parent=parent, locale=locales[language], **fields)
        if guide.live:
            guide.save_revision().publish()
        return guide

    return make


@pytest.fixture
def content(site, locales, make_guide):
    """A little of everything, in several languages, so that responses have items to check."""
    sponsor = SponsorFactory(logo=ImageFactory())
    first = make_guide(title="Sécuriser le Wi-Fi", sponsor=sponsor)
    second = make_guide(title="Choisir un smartphone")
    translate(first, locales["nl"], title="Wifi beveiligen", slug="wifi-beveiligen")
    first.related_guides.create(guide=second)
    first.save_revision().publish()
    venue = make_venue()
    translate(venue, locales["de"], name="Unternehmerhaus", access_notes="Nahe am Bahnhof.")
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    make_seminar(title="Sécurité à Namur", venue=venue, sponsor=sponsor, speakers=[{"name": "Claire Dubois"}])
    make_seminar(title="En ligne", online_link="https://meet.example.be/x", venue=None)
    make_seminar(title="Archive", start=now - dt.timedelta(days=30), presentations=[DocumentFactory()])
    partner = PartnerFactory(logo=ImageFactory(), name="Région wallonne")
    translate(partner, locales["de"], name="Wallonische Region", description="Finanziert das Programm.")
    PartnerFactory()
    make_guide(title="Facturer en ligne")
    DocumentFactory().tags.add("slides")
    home = Page.objects.get(pk=site.root_page_id)
    home.add_child(instance=ContentPage(title="À propos", slug="a-propos", intro="Le programme."))
    SponsorsIndexPage.objects.get(locale=locales["fr"]).add_child(
        instance=SponsorPage(title=sponsor.name, slug="sponsor", sponsor=sponsor, contact_name="Anne")
    )
    diagnostic = Page.objects.get(locale=locales["fr"], diagnosticpage__isnull=False).specific
    diagnostic.questionnaire = QUESTIONNAIRE
    diagnostic.save_revision().publish()
