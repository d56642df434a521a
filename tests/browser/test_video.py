"""Video testimonials in Chromium: the captioned player works by keyboard in the page's language, a YouTube
video asks nothing of YouTube until the visitor presses play, and axe finds nothing wrong with either."""

import pytest
from wagtail.models import Locale

from taxonomy.models import Sector
from testimonials.models import TestimonialIndexPage
from tests.browser.conftest import axe_violations, record_outside_requests, serve_site_from
from tests.factories import ImageFactory, TestimonialPageFactory, translate, vtt_document
from tests.testimonials.test_video import webm_document

LANGUAGES = ["fr", "nl", "de"]
CAPTIONS = {
    "fr": "Bonjour, je suis boulangère.",
    "nl": "Goeiedag, ik ben bakker.",
    "de": "Guten Tag, ich bin Bäckerin.",
}


@pytest.fixture
def testimonials(transactional_db, live_server):
    """A testimonial with the demo's WebM and captions in three languages, and one on YouTube.

    Returns {kind: {language: address}}.
    """
    serve_site_from(live_server)
    index = TestimonialIndexPage.objects.get(locale__language_code="fr")
    sector = Sector.objects.get(locale__language_code="fr", slug="retail")
    captioned = TestimonialPageFactory(
        parent=index,
        sector=sector,
        video_url="",
        video_file=webm_document(),
        poster=ImageFactory(),
        captions=vtt_document("Sous-titres fr", CAPTIONS["fr"]),
    )
    youtube = TestimonialPageFactory(
        parent=index,
        sector=sector,
        video_url="https://www.youtube.com/watch?v=Jsf4kessl3r",
        poster=ImageFactory(),
        captions=vtt_document("Sous-titres YouTube", CAPTIONS["fr"]),
    )
    pages = {"file": {"fr": captioned.url}, "youtube": {"fr": youtube.url}}
    for code in ("nl", "de"):
        locale = Locale.objects.get(language_code=code)
        pages["file"][code] = translate(
            captioned, locale, captions=vtt_document(f"Sous-titres {code}", CAPTIONS[code])
        ).url
        pages["youtube"][code] = translate(youtube, locale).url
    return pages


def test_a_visitor_plays_the_captioned_video_by_keyboard_in_their_language(browser, live_server, testimonials):
    for language in LANGUAGES:
        context = browser.new_context(base_url=live_server.url, locale=f"{language}-BE")
        page = context.new_page()
        page.set_default_timeout(15_000)
        page.goto(testimonials["file"][language])
        video = page.locator("video")
        video.evaluate(
            "video => video.readyState >= 1 || new Promise(r => video.addEventListener('loadedmetadata', r))"
        )
        assert video.evaluate("video => video.paused")

        # From the skip link, the keyboard reaches the player; Space plays it.
        page.keyboard.press("Tab")
        for _ in range(30):
            if page.evaluate("document.activeElement.tagName") == "VIDEO":
                break
            page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.tagName") == "VIDEO"
        page.keyboard.press("Space")
        page.wait_for_function("() => document.querySelector('video').currentTime > 0.3")
        assert not video.evaluate("video => video.paused")

        # The captions shown are the page language's, and their first cue is the one of that language's file.
        tracks = video.evaluate(
            "video => Array.from(video.textTracks, t => ({language: t.language, mode: t.mode, kind: t.kind}))"
        )
        assert [t for t in tracks if t["mode"] == "showing"] == [
            {"language": language, "mode": "showing", "kind": "captions"}
        ]
        assert sorted(t["language"] for t in tracks) == sorted(LANGUAGES)
        page.wait_for_function(
            "language => Array.from(document.querySelector('video').textTracks)"
            ".some(t => t.language === language && t.cues && t.cues.length > 0)",
            arg=language,
        )
        cue = video.evaluate(
            "(video, language) => Array.from(video.textTracks).find(t => t.language === language).cues[0].text",
            language,
        )
        assert cue == CAPTIONS[language]
        context.close()


def test_a_youtube_video_asks_nothing_of_youtube_until_the_visitor_presses_play(browser, live_server, testimonials):
    context = browser.new_context(base_url=live_server.url, locale="fr-BE")
    page = context.new_page()
    page.set_default_timeout(15_000)
    outside = record_outside_requests(page, live_server.url, [])
    page.goto(testimonials["youtube"]["fr"])
    page.wait_for_load_state("networkidle")
    assert outside == []
    assert page.locator("iframe").count() == 0

    play = page.get_by_role("button", name="Lire la vidéo")
    play.focus()
    with page.expect_request(lambda request: request.url.startswith("https://www.youtube-nocookie.com/")) as asked:
        page.keyboard.press("Enter")
    # Offline the player cannot load: the attempt is what counts, to the privacy-enhanced player only.
    assert asked.value.url == "https://www.youtube-nocookie.com/embed/Jsf4kessl3r?autoplay=1"
    assert {url.split("/")[2] for url in outside} == {"www.youtube-nocookie.com"}
    iframe = page.locator(".video-embed iframe")
    assert iframe.get_attribute("title") == page.locator("h1").inner_text()
    assert page.evaluate("document.activeElement.tagName") == "IFRAME"
    context.close()


def test_the_video_pages_pass_axe_in_three_languages(browser, live_server, testimonials):
    problems = {}
    for language in LANGUAGES:
        context = browser.new_context(base_url=live_server.url, locale=f"{language}-BE")
        page = context.new_page()
        page.set_default_timeout(15_000)
        for kind in ("file", "youtube"):
            page.goto(testimonials[kind][language])
            page.wait_for_load_state("load")
            if violations := axe_violations(page):
                problems[f"{kind} ({language})"] = violations
        context.close()
    assert problems == {}
