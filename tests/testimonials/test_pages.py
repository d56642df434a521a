"""The testimonial page and the index, as visitors see them."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from guides.models import GuideIndexPage
from taxonomy.models import Sector, Theme
from testimonials.models import TestimonialRelatedGuide
from tests.factories import GuidePageFactory, ImageFactory, TestimonialPageFactory, translate, vtt_document
from tests.testimonials.conftest import term
from tests.testimonials.test_validation import video_document


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, response.content[:500]
    return len(queries)


def test_a_video_file_plays_in_the_site_player_with_captions_poster_and_transcript(client, make_bakery):
    page = make_bakery(
        "Vendre en ligne sans se disperser",
        title="Une boulangerie vend en ligne",
        video_url="",
        video_file=video_document("lemaire.mp4"),
        captions=vtt_document("Sous-titres Lemaire"),
    )
    html = client.get(page.url).content.decode()
    assert "<h1>Une boulangerie vend en ligne</h1>" in html
    assert '<video controls preload="metadata" poster="/' in html
    assert f'<source src="{page.video_file.url}" type="video/mp4">' in html
    assert f'<track kind="captions" src="{page.url}captions/fr/" srclang="fr" label="français" default>' in html
    assert '<h2 id="transcript-heading">Transcription</h2>' in html
    assert "<p>Je tiens un commerce à Namur.</p>" in html
    assert "Nathalie Lemaire, gérante, Boulangerie Lemaire (Dinant)" in html
    assert "Commerce de détail" in html and "Commerce électronique" in html
    assert "Vendre en ligne sans se disperser" in html


def test_an_oembed_video_is_a_link_to_the_provider_rendered_without_the_internet(client, make_testimonial):
    page = make_testimonial(video_url="https://www.youtube.com/watch?v=Jsf4kessl3r", poster=ImageFactory())
    html = client.get(page.url).content.decode()
    assert '<a class="video-link" href="https://www.youtube.com/watch?v=Jsf4kessl3r"' in html
    assert "Regarder la vidéo sur youtube.com" in html
    assert "<video" not in html and "<iframe" not in html


def test_index_lists_live_public_testimonials_of_its_language_with_filters(client, index, make_testimonial):
    make_testimonial(title="La boulangerie", themes=[term(Theme, "e-commerce")])
    make_testimonial(title="Le couvreur", sector=term(Sector, "construction"), themes=[term(Theme, "mobility")])
    make_testimonial(title="Brouillon caché", live=False)
    private = make_testimonial(title="Témoignage réservé")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")

    html = client.get(index.url).content.decode()
    assert "La boulangerie" in html and "Le couvreur" in html
    assert "Brouillon caché" not in html and "Témoignage réservé" not in html
    assert "2 témoignages" in html
    html = client.get(index.url, {"theme": "mobility"}).content.decode()
    assert "Le couvreur" in html and "La boulangerie" not in html
    html = client.get(index.url, {"sector": "retail"}).content.decode()
    assert "La boulangerie" in html and "Le couvreur" not in html
    html = client.get(index.url, {"sector": "horeca-tourism"}).content.decode()
    assert "Aucun témoignage ne correspond à ces filtres." in html

    nl_index = index.get_translations().get(locale__language_code="nl")
    html = client.get(nl_index.url).content.decode()
    assert "La boulangerie" not in html and "0 getuigenissen" in html and "Detailhandel" in html


def test_index_paginates_twelve_a_page_and_keeps_the_filters(index, make_testimonial, check_twelve_a_page):
    for _n in range(14):
        make_testimonial(themes=[term(Theme, "website")])
    check_twelve_a_page(index.url, '<article class="testimonial-card"')


def test_a_dutch_testimonial_shows_dutch_terms_and_town(client, make_testimonial, locales):
    page = make_testimonial(
        town="Mouscron", sector=term(Sector, "transport-logistics"), themes=[term(Theme, "mobility")]
    )
    nl = translate(
        page,
        locales["nl"],
        title="Een transporteur",
        slug=page.slug,
        town="Moeskroen",
        role="zaakvoerder",
        pull_quote="Klanten bellen niet meer.",
        transcript="Ik ben transporteur.",
    )
    html = client.get(nl.url).content.decode()
    assert "<h1>Een transporteur</h1>" in html and "Moeskroen" in html
    assert "Transport en logistiek" in html and "Mobiliteit" in html
    # The link stays on the French sector (synchronised); the page shows its published Dutch name.
    assert nl.sector == page.sector and nl.localized_sector.locale == nl.locale


def make_testimonials(index, count):
    themes = list(Theme.objects.filter(locale=index.locale)[:3])
    guides = GuideIndexPage.objects.get(locale=index.locale)
    guide = GuidePageFactory(parent=guides)
    for _n in range(count):
        page = TestimonialPageFactory(
            parent=index,
            sector=term(Sector, "retail"),
            themes=themes,
            poster=ImageFactory(),
            captions=vtt_document(),
        )
        page.related_guides = [TestimonialRelatedGuide(guide=guide)]
        page.save()


@pytest.mark.parametrize(
    "url",
    ["{index}?page=1", "/api/v2/pages/?type=testimonials.TestimonialPage&fields=*&locale=fr&limit=100"],
)
def test_listing_50_testimonials_costs_the_same_queries_as_5(client, index, url):
    url = url.format(index=index.url)
    make_testimonials(index, 5)
    client.get(url)  # the first visit makes the poster renditions, once and for all
    five = count_queries(client, url)
    make_testimonials(index, 45)
    client.get(url)
    response = client.get(url)
    if url.startswith("/api/"):
        assert response.json()["meta"]["total_count"] == 50
    else:
        assert "12 témoignages" not in response.content.decode() and "50 témoignages" in response.content.decode()
    fifty = count_queries(client, url)
    print(f"{url}: {five} queries for 5 testimonials, {fifty} for 50")
    assert fifty == five
