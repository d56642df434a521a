"""The Atom feed of new guides in each language, the agenda's calendar link, the icons and the web app manifest."""

import io
import json

import pytest
from bs4 import BeautifulSoup
from defusedxml import ElementTree
from PIL import Image

from agenda.models import AgendaPage, SeminarPage
from guides.feeds import FEED_SIZE
from guides.models import GuideIndexPage, GuidePage
from home.models import HomePage

LANGUAGES = ["fr", "nl", "de"]
ATOM = "{http://www.w3.org/2005/Atom}"
SITE = "http://testserver"


def feed(client, language):
    response = client.get(f"/{language}/guides.atom")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return ElementTree.fromstring(response.content)


def page_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_atom_feed_lists_the_new_guides_of_its_language_only(client, content, language):
    root = feed(client, language)
    assert root.tag == f"{ATOM}feed"
    entries = root.findall(f"{ATOM}entry")
    guides = GuidePage.objects.live().public().filter(locale__language_code=language)
    newest = list(guides.order_by("-first_published_at", "pk")[:FEED_SIZE])
    assert 3 <= len(entries) == len(newest)
    assert [entry.find(f"{ATOM}title").text for entry in entries] == [guide.title for guide in newest]
    links = [entry.find(f"{ATOM}link").get("href") for entry in entries]
    assert links == [guide.full_url for guide in newest]
    assert all(link.startswith(f"{SITE}/{language}/") for link in links)
    assert [entry.find(f"{ATOM}summary").text for entry in entries] == [guide.summary for guide in newest]
    assert all(entry.find(f"{ATOM}published").text for entry in entries)
    index = GuideIndexPage.objects.get(locale__language_code=language)
    assert root.find(f"{ATOM}link[@rel='alternate']").get("href") == index.full_url
    titles = {entry.find(f"{ATOM}title").text for entry in entries}
    assert content["draft"].title not in titles and content["private"].title not in titles
    other = GuidePage.objects.live().exclude(locale__language_code=language).values_list("title", flat=True)
    assert not titles & (set(other) - set(guides.values_list("title", flat=True)))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_guide_index_and_home_page_link_their_languages_feed(client, content, language):
    for model in (GuideIndexPage, HomePage):
        page = model.objects.get(locale__language_code=language)
        links = page_of(client, page.url).find_all("link", rel="alternate", type="application/atom+xml")
        assert [link["href"] for link in links] == [f"/{language}/guides.atom"]
        assert links[0]["title"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_agenda_links_its_calendar(client, content, language):
    agenda = AgendaPage.objects.get(locale__language_code=language)
    soup = page_of(client, agenda.url)
    (link,) = soup.find_all("link", rel="alternate", type="text/calendar")
    visible = soup.find("main").find("a", href=link["href"])
    assert visible is not None and visible.get_text(strip=True)
    response = client.get(link["href"])
    assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")
    upcoming = SeminarPage.objects.live().filter(locale=agenda.locale).upcoming()
    assert upcoming and all(seminar.title in response.content.decode() for seminar in upcoming[:3])


ICONS = [
    ("/favicon.ico", "image/x-icon", "ICO", (48, 48)),
    ("/apple-touch-icon.png", "image/png", "PNG", (180, 180)),
    ("/icon-192.png", "image/png", "PNG", (192, 192)),
    ("/icon-512.png", "image/png", "PNG", (512, 512)),
]


@pytest.mark.parametrize(("path", "content_type", "image_format", "size"), ICONS)
def test_the_icons_are_served_from_the_sites_root(client, path, content_type, image_format, size):
    response = client.get(path)
    assert response.status_code == 200 and response["Content-Type"] == content_type
    image = Image.open(io.BytesIO(b"".join(response.streaming_content)))
    assert image.format == image_format and image.size == size
    assert "max-age" in response["Cache-Control"]


def test_the_favicon_holds_the_sizes_browsers_ask_for(client):
    image = Image.open(io.BytesIO(b"".join(client.get("/favicon.ico").streaming_content)))
    assert {(16, 16), (32, 32), (48, 48)} <= set(image.info["sizes"])


def test_an_unknown_icon_is_not_found(client, db):
    assert client.get("/icon-64.png").status_code == 404


def test_the_web_app_manifest_names_the_site_and_its_icons(client, site):
    response = client.get("/site.webmanifest")
    assert response.status_code == 200 and response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert manifest["name"] == "jesuisfantasTIC" and manifest["start_url"] == "/"
    sizes = set()
    for icon in manifest["icons"]:
        served = client.get(icon["src"])
        assert served.status_code == 200 and served["Content-Type"] == icon["type"]
        image = Image.open(io.BytesIO(b"".join(served.streaming_content)))
        assert icon["sizes"] == f"{image.width}x{image.height}"
        sizes.add(image.width)
    assert {192, 512} <= sizes


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_links_the_icons_and_the_manifest(client, site, language):
    soup = page_of(client, f"/{language}/")
    assert soup.find("link", rel="icon", href="/favicon.ico")
    assert soup.find("link", rel="apple-touch-icon")["href"] == "/apple-touch-icon.png"
    assert soup.find("link", rel="manifest")["href"] == "/site.webmanifest"
    missing = BeautifulSoup(client.get(f"/{language}/no-such-page/").content, "html.parser")
    assert missing.find("link", rel="manifest")["href"] == "/site.webmanifest"
