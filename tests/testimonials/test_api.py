"""The API shape of a testimonial in each language."""

import pytest

from taxonomy.models import Sector
from tests.factories import translate, vtt_document

TEXTS = {
    "nl": {
        "title": "Een bakkerij in Dinant neemt bestellingen online aan",
        "role": "zaakvoerster",
        "town": "Dinant",
        "pull_quote": "De bestellingen komen nu op woensdag binnen.",
        "transcript": "Ik run de familiebakkerij in Dinant.",
        "guide": "Online verkopen",
        "theme": "E-commerce",
        "sector": "Detailhandel",
    },
    "de": {
        "title": "Eine Bäckerei in Dinant nimmt Bestellungen online an",
        "role": "Geschäftsführerin",
        "town": "Dinant",
        "pull_quote": "Die Bestellungen kommen jetzt am Mittwoch.",
        "transcript": "Ich führe die Familienbäckerei in Dinant.",
        "guide": "Online verkaufen",
        "theme": "E-Commerce",
        "sector": "Einzelhandel",
    },
}


@pytest.fixture
def testimonials(make_bakery, locales):
    """A testimonial and its related guide in FR, NL and DE; the NL page has its own captions."""
    fr = make_bakery(
        "Vendre en ligne",
        title="Une boulangerie de Dinant prend les commandes en ligne",
        role="gérante",
        video_url="https://vimeo.com/913204571",
        pull_quote="Les commandes arrivent maintenant le mercredi.",
        transcript="Je tiens la boulangerie familiale à Dinant.",
        captions=vtt_document("Sous-titres FR"),
    )
    guide = fr.related_guides.get().guide
    pages = {"fr": fr}
    for code, texts in TEXTS.items():
        translate(guide, locales[code], title=texts["guide"], slug=guide.slug)
        captions = vtt_document("Ondertiteling NL", "Goeiedag.") if code == "nl" else fr.captions
        pages[code] = translate(
            fr,
            locales[code],
            slug=fr.slug,
            captions=captions,
            **{name: texts[name] for name in ("title", "role", "town", "pull_quote", "transcript")},
        )
    return pages


@pytest.mark.parametrize("language", ["fr", "nl", "de"])
def test_api_represents_a_testimonial_in_its_language(client, testimonials, language):
    page = testimonials[language]
    data = client.get(f"/api/v2/pages/{page.pk}/").json()
    assert data["meta"]["type"] == "testimonials.TestimonialPage"
    assert data["meta"]["locale"] == language
    assert data["title"] == page.title and data["person_name"] == "Nathalie Lemaire"
    assert data["company"] == "Boulangerie Lemaire" and data["role"] == page.role and data["town"] == "Dinant"
    assert data["pull_quote"] == page.pull_quote and data["transcript"] == page.transcript
    assert data["video"] == {
        "kind": "embed",
        "url": "https://vimeo.com/913204571",
        "provider": "vimeo.com",
        "file": None,
    }
    poster = page.poster.get_rendition("fill-960x540")
    assert data["poster"] == {
        "id": page.poster_id,
        "title": page.poster.title,
        "url": poster.url,
        "width": poster.width,
        "height": poster.height,
        "alt": "",  # decorative, as on the page: never the image library's untranslated text
    }
    sector = Sector.objects.get(slug="retail", locale=page.locale)
    assert data["sector"] == {"id": sector.pk, "slug": "retail", "name": sector.name}
    expected = TEXTS.get(language, {"theme": "Commerce électronique", "guide": "Vendre en ligne"})
    assert [theme["name"] for theme in data["themes"]] == [expected["theme"]]
    assert [guide["title"] for guide in data["related_guides"]] == [expected["guide"]]
    assert data["related_guides"][0]["html_url"].startswith(f"http://testserver/{language}/")
    # Dutch has its own captions; German still carries the French file, labelled as French.
    captions = data["captions"]
    assert captions["file_extension"] == "vtt"
    assert captions["language"] == {"fr": "fr", "nl": "nl", "de": "fr"}[language]
    assert (captions["id"] == testimonials["fr"].captions_id) == (language != "nl")


def test_a_video_file_is_represented_with_its_document_and_type(client, make_testimonial):
    from tests.testimonials.test_validation import video_document

    page = make_testimonial(video_url="", video_file=video_document("lemaire.webm"))
    data = client.get(f"/api/v2/pages/{page.pk}/").json()
    assert data["video"]["kind"] == "file" and data["video"]["mime_type"] == "video/webm"
    assert data["video"]["file"]["id"] == page.video_file_id
    assert data["video"]["url"] == data["video"]["file"]["url"]
    assert data["poster"] is None and data["captions"] is None
