import pytest

from guides.models import GuideIndexPage
from taxonomy.models import Sector, Theme
from testimonials.models import TestimonialIndexPage, TestimonialRelatedGuide
from tests.factories import GuidePageFactory, ImageFactory, TestimonialPageFactory


@pytest.fixture
def index(site):
    return TestimonialIndexPage.objects.get(locale__language_code="fr")


def term(model, slug, language="fr"):
    return model.objects.get(slug=slug, locale__language_code=language)


@pytest.fixture
def make_testimonial(index):
    """A published French testimonial (sector ``retail`` unless given)."""

    def make(**fields):
        fields.setdefault("sector", term(Sector, "retail"))
        return TestimonialPageFactory(parent=fields.pop("parent", index), **fields)

    return make


@pytest.fixture
def make_bakery(make_testimonial):
    """The Dinant bakery's testimonial (e-commerce, with a poster), published with one related French guide."""

    def make(guide_title, **fields):
        guides = GuideIndexPage.objects.get(locale__language_code="fr")
        guide = GuidePageFactory(parent=guides, title=guide_title)
        page = make_testimonial(
            person_name="Nathalie Lemaire",
            company="Boulangerie Lemaire",
            town="Dinant",
            poster=ImageFactory(),
            themes=[term(Theme, "e-commerce")],
            **fields,
        )
        page.related_guides = [TestimonialRelatedGuide(guide=guide)]
        page.save_revision().publish()
        return page

    return make


__all__ = ["Sector", "Theme", "term"]
