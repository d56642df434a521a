"""Demo home page and content pages: about, legal notice, accessibility statement, in FR, NL and DE.

The content pages are published under the home page of each language with
"Show in menus" ticked, so the footer links to them. The French home page gets
its main menu (guides, testimonials, agenda, self-diagnostic, sponsors), its
highlighted guides, its testimonial and its call to the self-diagnostic; the
Dutch and German home pages get them through their reviewed translations.
The data is ``demo/pages.yaml``. Runs after the guides and testimonials builders. Idempotent: pages are found
again by slug, and nothing is saved when it is already as wanted.
"""

from django.db import transaction
from wagtail.models import Locale

from agenda.models import AgendaPage
from core.demo import changed_by_people, translations_to_write
from core.translation import save_translation, translated_copy
from diagnostic.models import DiagnosticPage
from guides.models import GuideIndexPage, GuidePage
from home.models import ContentPage, HomeHighlightedGuide, HomeMenuItem, HomePage
from sponsors.models import SponsorsIndexPage
from testimonials.models import TestimonialIndexPage, TestimonialPage

SOURCE = "fr"

# The main menu of the demo, in this order: the first section of each type under the home page.
MENU = [GuideIndexPage, TestimonialIndexPage, AgendaPage, DiagnosticPage, SponsorsIndexPage]


def body(blocks, ids=None):
    """StreamField data of ``blocks`` (``{kind: value}`` each); ``ids`` (the source's ids) makes a translation."""
    data = []
    for number, block in enumerate(blocks):
        ((kind, value),) = block.items()
        if kind == "list":
            kind, value = "paragraph", "<ul>" + "".join(f"<li>{item}</li>" for item in value) + "</ul>"
        elif kind == "paragraph":
            value = f"<p>{value}</p>"
        block = {"type": kind, "value": value}
        if ids:
            block["id"] = ids[number]
        data.append(block)
    return data


@transaction.atomic
def build(data, stdout):
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    home = HomePage.objects.get(locale=locales[SOURCE])
    for page in data["pages"]:
        build_page(home, page, locales, stdout)
    build_home(home, data["home"], locales, stdout)
    link_privacy_notice(home, data["pages"], stdout)


def build_page(home, data, locales, stdout):
    texts = data[SOURCE]
    page = ContentPage.objects.child_of(home).filter(slug=texts["slug"]).first()
    if page is None:
        page = ContentPage(
            title=texts["title"],
            slug=texts["slug"],
            intro=texts["intro"],
            body=body(texts["blocks"]),
            show_in_menus=True,
        )
        home.add_child(instance=page)
        page.save_revision().publish()
        stdout.write(f"Created the content page {page.url_path}")
    ids = [block.id for block in page.body]
    for code, locale in translations_to_write(page, locales):
        texts = data[code]
        copy = translated_copy(
            page, title=texts["title"], slug=texts["slug"], intro=texts["intro"], body=body(texts["blocks"], ids)
        )
        save_translation(page, locale, copy, publish=True)


def diagnostic_call(data, language):
    """The home page's call to the self-diagnostic in ``language``: (title, text, button)."""
    texts = data["diagnostic"][language]
    return texts["title"], texts["text"], texts["button"]


def link_privacy_notice(home, pages, stdout):
    """The agenda's registration forms link to the privacy notice (the legal notice, which covers personal data)."""
    pages = {data["key"]: data[SOURCE]["slug"] for data in pages}
    slug = pages.get("privacy") or pages.get("legal")
    notice = ContentPage.objects.child_of(home).filter(slug=slug).first()
    agenda = AgendaPage.objects.child_of(home).first()
    if notice is None or agenda is None or agenda.privacy_page_id:
        return
    agenda.privacy_page = notice
    agenda.save_revision().publish()
    stdout.write(f"Linked the agenda's registration forms to {notice.url_path}")


def build_home(home, data, locales, stdout):
    guides = {guide.slug: guide for guide in GuidePage.objects.filter(locale=home.locale, slug__in=data["guides"])}
    wanted_guides = [guides[slug] for slug in data["guides"] if slug in guides]
    testimonial = TestimonialPage.objects.filter(locale=home.locale, slug=data["testimonial"]).first()
    title, text, button = diagnostic_call(data, SOURCE)
    sections = [model.objects.child_of(home).order_by("path").first() for model in MENU]
    sections = [section for section in sections if section is not None]
    current = (
        [link.guide_id for link in home.highlighted_guides.all()],
        home.featured_testimonial_id,
        (home.diagnostic_title, home.diagnostic_text, home.diagnostic_button),
        [item.link_page_id for item in home.menu_items.all()],
    )
    wanted = (
        [guide.pk for guide in wanted_guides],
        testimonial.pk if testimonial else None,
        (title, text, button),
        [section.pk for section in sections],
    )
    if current != wanted and not changed_by_people(home):
        home.highlighted_guides = [
            HomeHighlightedGuide(guide=guide, sort_order=n) for n, guide in enumerate(wanted_guides)
        ]
        home.menu_items = [HomeMenuItem(link_page=section, sort_order=n) for n, section in enumerate(sections)]
        home.featured_testimonial = testimonial
        home.diagnostic_title, home.diagnostic_text, home.diagnostic_button = title, text, button
        home.save_revision().publish()
        stdout.write(
            "Completed the home page: main menu, highlighted guides, testimonial, call to the self-diagnostic"
        )
    for code, locale in locales.items():
        translation = home.get_translation_or_none(locale)
        if code == SOURCE or translation is None or changed_by_people(translation):
            continue
        title, text, button = diagnostic_call(data, code)
        in_sync = (
            translation.live
            and not translation.has_unpublished_changes
            and (translation.diagnostic_title, translation.diagnostic_text, translation.diagnostic_button)
            == (title, text, button)
            and [link.guide_id for link in translation.highlighted_guides.all()] == wanted[0]
            and translation.featured_testimonial_id == wanted[1]
            and [item.link_page_id for item in translation.menu_items.all()] == wanted[3]
        )
        if in_sync:
            continue
        copy = translated_copy(
            home,
            title=translation.title,
            slug=translation.slug,
            hero_title=translation.hero_title,
            hero_text=translation.hero_text,
            diagnostic_title=title,
            diagnostic_text=text,
            diagnostic_button=button,
        )
        save_translation(home, locale, copy, publish=True)
