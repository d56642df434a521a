"""The header's menu, the breadcrumbs, the footer, the language switcher, listing titles and the focus outline."""

import json
import re
from pathlib import Path

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site

from agenda.models import AgendaPage
from core.translation import save_translation, translated_copy
from diagnostic.models import DiagnosticPage
from guides.models import GuideIndexPage
from home.models import ContentPage, HomeMenuItem, HomePage
from home.navigation import navigation
from sponsors.models import SponsorPage, SponsorsIndexPage
from taxonomy.models import Theme
from testimonials.models import TestimonialIndexPage
from tests.diagnostic.example import QUESTIONNAIRE
from tests.factories import GuidePageFactory, PartnerFactory, SponsorFactory, make_seminar

CSS = Path(__file__).resolve().parents[2] / "cms" / "static" / "css" / "site.css"


def section(model, code):
    return model.objects.get(locale__language_code=code)


def html_of(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, url
    return response.content.decode()


def between(html, start, end):
    begin = html.index(start)
    return html[begin : html.index(end, begin)]


def menu_of(html):
    """The main menu's links in order: [(href, text, aria-current or None)]."""
    if 'class="main-menu"' not in html:
        return []
    menu = between(html, '<nav class="main-menu"', "</nav>")
    return [
        (href, text, current or None)
        for href, current, text in re.findall(r'<a href="([^"]+)"(?: aria-current="(\w+)")?>([^<]+)</a>', menu)
    ]


def title_of(html):
    return re.search(r"<title>(.*?)</title>", html, re.S).group(1)


@pytest.fixture
def menu(site, locales):
    """The French home's menu: the agenda, then the guides under another label; reviewed in Dutch."""
    home = HomePage.objects.get(locale=locales["fr"])
    home.menu_items = [
        HomeMenuItem(link_page=section(AgendaPage, "fr"), sort_order=0),
        HomeMenuItem(link_page=section(GuideIndexPage, "fr"), label="Les fiches", sort_order=1),
    ]
    home.save_revision().publish()
    home = HomePage.objects.get(pk=home.pk)
    nl_home = home.get_translation(locales["nl"])
    copy = HomePage.objects.get(pk=home.pk)
    items = list(copy.menu_items.all())
    items[1].label = "De fiches"
    copy.menu_items = items
    copy.title, copy.slug, copy.hero_title, copy.hero_text = (
        nl_home.title,
        nl_home.slug,
        nl_home.hero_title,
        nl_home.hero_text,
    )
    save_translation(home, locales["nl"], copy, publish=True)
    return home


def test_the_menu_shows_the_editors_sections_in_their_order_in_each_language(client, menu):
    assert menu_of(html_of(client, "/fr/")) == [
        ("/fr/agenda/", "Agenda", None),
        ("/fr/fiches-pratiques/", "Les fiches", None),
    ]
    assert menu_of(html_of(client, "/nl/")) == [
        ("/nl/agenda/", "Agenda", None),
        ("/nl/praktische-fiches/", "De fiches", None),
    ]
    # Each language's home has its own items; German has none until its home is translated again.
    assert menu_of(html_of(client, "/de/")) == []


def test_the_menu_marks_the_current_section(client, menu, locales):
    assert ("/fr/agenda/", "Agenda", "page") in menu_of(html_of(client, "/fr/agenda/"))
    guide = GuidePageFactory(parent=section(GuideIndexPage, "fr"), title="Sécuriser le wifi")
    assert ("/fr/fiches-pratiques/", "Les fiches", "true") in menu_of(html_of(client, guide.url))


def test_reordering_the_items_reorders_the_menu(client, menu):
    items = list(menu.menu_items.all())
    items[0].sort_order, items[1].sort_order = 1, 0
    menu.menu_items = items
    menu.save_revision().publish()
    assert [text for _href, text, _c in menu_of(html_of(client, "/fr/"))] == ["Les fiches", "Agenda"]


def test_an_item_whose_page_is_unpublished_in_the_language_is_left_out(client, menu, locales):
    section(AgendaPage, "nl").unpublish()
    assert [text for _href, text, _c in menu_of(html_of(client, "/nl/"))] == ["De fiches"]
    assert [text for _href, text, _c in menu_of(html_of(client, "/fr/"))] == ["Agenda", "Les fiches"]


def test_the_header_has_a_search_box_to_the_language_s_search_page_and_a_menu_button(client, menu):
    html = html_of(client, "/nl/agenda/")
    header = between(html, '<header class="site-header">', "</header>")
    assert '<form class="header-search" role="search" method="get" action="/nl/search/">' in header
    assert '<input id="header-search-q" type="search" name="q" required>' in header
    assert '<label for="header-search-q">' in header
    assert 'aria-expanded="false" aria-controls="site-menu" hidden>Menu</button>' in header
    assert '<script src="/static/cms/js/menu.js" defer></script>' in html
    assert html.index('class="skip-link" href="#main"') < html.index('<header class="site-header">')


def crumbs_of(html):
    if 'class="breadcrumbs"' not in html:
        return []
    nav = between(html, '<nav class="breadcrumbs"', "</nav>")
    return re.findall(r'<a href="([^"]+)"(?: aria-current="page")?>([^<]+)</a>', nav), nav


def json_ld_breadcrumbs(html):
    for data in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S):
        parsed = json.loads(data)
        if parsed.get("@type") == "BreadcrumbList":
            return parsed
    return None


