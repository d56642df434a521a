"""Testimonials people can watch: the site's player with a caption track per language, the click-to-load
player of YouTube and Vimeo, the testimonial's VideoObject, and the demo's real video file."""

import datetime as dt
import json
import re

from django.conf import settings
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Locale

from core.demo import DEMO_DIR
from guides.models import GuideIndexPage
from testimonials.models import TestimonialPage
from tests.factories import GuidePageFactory, ImageFactory, translate, vtt_document

CUE_TIMING = re.compile(r"^\d{2}:\d{2}:\d{2}\.\d{3} --> \d{2}:\d{2}:\d{2}\.\d{3}$", re.MULTILINE)
DEMO_VIDEO = DEMO_DIR / "media" / "boulangerie-lemaire.webm"
WEBM_SIGNATURE = b"\x1a\x45\xdf\xa3"  # EBML, the container of WebM


def webm_document():
    document = get_document_model()(title="Vidéo", file=ContentFile(DEMO_VIDEO.read_bytes(), name="video.webm"))
    document._set_document_file_metadata()
    document.save()
    return document


def captioned(make_testimonial, **fields):
    """A French testimonial with a video file and captions in French, Dutch and German: (fr, nl, de)."""
    fr = make_testimonial(
        title="Une boulangerie vend en ligne",
        video_url="",
        video_file=webm_document(),
        poster=ImageFactory(),
        captions=vtt_document("Sous-titres FR", "Bonjour, je suis boulangère."),
        **fields,
    )
    pages = [fr]
    for code, text in (("nl", "Goeiedag, ik ben bakker."), ("de", "Guten Tag, ich bin Bäckerin.")):
        pages.append(
            translate(
                fr, Locale.objects.get(language_code=code), captions=vtt_document(f"Sous-titres {code}", text)
            ).specific
        )
    return pages


def structured_data(html):
    """Every JSON-LD object of the page, parsed."""
    return [json.loads(body) for body in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)]


def video_object(html):
    return next(data for data in structured_data(html) if data.get("@type") == "VideoObject")


def test_the_player_offers_a_caption_track_per_language_the_pages_language_by_default(client, make_testimonial):
    fr, nl, de = captioned(make_testimonial)
    html = client.get(nl.url).content.decode()
    assert re.search(r"<video controls[^>]* poster=\"/", html)
    assert f'<source src="{nl.video_file.url}" type="video/webm">' in html
    tracks = re.findall(r"<track [^>]*>", html)
    assert tracks == [
        f'<track kind="captions" src="{nl.url}captions/nl/" srclang="nl" label="Nederlands" default>',
        f'<track kind="captions" src="{nl.url}captions/fr/" srclang="fr" label="français">',
        f'<track kind="captions" src="{nl.url}captions/de/" srclang="de" label="Deutsch">',
    ]
    assert '<h2 id="transcript-heading">' in html and "Je tiens un commerce à Namur." in html
    assert f'<a href="{nl.url}captions/fr/" download hreflang="fr">Ondertiteling (français, WebVTT)</a>' in html
    html = client.get(de.url).content.decode()
    assert re.findall(r'<track [^>]*srclang="(\w+)"[^>]*default>', html) == ["de"]


def test_captions_are_served_by_the_page_as_valid_webvtt(client, make_testimonial):
    fr, nl, de = captioned(make_testimonial)
    for page, language, text in (
        (fr, "fr", "Bonjour, je suis boulangère."),
        (fr, "nl", "Goeiedag, ik ben bakker."),
        (nl, "de", "Guten Tag, ich bin Bäckerin."),
    ):
        response = client.get(f"{page.url}captions/{language}/")
        assert response.status_code == 200
        assert response["Content-Type"] == "text/vtt; charset=utf-8"
        body = response.content.decode()
        assert body.startswith("WEBVTT\n") and CUE_TIMING.search(body) and text in body
    assert client.get(f"{fr.url}captions/en/").status_code == 404


def test_a_language_without_captions_of_its_own_gets_the_source_captions_as_its_only_track(client, make_testimonial):
    fr = make_testimonial(video_url="", video_file=webm_document(), captions=vtt_document("FR", "Bonjour."))
    nl = translate(fr, Locale.objects.get(language_code="nl")).specific
    html = client.get(nl.url).content.decode()
    assert re.findall(r"<track [^>]*>", html) == [
        f'<track kind="captions" src="{nl.url}captions/fr/" srclang="fr" label="français" default>'
    ]
    assert client.get(f"{nl.url}captions/fr/").content.decode().startswith("WEBVTT")


def test_an_oembed_video_shows_the_stored_poster_and_a_play_button_and_names_the_provider_nowhere_else(
    client, make_testimonial
):
    page = make_testimonial(video_url="https://www.youtube.com/watch?v=Jsf4kessl3r", poster=ImageFactory())
    html = client.get(page.url).content.decode()
    assert 'data-player="https://www.youtube-nocookie.com/embed/Jsf4kessl3r?autoplay=1"' in html
    assert re.search(r'<div class="video-embed-frame">\s*<img src="/media/', html)
    assert re.search(r'<button type="button" class="video-embed-play" hidden>Lire la vidéo', html)
    assert '<a class="video-link" href="https://www.youtube.com/watch?v=Jsf4kessl3r"' in html
    assert "Regarder la vidéo sur youtube.com" in html
    assert '<script src="/static/testimonials/js/video-embed.js" defer></script>' in html
    assert "<iframe" not in html and "<video" not in html
    # The provider's addresses appear only where nothing loads them: the player's data attribute, the link,
    # and the structured data.
    page_without = re.sub(r'<script type="application/ld\+json">.*?</script>', "", html, flags=re.S)
    page_without = page_without.replace(
        'data-player="https://www.youtube-nocookie.com/embed/Jsf4kessl3r?autoplay=1"', ""
    )
    page_without = page_without.replace('href="https://www.youtube.com/watch?v=Jsf4kessl3r"', "")
    assert not re.search(r"youtube\.com/|youtube-nocookie|ytimg|vimeo", page_without)
    assert not re.search(r"<script(?! (src=\"/static/|type=\"application/ld\+json\"))", html)  # no inline script


