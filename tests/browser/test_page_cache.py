"""The page cache in Chromium: a visitor reads a guide from the cache, an editor publishes a change, the
visitor's reload shows it."""

import re
import uuid

import pytest
from django.contrib.auth import get_user_model

from guides.models import GuideIndexPage, GuidePage
from tests.browser.conftest import log_in, serve_site_from
from tests.factories import GuidePageFactory

PASSWORD = "cache-pw-2026"
SUMMARY = "Les critères pour choisir un logiciel de facturation."
NEW_SUMMARY = "Les critères pour choisir un logiciel prêt pour la facturation électronique."


@pytest.fixture
def cached_site(transactional_db, live_server, settings):
    """The site with the page cache of `make run` (local memory) switched on, one live guide and an administrator."""
    settings.PAGE_CACHE_SECONDS = 300
    settings.CACHES = {
        **settings.CACHES,
        "pagecache": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": uuid.uuid4().hex},
    }
    serve_site_from(live_server)
    get_user_model().objects.create_superuser("admin-cache", "admin-cache@example.be", PASSWORD)
    index = GuideIndexPage.objects.get(locale__language_code="fr")
    guide = GuidePageFactory(parent=index, title="Choisir un logiciel de facturation", summary=SUMMARY)
    guide.save_revision().publish()
    return GuidePage.objects.get(pk=guide.pk)


def test_a_visitor_sees_a_published_change_on_reload(browser, live_server, cached_site):
    guide = cached_site
    visitor = browser.new_context(base_url=live_server.url, locale="fr-BE")
    public = visitor.new_page()
    first = public.goto(guide.url)
    assert first.headers["x-cache"] == "miss"
    again = public.reload()
    assert again.headers["x-cache"] == "hit"
    assert SUMMARY in public.content()

    editor = browser.new_context(base_url=live_server.url, locale="fr-BE")
    page = editor.new_page()
    page.set_default_timeout(20_000)
    log_in(page, "admin-cache", PASSWORD)
    page.goto(f"/admin/pages/{guide.pk}/edit/")
    page.get_by_label(re.compile("^Résumé")).fill(NEW_SUMMARY)
    page.locator("footer .dropdown-toggle, footer [data-w-dropdown-target='toggle']").first.click()
    page.get_by_role("button", name=re.compile("^Publier")).click()
    page.wait_for_url(re.compile(r".*/admin/pages/\d+/"))
    # The editor, signed in, is never served the cached copy either.
    assert page.goto(guide.url).headers["x-cache"] == "skip"
    editor.close()

    reloaded = public.reload()
    assert reloaded.headers["x-cache"] == "miss"
    assert NEW_SUMMARY in public.content()
    assert public.reload().headers["x-cache"] == "hit"
    visitor.close()
