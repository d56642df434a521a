"""Two editors in two browsers save the same guide: the later save, built on the older version, is refused."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from editorial.roles import AWT_EDITORS
from guides.models import GuideIndexPage, GuidePage
from tests.browser.conftest import log_in, serve_site_from

PASSWORD = "concurrent-pw-2026"


@pytest.fixture
def guide(transactional_db, live_server):
    serve_site_from(live_server)
    for username in ("arnaud", "anne"):
        user = get_user_model().objects.create_user(username, f"{username}@example.be", PASSWORD, first_name=username)
        user.groups.add(Group.objects.get(name=AWT_EDITORS))
    index = GuideIndexPage.objects.get(locale__language_code="fr")
    page = index.add_child(instance=GuidePage(title="Sécuriser le Wi-Fi", slug="wifi", summary="Le mot de passe."))
    page.save_revision().publish()
    return page


def editor(browser, live_server, username, url):
    context = browser.new_context(base_url=live_server.url, locale="fr-BE")
    page = context.new_page()
    page.set_default_timeout(20_000)
    log_in(page, username, PASSWORD)
    page.goto(url)
    return context, page


def save_draft(page):
    with page.expect_response(lambda response: response.request.method == "POST" and "/edit/" in response.url):
        page.get_by_role("button", name=re.compile("^Enregistrer le brouillon")).first.click()
    page.wait_for_load_state()


def test_the_second_browser_sees_the_other_save_and_loses_nothing(browser, live_server, guide):
    url = f"/admin/pages/{guide.pk}/edit/"
    first_context, first = editor(browser, live_server, "arnaud", url)
    second_context, second = editor(browser, live_server, "anne", url)

    first.get_by_label(re.compile("^Résumé")).fill("Changez le mot de passe par défaut.")
    save_draft(first)
    second.get_by_label(re.compile("^Titre")).first.fill("Sécuriser le Wi-Fi du magasin")
    save_draft(second)

    assert "a enregistré une version plus récente" in second.content()
    assert second.get_by_label(re.compile("^Titre")).first.input_value() == "Sécuriser le Wi-Fi du magasin"
    # The database is read once both browsers are gone: an editor's page keeps pinging the server (the
    # editing session), and on SQLite the live server's writes would lock the table this test reads.
    first_context.close()
    second_context.close()
    latest = GuidePage.objects.get(pk=guide.pk).get_latest_revision_as_object()
    assert (latest.title, latest.summary) == ("Sécuriser le Wi-Fi", "Changez le mot de passe par défaut.")
