import datetime as dt

import pytest

from guides.models import GuideIndexPage
from home.models import HomeHighlightedGuide, HomePage
from taxonomy.models import Sector
from testimonials.models import TestimonialIndexPage
from tests.factories import (
    BRUSSELS,
    GuidePageFactory,
    PartnerFactory,
    SponsorFactory,
    TestimonialPageFactory,
    make_seminar,
    translate,
)


@pytest.fixture
def homes(site):
    return {page.locale.language_code: page for page in HomePage.objects.select_related("locale")}


def guide(locales, number):
    """A French guide with its live Dutch translation."""
    index = GuideIndexPage.objects.get(locale=locales["fr"])
    fr = GuidePageFactory(parent=index, title=f"Fiche {number}", summary=f"Résumé de la fiche {number}.")
    translate(fr, locales["nl"], title=f"Fiche NL {number}", slug=fr.slug, summary=f"Samenvatting van fiche {number}.")
    return fr


def seminar(locales, days, title):
    start = dt.datetime.now(BRUSSELS).replace(microsecond=0, second=0) + dt.timedelta(days=days)
    fr = make_seminar(title=title, start=start)
    fr.save_revision().publish()
    translate(fr, locales["nl"], title=f"{title} NL", slug=fr.slug)
    return fr


def partner(locales, name, **fields):
    fr = PartnerFactory(name=name, **fields)
    translate(fr, locales["nl"], name=f"{name} NL")
    return fr


def sponsor(locales, name, **fields):
    fr = SponsorFactory(name=name, **fields)
    translate(fr, locales["nl"])
    return fr


@pytest.fixture
def home_content(homes, locales):
    """The French home page with two chosen guides, a testimonial and the call to the self-diagnostic,
    reviewed in Dutch; seminars, partners and sponsors around it."""
    guides = [guide(locales, number) for number in (1, 2, 3)]
    testimonials = TestimonialIndexPage.objects.get(locale=locales["fr"])
    testimonial = TestimonialPageFactory(
        parent=testimonials,
        title="Un couvreur fait ses devis sur le toit",
        person_name="Marc Jacquet",
        company="Toitures Jacquet",
        pull_quote="Je remets le devis avant de redescendre de l'échelle.",
        sector=Sector.objects.get(slug="construction", locale=locales["fr"]),
    )
    translate(
        testimonial,
        locales["nl"],
        title="Een dakdekker maakt zijn offertes op het dak",
        slug=testimonial.slug,
        pull_quote="Ik geef de offerte voor ik van de ladder kom.",
    )
    seminars = [seminar(locales, days, f"Séminaire dans {days} jours") for days in (20, 3, 9, 30)]
    seminar(locales, -5, "Séminaire passé")
    partner(locales, "Région wallonne")
    sponsor(locales, "Nuvalis")
    sponsor(locales, "Ancien sponsor", contract_end=dt.date.today() - dt.timedelta(days=1))

    home = homes["fr"]
    home.highlighted_guides = [
        HomeHighlightedGuide(guide=guides[1], sort_order=0),
        HomeHighlightedGuide(guide=guides[0], sort_order=1),
    ]
    home.featured_testimonial = testimonial
    home.diagnostic_title = "Où en est votre entreprise ?"
    home.diagnostic_text = "Dix minutes pour faire le point."
    home.diagnostic_button = "Faire l'autodiagnostic"
    home.save_revision().publish()
    nl = translate(
        home,
        locales["nl"],
        title=homes["nl"].title,
        slug=homes["nl"].slug,
        hero_title=homes["nl"].hero_title,
        hero_text=homes["nl"].hero_text,
        diagnostic_title="Hoe digitaal is uw onderneming?",
        diagnostic_text="Tien minuten om de balans op te maken.",
        diagnostic_button="De zelfdiagnose invullen",
    )
    return {"fr": HomePage.objects.get(pk=home.pk), "nl": nl, "guides": guides, "seminars": seminars}
