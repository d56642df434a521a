"""The slug field in Chromium: a new guide's slug is the title transliterated to ASCII, and so is a slug the
editor types with accents (Wagtail's own field would drop the letters: ``protger``)."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from guides.models import GuideIndexPage
from tests.browser.conftest import log_in, serve_site_from


@pytest.fixture
def editor_page(transactional_db, live_server, page):
    serve_site_from(live_server)
    get_user_model().objects.create_superuser("chef", "chef@example.be", "slug-pw-2026")
    log_in(page, "chef", "slug-pw-2026")
    index = GuideIndexPage.objects.get(locale__language_code="fr")
    page.goto(f"/admin/pages/add/guides/guidepage/{index.pk}/")
    return page


def test_a_new_guide_gets_an_ascii_slug_from_its_title(editor_page):
    title = editor_page.locator("#id_title")
    title.press_sequentially("Protéger ses données : l'œuvre d'une équipe")
    title.blur()
    # Wagtail's title-to-slug sync waits a moment after the last key.
    expect(editor_page.locator("#id_slug")).to_have_value("proteger-ses-donnees-loeuvre-dune-equipe")


def test_a_slug_typed_with_accents_is_transliterated_when_left(editor_page):
    editor_page.get_by_role("tab", name="Promotion").click()
    slug = editor_page.locator("#id_slug")
    slug.fill("Sécurité réseau")
    slug.blur()
    expect(slug).to_have_value("securite-reseau")
