import io

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from core.demo import demo_data
from testimonials import demo
from testimonials.models import TestimonialPage
from tests.demo_snapshot import pages_state


def snapshot():
    return pages_state(), get_image_model().objects.count(), get_document_model().objects.count()


def translation_of(slug, language):
    """The demo testimonial ``slug`` (the French page's slug) in ``language``."""
    french = TestimonialPage.objects.get(locale__language_code="fr", slug=slug)
    return TestimonialPage.objects.get(locale__language_code=language, translation_key=french.translation_key)


def test_demo_testimonials_in_three_languages_with_their_own_captions(demo_content, client):
    for code in ("fr", "nl", "de"):
        pages = TestimonialPage.objects.live().filter(locale__language_code=code)
        assert pages.count() == 6
        assert {page.sector.slug for page in pages} == {
            "retail",
            "construction",
            "horeca-tourism",
            "transport-logistics",
        }
        assert all(page.transcript and page.poster and page.captions_language == code for page in pages)
        assert all(page.captions.file.read(6) == b"WEBVTT" for page in pages)
    nl = translation_of("transports-delvaux-suivi-des-livraisons", "nl")
    assert nl.town == "Moeskroen" and nl.localized_sector.name == "Transport en logistiek"
    assert "West-Henegouwen" in nl.transcript and "West-Henegouwen" in nl.captions.file.open().read().decode()
    assert [guide.title for guide in nl.localized_related_guides][0] == "Uw wagenpark opvolgen"
    html = client.get(nl.url).content.decode()
    assert 'srclang="nl"' not in html  # an oEmbed video: captions offered as a file, not a track
    assert "Ondertiteling (Nederlands, WebVTT)" in html
    german = translation_of("optique-kessler-securite", "de")
    assert (
        german.role == "Optikerin und Gründerin" and german.poster == german.get_translations().first().specific.poster
    )


def test_building_the_demo_twice_creates_nothing_more(demo_content):
    # The run's demo is the first build (tests/demo_snapshot.py); this is the second.
    before = snapshot()
    demo.build(demo_data("testimonials.yaml"), io.StringIO())
    assert snapshot() == before
