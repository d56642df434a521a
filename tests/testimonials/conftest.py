import pytest

from taxonomy.models import Sector, Theme
from testimonials.models import TestimonialIndexPage
from tests.factories import TestimonialPageFactory


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


__all__ = ["Sector", "Theme", "term"]