@pytest.fixture
def pages_of_each_type(site, locales):
    """One page of each type below the French home, besides the sections of `setup_site`."""
    guide = GuidePageFactory(parent=section(GuideIndexPage, "fr"), title="Sécuriser le wifi", slug="wifi")
    seminar = make_seminar(title="Séminaire sécurité")
    seminar.save_revision().publish()
    sponsor = SponsorFactory(name="Nuvalis", website="https://nuvalis.example/")
    area = section(SponsorsIndexPage, "fr").add_child(
        instance=SponsorPage(title="Nuvalis, notre sponsor", sponsor=sponsor, slug="nuvalis")
    )
    area.save_revision().publish()
    home = HomePage.objects.get(locale=locales["fr"])
    about = home.add_child(instance=ContentPage(title="À propos", slug="a-propos", show_in_menus=True))
    about.save_revision().publish()
    return {
        "guide index": (section(GuideIndexPage, "fr"), []),
        "guide": (guide, [section(GuideIndexPage, "fr")]),
        "testimonial index": (section(TestimonialIndexPage, "fr"), []),
        "agenda": (section(AgendaPage, "fr"), []),
        "seminar": (seminar, [section(AgendaPage, "fr")]),
        "self-diagnostic": (section(DiagnosticPage, "fr"), []),
        "sponsors": (section(SponsorsIndexPage, "fr"), []),
        "sponsor area": (area, [section(SponsorsIndexPage, "fr")]),
        "content page": (about, []),
    }


def test_breadcrumbs_lead_from_the_home_page_to_each_page_with_their_json_ld(client, pages_of_each_type):
    for kind, (page, parents) in pages_of_each_type.items():
        html = html_of(client, page.url)
        links, nav = crumbs_of(html)
        expected = (
            [("/fr/", "Accueil")] + [(parent.url, parent.title) for parent in parents] + [(page.url, page.title)]
        )
        assert [(href, text.replace("&#x27;", "'")) for href, text in links] == expected, kind
        assert 'aria-label="Fil d’Ariane"' in nav, kind
        assert f'<a href="{page.url}" aria-current="page">' in nav, kind
        data = json_ld_breadcrumbs(html)
        assert data["@context"] == "https://schema.org", kind
        assert [item["position"] for item in data["itemListElement"]] == list(range(1, len(expected) + 1))
        assert [item["item"] for item in data["itemListElement"]] == [
            f"http://testserver{url}" for url, _t in expected
        ]
        assert data["itemListElement"][-1]["name"] == page.title
    home = html_of(client, "/fr/")
    assert 'class="breadcrumbs"' not in home and json_ld_breadcrumbs(home) is None


def test_the_dutch_breadcrumbs_are_in_dutch(client, site, locales):
    html = html_of(client, "/nl/praktische-fiches/")
    links, nav = crumbs_of(html)
    assert links == [("/nl/", "Home"), ("/nl/praktische-fiches/", "Praktische fiches")]
    assert 'aria-label="Kruimelpad"' in nav


def test_the_footer_links_the_content_pages_partners_and_sponsors(client, pages_of_each_type):
    PartnerFactory(name="Agence du Numérique", website="https://www.adn.example/")
    html = html_of(client, pages_of_each_type["guide"][0].url)
    footer = html[html.index('<footer class="site-footer">') :]
    assert '<a href="/fr/a-propos/">À propos</a>' in footer
    assert "Agence du Numérique" in footer and "Nuvalis" in footer


