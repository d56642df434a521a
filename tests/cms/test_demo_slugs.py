"""The demo's Dutch and German pages have addresses in their own language: a slug from their translated title."""

from wagtail.models import Page

from agenda.models import SeminarPage
from core.slugs import ascii_slug
from guides.models import GuidePage
from sponsors.models import SponsorPage
from testimonials.models import TestimonialPage

MODELS = [GuidePage, SeminarPage, TestimonialPage, SponsorPage]


def test_the_demos_dutch_and_german_pages_have_slugs_of_their_own_language(demo_content, client):
    french = {page.translation_key: page for page in Page.objects.filter(locale__language_code="fr")}
    for model in MODELS:
        pages = model.objects.live().filter(locale__language_code__in=["nl", "de"]).select_related("locale")
        assert pages.count() == 2 * model.objects.live().filter(locale__language_code="fr").count() > 0
        for page in pages:
            source = french[page.translation_key]
            assert page.slug == ascii_slug(page.title), page.url
            if ascii_slug(page.title) != ascii_slug(source.title):
                assert page.slug != source.slug, page.url
            assert page.url.startswith(f"/{page.locale.language_code}/")

    peppol = GuidePage.objects.get(locale__language_code="nl", slug="elektronisch-factureren-met-peppol")
    assert peppol.url == "/nl/praktische-fiches/elektronisch-factureren-met-peppol/"
    assert client.get(peppol.url).status_code == 200
    german = SeminarPage.objects.get(locale__language_code="de", slug="freie-software-im-buro")
    assert client.get(german.url).status_code == 200
