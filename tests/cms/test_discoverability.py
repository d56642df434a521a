"""What search engines and link previews read: canonical, hreflang, description, Open Graph and Twitter tags
and JSON-LD on every page type of the demo in every language; the sitemaps and robots.txt."""

import json
import re
from urllib.robotparser import RobotFileParser

import pytest
from bs4 import BeautifulSoup
from defusedxml import ElementTree
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from wagtail.models import Page

from agenda.models import AgendaPage, SeminarPage
from diagnostic.models import DiagnosticPage
from guides.models import GuideIndexPage, GuidePage
from home.models import ContentPage, HomePage
from sponsors.models import SponsorPage
from testimonials.models import TestimonialIndexPage, TestimonialPage
from tests.factories import GuidePageFactory

LANGUAGES = ["fr", "nl", "de"]
PAGE_TYPES = [
    HomePage,
    ContentPage,
    GuideIndexPage,
    GuidePage,
    TestimonialIndexPage,
    TestimonialPage,
    AgendaPage,
    SeminarPage,
    DiagnosticPage,
    SponsorPage,
]
OG_LOCALES = {"fr": "fr_BE", "nl": "nl_BE", "de": "de_BE"}
SITE = "http://testserver"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
WITH_OFFSET = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?[+-]\d\d:\d\d$")
SITE_DESCRIPTION = {
    "fr": "Un programme de sensibilisation aux TIC pour les petites entreprises wallonnes.",
    "nl": "Een sensibiliseringsprogramma rond ICT voor kleine Waalse ondernemingen.",
    "de": "Ein ICT-Sensibilisierungsprogramm für kleine wallonische Unternehmen.",
}


def first(model, language):
    page = model.objects.live().public().filter(locale__language_code=language).order_by("path").first()
    assert page is not None, f"the demo has no live {model.__name__} in {language}"
    if isinstance(page, SponsorPage):
        page = next(p for p in model.objects.live().public().filter(locale__language_code=language) if p.is_visible())
    return page


