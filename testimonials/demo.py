"""Demo testimonials: six fictional business owners in Walloon towns, in FR with NL and DE translations.

The data is ``demo/testimonials.yaml``. Posters are drawn in code;
captions are WebVTT files written from the transcript, one per language: the
Dutch and German pages carry their own captions through wagtail-localize's
override of the synchronised ``captions`` field. One testimonial plays a real
video file (a short WebM in ``demo/media/``, made by ``bin/make-demo-video``, as
long as its captions); the others are oEmbed addresses (fictional): nothing is
fetched from the provider to build or render them.
Idempotent: testimonials are found again by slug, images and documents by
title, and translations are only added while none is live.
"""

from django.core.files.base import ContentFile
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.models import Locale

from core.demo import demo_file, generated_image, translations_to_write
from core.slugs import ascii_slug
from core.translation import save_translation, translated_copy
from guides.models import GuidePage
from taxonomy.models import Sector, Theme
from testimonials.models import TestimonialIndexPage, TestimonialPage, TestimonialRelatedGuide

SOURCE = "fr"
SECONDS_PER_CUE = 5


def webvtt(sentences):
    """WebVTT captions with one sentence a cue, five seconds each."""

    def stamp(seconds):
        return f"00:{seconds // 60:02d}:{seconds % 60:02d}.000"

    cues = [
        f"{number}\n{stamp(start)} --> {stamp(start + SECONDS_PER_CUE)}\n{sentence}"
        for number, (start, sentence) in enumerate(
            ((n * SECONDS_PER_CUE, s) for n, s in enumerate(sentences)), start=1
        )
    ]
    return "WEBVTT\n\n" + "\n\n".join(cues) + "\n"


def captions(data, language):
    Document = get_document_model()
    title = f"Sous-titres {data['company']} ({language})"
    document = Document.objects.filter(title=title).first()
    if document is None:
        content = webvtt(data[language]["transcript"]).encode()
        document = Document(title=title, file=ContentFile(content, name=f"{data['slug']}-{language}.vtt"))
        document._set_document_file_metadata()
        document.save()
    return document


def video_file(data):
    """The demo's video file as a document (found again by title), or None for an oEmbed video."""
    if "video_file" not in data:
        return None
    Document = get_document_model()
    title = f"Vidéo {data['company']}"
    document = Document.objects.filter(title=title).first()
    if document is None:
        content = demo_file(data["video_file"])
        document = Document(title=title, file=ContentFile(content, name=data["video_file"]))
        document._set_document_file_metadata()
        document.save()
    return document


def poster(data):
    return generated_image(
        f"Affiche {data['company']}",
        data["company"],
        data["colour"],
        size=(960, 540),
        font_size=56,
        subtitle=data["person"],
    )


@transaction.atomic
def build(content, stdout):
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    index = TestimonialIndexPage.objects.get(locale=locales[SOURCE])
    for data in content["testimonials"]:
        page = TestimonialPage.objects.child_of(index).filter(slug=data["slug"]).first()
        if page is None:
            page = create(index, data, locales[SOURCE])
            stdout.write(f"Created the testimonial {page.url_path}")
        for code, locale in translations_to_write(page, locales):
            texts = data[code]
            slug = texts.get("slug") or ascii_slug(texts["title"])
            copy = translated_copy(page, slug=slug, **texts_in(data, code))
            save_translation(page, locale, copy, publish=True)


def texts_in(data, language):
    """The fields of a testimonial written in each language (its captions included)."""
    texts = data[language]
    return {
        "title": texts["title"],
        "role": texts["role"],
        "town": texts["town"],
        "pull_quote": texts["quote"],
        "transcript": "\n\n".join(texts["transcript"]),
        "captions": captions(data, language),
    }


def create(index, data, locale):
    page = TestimonialPage(
        slug=data["slug"],
        person_name=data["person"],
        company=data["company"],
        sector=Sector.objects.get(locale=locale, slug=data["sector"]),
        video_url=data.get("video", ""),
        video_file=video_file(data),
        poster=poster(data),
        **texts_in(data, SOURCE),
    )
    page.themes = list(Theme.objects.filter(locale=locale, slug__in=data["themes"]))
    guides = {guide.slug: guide for guide in GuidePage.objects.filter(locale=locale, slug__in=data["guides"])}
    page.related_guides = [
        TestimonialRelatedGuide(guide=guides[slug], sort_order=n)
        for n, slug in enumerate(slug for slug in data["guides"] if slug in guides)
    ]
    index.add_child(instance=page)
    page.save_revision().publish()
    return page