def test_a_vimeo_video_loads_vimeos_player_and_another_provider_is_a_link_only(client, make_testimonial):
    page = make_testimonial(video_url="https://vimeo.com/913204571")
    html = client.get(page.url).content.decode()
    assert 'data-player="https://player.vimeo.com/video/913204571?autoplay=1&amp;dnt=1"' in html
    # No poster: the frame waits for the script, and without it the visitor has the link.
    assert '<div class="video-embed-frame" hidden>' in html

    page = make_testimonial(video_url="https://www.dailymotion.com/video/x8abcde")
    html = client.get(page.url).content.decode()
    assert "data-player" not in html and "video-embed.js" not in html
    assert '<a class="video-link" href="https://www.dailymotion.com/video/x8abcde"' in html


def test_the_site_frames_only_youtubes_privacy_enhanced_player_and_vimeos(client, make_testimonial):
    page = make_testimonial()
    policy = client.get(page.url)["Content-Security-Policy"]
    frame_src = re.search(r"frame-src ([^;]*)", policy).group(1).split()
    assert frame_src == ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]
    assert frame_src == settings.VIDEO_EMBED_ORIGINS


def test_a_guides_video_block_loads_the_player_only_when_asked(client, site):
    guides = GuideIndexPage.objects.get(locale__language_code="fr")
    guide = GuidePageFactory(parent=guides)
    guide.body.append(
        (
            "video",
            {"video": "https://youtu.be/Jsf9gill3tT", "title": "Sauvegarder en 3 minutes", "transcript": "Bonjour."},
        )
    )
    guide.save_revision().publish()
    html = client.get(guide.url).content.decode()
    assert 'data-player="https://www.youtube-nocookie.com/embed/Jsf9gill3tT?autoplay=1"' in html
    assert 'data-title="Sauvegarder en 3 minutes"' in html
    assert '<a class="video-link" href="https://youtu.be/Jsf9gill3tT"' in html
    assert "<iframe" not in html
    assert "<details><summary>Transcription</summary>" in html


def test_the_video_object_of_a_video_file(client, make_testimonial):
    fr, nl, de = captioned(make_testimonial, search_description="")
    html = client.get(nl.url).content.decode()
    data = video_object(html)
    assert data["@context"] == "https://schema.org"
    assert data["name"] == nl.title and data["description"] == nl.pull_quote
    assert data["inLanguage"] == "nl" and data["transcript"] == nl.transcript
    assert data["url"] == nl.full_url
    assert data["thumbnailUrl"][0].startswith("http://") and ".fill-960x540." in data["thumbnailUrl"][0]
    uploaded = dt.datetime.fromisoformat(data["uploadDate"])
    assert uploaded.utcoffset() is not None and uploaded == nl.first_published_at
    assert data["contentUrl"] == nl.full_url.split("/nl/")[0] + nl.video_file.url
    assert "embedUrl" not in data
    assert [caption["inLanguage"] for caption in data["caption"]] == ["nl", "fr", "de"]
    assert all(caption["encodingFormat"] == "text/vtt" for caption in data["caption"])
    response = client.get(data["caption"][0]["contentUrl"])
    assert response.status_code == 200 and b"Goeiedag" in response.content


def test_the_video_object_of_an_oembed_video(client, make_testimonial):
    page = make_testimonial(
        video_url="https://www.youtube.com/watch?v=Jsf4kessl3r", poster=ImageFactory(), captions=vtt_document()
    )
    data = video_object(client.get(page.url).content.decode())
    assert data["embedUrl"] == "https://www.youtube-nocookie.com/embed/Jsf4kessl3r?autoplay=1"
    assert "contentUrl" not in data
    assert {"name", "description", "thumbnailUrl", "uploadDate", "transcript", "caption", "inLanguage"} <= set(data)
    assert data["caption"][0]["contentUrl"].endswith(f"{page.url}captions/fr/")


def test_the_demo_has_a_short_webm_testimonial_with_captions_in_three_languages(client, demo_content):
    content = DEMO_VIDEO.read_bytes()
    assert content.startswith(WEBM_SIGNATURE) and b"webm" in content[:64]
    assert len(content) < 300_000
    french = TestimonialPage.objects.get(slug="boulangerie-lemaire-commandes-en-ligne", locale__language_code="fr")
    pages = TestimonialPage.objects.live().filter(translation_key=french.translation_key)
    assert {page.locale.language_code for page in pages} == {"fr", "nl", "de"}
    for page in pages:
        assert page.video_file.file_extension == "webm" and page.video_mime_type == "video/webm"
        html = client.get(page.url).content.decode()
        code = page.locale.language_code
        assert re.findall(r'<track [^>]*srclang="(\w+)"', html) == [
            code,
            *(c for c in ("fr", "nl", "de") if c != code),
        ]
        assert re.findall(r'<track [^>]*srclang="(\w+)"[^>]*default>', html) == [code]
        assert client.get(f"{page.url}captions/{code}/").content.startswith(b"WEBVTT")