def test_a_sponsor_credit_on_a_guide_leads_to_the_sponsor_s_area(client, pages_of_each_type):
    guide, _parents = pages_of_each_type["guide"]
    area, _parents = pages_of_each_type["sponsor area"]
    guide.sponsor = area.sponsor
    guide.save_revision().publish()
    html = html_of(client, guide.url)
    credit = between(html, '<aside class="sponsor-credit">', "</aside>")
    assert f'<a href="{area.url}">' in credit and "nuvalis.example" not in credit
    seminar, _parents = pages_of_each_type["seminar"]
    seminar.sponsor = area.sponsor
    seminar.save_revision().publish()
    credit = between(html_of(client, seminar.url), '<aside class="sponsor-credit">', "</aside>")
    assert f'<a href="{area.url}">' in credit
    assert 'href="https://nuvalis.example/"' in html_of(client, area.url)


# The language switcher --------------------------------------------------------


def switcher_of(html):
    nav = between(html, '<nav class="language-switcher"', "</nav>")
    return {code: href.replace("&amp;", "&") for href, code in re.findall(r'<a href="([^"]+)" hreflang="(\w+)"', nav)}


def test_the_switcher_keeps_the_filters_and_the_page_number(client, site):
    links = switcher_of(html_of(client, "/fr/fiches-pratiques/?theme=security&sector=retail&page=2"))
    assert links["nl"] == "/nl/praktische-fiches/?theme=security&sector=retail&page=2"
    assert links["de"] == "/de/praxisleitfaeden/?theme=security&sector=retail&page=2"
    assert switcher_of(html_of(client, "/nl/agenda/?archive=1"))["fr"] == "/fr/agenda/?archive=1"


def test_the_switcher_keeps_the_search_query(client, site):
    links = switcher_of(html_of(client, "/fr/search/?q=factures+%C3%A9lectroniques&type=guide"))
    assert links["nl"] == "/nl/search/?q=factures+%C3%A9lectroniques&type=guide"
    assert links["de"] == "/de/search/?q=factures+%C3%A9lectroniques&type=guide"


def test_the_switcher_sends_a_diagnostic_step_to_the_same_step(client, site, locales):
    page = DiagnosticPage.objects.get(locale=locales["fr"])
    page.questionnaire = QUESTIONNAIRE
    page.save_revision().publish()
    nl = DiagnosticPage.objects.get(locale=locales["nl"])
    save_translation(page, locales["nl"], translated_copy(page, title=nl.title, slug=nl.slug))
    links = switcher_of(html_of(client, "/fr/autodiagnostic/step/1/"))
    assert links["nl"] == "/nl/zelfdiagnose/step/1/" and links["de"] == "/de/selbstdiagnose/step/1/"
    assert "<legend>" in html_of(client, links["nl"])
    assert switcher_of(html_of(client, "/fr/autodiagnostic/"))["nl"] == "/nl/zelfdiagnose/"


def test_the_switcher_on_a_page_not_found_goes_to_the_homes(client, site):
    html = client.get("/fr/nulle-part/").content.decode()
    assert switcher_of(html) == {"nl": "/nl/", "de": "/de/"}


# Titles of listings -----------------------------------------------------------


def test_listings_by_filter_and_page_number_have_distinct_titles(client, site, locales, monkeypatch):
    monkeypatch.setattr(GuideIndexPage, "per_page", 1)
    index = section(GuideIndexPage, "fr")
    security = Theme.objects.get(slug="security", locale=locales["fr"])
    for _number in range(3):
        guide = GuidePageFactory(parent=index)
        guide.themes = [security]
        guide.save_revision().publish()
    titles = {
        url: title_of(html_of(client, url))
        for url in [
            "/fr/fiches-pratiques/",
            "/fr/fiches-pratiques/?page=2",
            "/fr/fiches-pratiques/?theme=security",
            "/fr/fiches-pratiques/?theme=security&page=3",
            "/fr/temoignages/",
            "/fr/agenda/",
            "/fr/agenda/?archive=1",
            "/fr/agenda/?kind=thematic-seminar",
            "/fr/search/?q=wifi",
            "/fr/search/?q=wifi&page=2",
        ]
    }
    assert titles["/fr/fiches-pratiques/?page=2"] == f"{index.title} — page 2 — jesuisfantasTIC"
    assert titles["/fr/fiches-pratiques/?theme=security"] == f"{index.title} — Sécurité — jesuisfantasTIC"
    assert (
        titles["/fr/fiches-pratiques/?theme=security&page=3"] == f"{index.title} — Sécurité — page 3 — jesuisfantasTIC"
    )
    assert titles["/fr/agenda/?archive=1"] == "Agenda — sessions passées — jesuisfantasTIC"
    assert titles["/fr/agenda/?kind=thematic-seminar"].startswith("Agenda — Séminaire")
    assert titles["/fr/search/?q=wifi&page=2"].endswith("wifi — page 2 — jesuisfantasTIC")
    assert len(set(titles.values())) == len(titles)
    nl = title_of(html_of(client, "/nl/praktische-fiches/?page=1&theme=security"))
    assert nl == "Praktische fiches — Beveiliging — jesuisfantasTIC"
    assert title_of(html_of(client, "/nl/search/?q=wifi&page=2")).endswith("wifi — pagina 2 — jesuisfantasTIC")