def head(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return BeautifulSoup(response.content, "html.parser")


def meta(soup, key):
    """The content of ``<meta property|name=key>`` (exactly one such tag)."""
    tags = soup.find_all("meta", attrs={"property": key}) + soup.find_all("meta", attrs={"name": key})
    assert len(tags) == 1, (key, tags)
    return tags[0]["content"]


def hreflangs(soup):
    links = soup.find_all("link", rel="alternate", hreflang=True)
    result = {link["hreflang"]: link["href"] for link in links}
    assert len(result) == len(links), "an hreflang is repeated"
    return result


def expected_alternates(page):
    translations = type(page).objects.live().public().filter(translation_key=page.translation_key)
    urls = {t.locale.language_code: t.full_url for t in translations}
    return urls | {"x-default": urls["fr"]}


def json_ld(soup):
    return [json.loads(script.string) for script in soup.find_all("script", type="application/ld+json")]


def of_type(objects, kind):
    found = [o for o in objects if o.get("@type") == kind]
    assert len(found) == 1, (kind, objects)
    return found[0]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_every_page_type_tells_search_engines_and_previews_what_it_is(client, content, model, language):
    page = first(model, language)
    soup = head(client, page.url)
    canonical = soup.find_all("link", rel="canonical")
    assert [link["href"] for link in canonical] == [page.full_url] and page.full_url.startswith(SITE)
    alternates = hreflangs(soup)
    assert alternates == expected_alternates(page)
    assert alternates[language] == page.full_url and alternates["x-default"].startswith(f"{SITE}/fr/")

    description = meta(soup, "description")
    own = page.search_description or getattr(page, "summary", "") or getattr(page, "intro", "")
    own = own or getattr(page, "pull_quote", "")
    assert description == (" ".join(own.split()) if own else SITE_DESCRIPTION[language])

    assert meta(soup, "og:title") == (page.seo_title or page.title)
    assert meta(soup, "og:description") == description
    assert meta(soup, "og:url") == page.full_url
    assert meta(soup, "og:type") == ("article" if model is GuidePage else "website")
    assert meta(soup, "og:locale") == OG_LOCALES[language]
    others = {OG_LOCALES[code] for code in alternates if code not in (language, "x-default")}
    assert {tag["content"] for tag in soup.find_all("meta", property="og:locale:alternate")} == others
    image = meta(soup, "og:image")
    assert image.startswith(SITE)
    if model is TestimonialPage and page.poster_id or model is SponsorPage and page.sponsor.logo_id:
        assert "/icons/" not in image and "images/" in image
        # Described in the page's language, not by the image library's (French) title.
        assert meta(soup, "og:image:alt") == (page.title if model is TestimonialPage else page.sponsor.name)
    else:
        assert image.endswith("/icons/icon-512.png")
    assert meta(soup, "twitter:card") in ("summary", "summary_large_image")
    assert meta(soup, "twitter:title") == meta(soup, "og:title")
    assert meta(soup, "twitter:description") == description
    assert meta(soup, "twitter:image") == image

    objects = json_ld(soup)
    organization = of_type(objects, "Organization")
    assert organization["@context"] == "https://schema.org"
    assert organization["name"] == "jesuisfantasTIC" and organization["url"] == f"{SITE}/"
    assert organization["logo"].startswith(SITE)
    if model is GuidePage:
        check_article(of_type(objects, "Article"), page, language)
    if model is SeminarPage:
        check_event(of_type(objects, "Event"), page)


def check_article(article, page, language):
    assert article["@context"] == "https://schema.org"
    assert article["headline"] == page.title
    assert WITH_OFFSET.match(article["datePublished"]) and WITH_OFFSET.match(article["dateModified"])
    assert article["datePublished"] == timezone.localtime(page.first_published_at).replace(microsecond=0).isoformat()
    assert article["dateModified"] >= article["datePublished"]
    for role in ("author", "publisher"):
        assert article[role]["@type"] == "Organization" and article[role]["name"] == "jesuisfantasTIC"
    assert article["publisher"]["logo"].startswith(SITE)
    assert article["inLanguage"] == language
    assert article["image"].startswith(SITE)
    assert article["mainEntityOfPage"] == page.full_url


def check_event(event, page):
    assert event["@context"] == "https://schema.org"
    assert event["name"] == page.title and event["url"] == page.full_url
    assert WITH_OFFSET.match(event["startDate"]) and WITH_OFFSET.match(event["endDate"])
    assert event["startDate"] == timezone.localtime(page.start).replace(microsecond=0).isoformat()
    assert event["endDate"] == timezone.localtime(page.end).replace(microsecond=0).isoformat()
    status = {"scheduled": "EventScheduled", "cancelled": "EventCancelled", "postponed": "EventPostponed"}
    assert event["eventStatus"] == f"https://schema.org/{status[page.status]}"
    locations = event["location"] if isinstance(event["location"], list) else [event["location"]]
    places = [location for location in locations if location["@type"] == "Place"]
    online = [location for location in locations if location["@type"] == "VirtualLocation"]
    if page.venue_id:
        (place,) = places
        address = place["address"]
        assert address["@type"] == "PostalAddress" and address["addressCountry"] == "BE"
        assert address["streetAddress"] and address["postalCode"] and address["addressLocality"] and place["name"]
    if page.online_link:
        assert [location["url"] for location in online] == [page.online_link]
    mode = "Mixed" if places and online else "Offline" if places else "Online"
    assert event["eventAttendanceMode"] == f"https://schema.org/{mode}EventAttendanceMode"
    assert event["organizer"]["@type"] == "Organization" and event["organizer"]["url"] == f"{SITE}/"
    offers = event["offers"]
    assert offers["@type"] == "Offer" and offers["price"] == "0" and offers["priceCurrency"] == "EUR"
    assert offers["availability"] == "https://schema.org/InStock"


def seminar_json_ld(client, seminar):
    return of_type(json_ld(head(client, seminar.url)), "Event")


def test_a_cancelled_or_postponed_session_says_so_to_search_engines(client, content):
    seminar = first(SeminarPage, "nl")
    for status, schema in [("cancelled", "EventCancelled"), ("postponed", "EventPostponed")]:
        SeminarPage.objects.filter(pk=seminar.pk).update(status=status)
        assert seminar_json_ld(client, seminar)["eventStatus"] == f"https://schema.org/{schema}"


def test_an_online_session_is_a_virtual_location(client, content):
    seminar = first(SeminarPage, "de")
    SeminarPage.objects.filter(pk=seminar.pk).update(venue=None, online_link="https://meet.example.be/tic")
    event = seminar_json_ld(client, seminar)
    assert event["location"] == {"@type": "VirtualLocation", "url": "https://meet.example.be/tic"}
    assert event["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    check_event(event, SeminarPage.objects.get(pk=seminar.pk))


def test_a_session_without_seats_left_is_sold_out(client, content, monkeypatch):
    """Seats are counted by registrations (``seats_left``); none left is SoldOut, any left InStock."""
    seminar = first(SeminarPage, "fr")
    monkeypatch.setattr(SeminarPage, "seats_left", 0, raising=False)
    assert seminar_json_ld(client, seminar)["offers"]["availability"] == "https://schema.org/SoldOut"
    monkeypatch.setattr(SeminarPage, "seats_left", 3, raising=False)
    assert seminar_json_ld(client, seminar)["offers"]["availability"] == "https://schema.org/InStock"


def test_a_search_description_wins_over_the_summary(client, content):
    guide = first(GuidePage, "nl")
    GuidePage.objects.filter(pk=guide.pk).update(search_description="Alles over e-facturen.")
    soup = head(client, guide.url)
    assert meta(soup, "description") == meta(soup, "og:description") == "Alles over e-facturen."


def test_a_filtered_listing_is_canonical_to_the_unfiltered_one_and_keeps_its_page_number(client, content):
    index = first(GuideIndexPage, "fr")
    theme = GuidePage.objects.live().filter(locale=index.locale).first().themes.first()
    soup = head(client, f"{index.url}?theme={theme.slug}&utm_source=x")
    assert soup.find("link", rel="canonical")["href"] == index.full_url
    soup = head(client, f"{index.url}?page=2&theme={theme.slug}")
    assert soup.find("link", rel="canonical")["href"] == f"{index.full_url}?page=2"
    assert meta(soup, "og:url") == f"{index.full_url}?page=2"
    assert hreflangs(soup) == {code: f"{url}?page=2" for code, url in expected_alternates(index).items()}
    soup = head(client, f"{index.url}?page=1")
    assert soup.find("link", rel="canonical")["href"] == index.full_url
    agenda = first(AgendaPage, "nl")
    soup = head(client, f"{agenda.url}?archive=1")
    assert soup.find("link", rel="canonical")["href"] == agenda.full_url


def test_diagnostic_steps_point_to_the_diagnostic_and_stay_out_of_the_index(client, content):
    diagnostic = first(DiagnosticPage, "de")
    soup = head(client, f"{diagnostic.url}step/0/")
    assert soup.find("link", rel="canonical")["href"] == diagnostic.full_url
    assert meta(soup, "robots") == "noindex"
    assert not head(client, diagnostic.url).find("meta", attrs={"name": "robots"})


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_and_missing_pages_have_the_sites_defaults(client, content, language):
    search = head(client, f"/{language}/search/?q=facture&page=2")
    assert search.find("link", rel="canonical")["href"] == f"{SITE}/{language}/search/"
    assert hreflangs(search) == {code: f"{SITE}/{code}/search/" for code in LANGUAGES} | {
        "x-default": f"{SITE}/fr/search/"
    }
    assert meta(search, "robots") == "noindex"
    missing = BeautifulSoup(client.get(f"/{language}/no-such-page/").content, "html.parser")
    for soup in (search, missing):
        assert meta(soup, "description") == meta(soup, "og:description") == SITE_DESCRIPTION[language]
        assert meta(soup, "og:locale") == OG_LOCALES[language]
        assert meta(soup, "og:image").endswith("/icons/icon-512.png")
        assert meta(soup, "twitter:card") == "summary"
        assert of_type(json_ld(soup), "Organization")["name"] == "jesuisfantasTIC"
        assert meta(soup, "robots") == "noindex"
    assert not missing.find("link", rel="canonical")


def visible_pages(language):
    """Every page of the language a visitor can open: live, no view restriction, not a sponsor out of contract."""
    pages = Page.objects.live().public().filter(locale__language_code=language, depth__gt=1).specific()
    return [page for page in pages if not isinstance(page, SponsorPage) or page.is_visible()]


def sitemap_entries(client, language):
    response = client.get(f"/sitemap-{language}.xml")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/xml")
    root = ElementTree.fromstring(response.content)
    entries = {}
    for url in root.findall(f"{SITEMAP}url"):
        loc = url.find(f"{SITEMAP}loc").text
        assert loc not in entries
        links = url.findall(f"{XHTML}link")
        assert all(link.get("rel") == "alternate" for link in links)
        entries[loc] = {link.get("hreflang"): link.get("href") for link in links}
        assert len(entries[loc]) == len(links)
    return entries


def test_the_sitemap_index_names_one_sitemap_per_language(client, content):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/xml")
    root = ElementTree.fromstring(response.content)
    assert root.tag == f"{SITEMAP}sitemapindex"
    locs = [sitemap.find(f"{SITEMAP}loc").text for sitemap in root.findall(f"{SITEMAP}sitemap")]
    assert locs == [f"{SITE}/sitemap-{code}.xml" for code in LANGUAGES]
    assert client.get("/sitemap-en.xml").status_code == 404


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_sitemap_lists_exactly_the_pages_anyone_can_open_with_their_translations(client, content, language):
    entries = sitemap_entries(client, language)
    pages = visible_pages(language)
    assert set(entries) == {page.full_url for page in pages}
    assert len(pages) > 20  # every section of the demo
    for page in pages:
        assert entries[page.full_url] == expected_alternates(page), page
    hidden = [content["draft"], content["private"]]
    assert not {page.full_url for page in hidden} & set(entries)
    assert not any("/result/" in url or "/search/" in url for url in entries)
    sponsors = SponsorPage.objects.live().filter(locale__language_code=language)
    out_of_contract = [page for page in sponsors if not page.is_visible()]
    assert not {page.full_url for page in out_of_contract} & set(entries)


def test_the_sitemap_costs_the_same_queries_for_more_pages(client, content):
    def queries():
        with CaptureQueriesContext(connection) as context:
            assert client.get("/sitemap-fr.xml").status_code == 200
        return len(context)

    queries()  # the first request caches the site's root paths
    before = queries()
    index = GuideIndexPage.objects.get(locale__language_code="fr")
    for number in range(3):
        GuidePageFactory(parent=index, locale=index.locale, title=f"Guide {number}").save_revision().publish()
    assert queries() == before
    assert len(sitemap_entries(client, "fr")) == len(visible_pages("fr"))


def test_robots_txt_points_to_the_sitemap_and_keeps_private_and_endless_addresses_out(client, content):
    response = client.get("/robots.txt")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/plain")
    robots = RobotFileParser()
    robots.parse(response.content.decode().splitlines())
    assert robots.site_maps() == [f"{SITE}/sitemap.xml"]
    diagnostics = {language: first(DiagnosticPage, language) for language in LANGUAGES}
    refused = ["/admin/", "/admin/pages/", "/api/v2/preview/?token=abc", "/fr/search/?q=facture", "/de/search/"]
    refused += [f"{page.url}result/some-token/" for page in diagnostics.values()]
    for path in refused:
        assert not robots.can_fetch("Googlebot", f"{SITE}{path}"), path
    allowed = [first(model, language).url for model in PAGE_TYPES for language in LANGUAGES]
    allowed += ["/sitemap.xml", "/api/v2/pages/", f"{diagnostics['nl'].url}step/0/"]
    for path in allowed:
        assert robots.can_fetch("Googlebot", f"{SITE}{path}"), path


def test_the_organization_is_described_in_the_pages_language(client, content):
    with translation.override("nl"):
        soup = head(client, first(HomePage, "nl").url)
    assert of_type(json_ld(soup), "Organization")["description"] == SITE_DESCRIPTION["nl"]
