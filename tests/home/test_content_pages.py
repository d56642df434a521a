"""The about, legal notice and accessibility pages of the demo, live in three languages and linked from the footer."""

import io

import pytest
from django.utils.html import escape

from core.demo import demo_data
from home import demo
from home.models import ContentPage

SLUGS = {
    "fr": ["a-propos", "mentions-legales", "accessibilite"],
    "nl": ["over-het-programma", "wettelijke-vermeldingen", "toegankelijkheid"],
    "de": ["ueber-das-programm", "impressum", "barrierefreiheit"],
}


@pytest.fixture
def pages(site):
    demo.build(demo_data("pages.yaml"), io.StringIO())
    return {
        code: list(ContentPage.objects.live().filter(locale__language_code=code, depth=3).order_by("path"))
        for code in SLUGS
    }


def test_the_three_pages_are_live_in_each_language(pages):
    for code, slugs in SLUGS.items():
        assert [page.slug for page in pages[code]] == slugs
        assert all(page.show_in_menus and not page.has_unpublished_changes for page in pages[code])
    fr_keys = [page.translation_key for page in pages["fr"]]
    assert [page.translation_key for page in pages["de"]] == fr_keys
    statement = pages["nl"][2]
    text = " ".join(str(block.value) for block in statement.body)
    assert "WCAG 2.1" in text and "EN 301 549" in text and "accessibilite@jesuisfantastic.be" in text
    assert "Ombudsman van Wallonië" in text
    legal = pages["de"][1]
    assert legal.title == "Impressum und Datenschutz" and "Hébergia SRL" in " ".join(str(b.value) for b in legal.body)


@pytest.mark.parametrize("language", ["fr", "nl", "de"])
def test_the_footer_links_to_the_pages_of_the_visitors_language(client, pages, language):
    home_html = client.get(f"/{language}/").content.decode()
    footer = home_html[home_html.index('<footer class="site-footer">') :]
    for page in pages[language]:
        assert f'<a href="{page.url}">{escape(page.title)}</a>' in footer
        assert page.url.startswith(f"/{language}/")
        assert client.get(page.url).status_code == 200
    other = "de" if language != "de" else "fr"
    assert pages[other][0].url not in footer


def test_the_footer_leaves_out_pages_not_shown_in_menus_and_drafts(client, pages):
    about = pages["fr"][0]
    about.show_in_menus = False
    about.save_revision().publish()
    legal = pages["fr"][1]
    legal.unpublish()
    footer = client.get("/fr/").content.decode().split('<footer class="site-footer">')[1]
    assert about.url not in footer and legal.url not in footer and pages["fr"][2].url in footer