# Few queries, cached per request ------------------------------------------------


def navigation_queries(page, path):
    request = RequestFactory().get(path)
    # What Wagtail has looked up before any template runs: the request's site and the sites' root paths.
    Site.find_for_request(request)
    Site.get_site_root_paths()
    with CaptureQueriesContext(connection) as queries:
        nav = navigation(request, page)
        nav.menu, nav.breadcrumbs, nav.footer_pages, nav.breadcrumb_list(), nav.switcher()
        assert navigation(request, page).menu is nav.menu  # a second use in the same request asks nothing more
    return [query["sql"][:150] for query in queries.captured_queries], nav


def test_the_navigation_takes_a_handful_of_queries_whatever_the_number_of_items(site, menu, pages_of_each_type):
    guide, _parents = pages_of_each_type["guide"]
    guide = Page.objects.get(pk=guide.pk).specific
    few, nav = navigation_queries(guide, guide.url)
    assert len(nav.menu) == 2 and len(nav.breadcrumbs) == 3 and len(nav.footer_pages) == 1
    for number, (page, _p) in enumerate(pages_of_each_type.values()):
        HomeMenuItem.objects.create(page=menu, link_page=page, sort_order=10 + number, locale=menu.locale)
    guide = Page.objects.get(pk=guide.pk).specific
    many, nav = navigation_queries(guide, guide.url)
    assert len(nav.menu) == 2 + len(pages_of_each_type)
    assert len(many) == len(few) <= 8, many


# Focus outline contrast ---------------------------------------------------------


def luminance(hex_colour):
    channels = [int(hex_colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a, b):
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def expand(colour, variables):
    colour = colour.strip()
    match = re.fullmatch(r"var\((--[\w-]+)\)", colour)
    colour = variables[match.group(1)] if match else colour
    if len(colour) == 4:
        colour = "#" + "".join(c * 2 for c in colour[1:])
    return colour.lower()


def test_the_contrast_formula_gives_the_known_failures():
    # The former orange outline: 2.03:1 on white, 1.86:1 on the header's grey.
    assert round(contrast("#f5a623", "#ffffff"), 2) == 2.03
    assert round(contrast("#f5a623", "#f3f5f8"), 2) == 1.86


# Focusable elements draw their own background inside the white ring: the outline never touches it.
FOCUSABLE = re.compile(r"(^|[\s,])(\.button|\.menu-toggle|\.skip-link|button|input|select|a)\b[^,]*$")


def test_the_focus_outline_reaches_3_to_1_on_every_background():
    sheets = [CSS, *CSS.parents[3].glob("*/static/*/*.css")]
    css = "\n".join(path.read_text() for path in sheets if "swagger" not in path.name)
    variables = dict(re.findall(r"(--[\w-]+):\s*(#[0-9a-fA-F]{3,6})", css))
    rules = re.findall(r"([^{}]+)\{([^}]*)\}", css)
    outlines, rings, backgrounds = set(), set(), {"#ffffff"}
    for selector, body in rules:
        for colour in re.findall(r"outline:\s*\d+px solid (#[0-9a-fA-F]{3,6}|var\(--[\w-]+\))", body):
            outlines.add(expand(colour, variables))
        for colour in re.findall(r"box-shadow:\s*0 0 0 \d+px (#[0-9a-fA-F]{3,6})", body):
            rings.add(expand(colour, variables))
        backgrounds_here = re.findall(r"background(?:-color)?:\s*(#[0-9a-fA-F]{3,6}|var\(--[\w-]+\))", body)
        if backgrounds_here and not all(FOCUSABLE.search(part.strip()) for part in selector.split(",")):
            backgrounds |= {expand(colour, variables) for colour in backgrounds_here}
    assert outlines == {"#1b1f24"} and rings == {"#ffffff"}
    assert {"#ffffff", "#f3f5f8", "#e8f4ea", "#fdf1dc"} <= backgrounds
    for background in backgrounds | rings:
        assert contrast("#1b1f24", background) >= 3, background
