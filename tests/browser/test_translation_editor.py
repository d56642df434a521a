"""wagtail-localize's translation editor in Chromium, in each admin language: a translator's primary action is
submit for review (never "Delete", which the server refuses them), and no word on it is left in English."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from editorial.roles import DE_TRANSLATORS, NL_TRANSLATORS, REVIEWERS
from guides.models import GuideIndexPage
from tests.browser.conftest import log_in, serve_site_from
from tests.editorial.test_sync import translate
from tests.factories import GuidePageFactory

PASSWORD = "editor-pw-2026"
ENGLISH = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"|More actions| to \w+ translation\b|Publish in|Delete\b"
)
# Per admin language: submit for review, delete, "More actions", the section's heading, manually translated on.
TEXTS = {
    "fr": (
        "Envoyer en relecture",
        "Supprimer",
        "Plus d'actions",
        "Traduction : Français → {target}",
        "Traduit manuellement le",
    ),
    "nl": (
        "Ter nakijking indienen",
        "Verwijderen",
        "Meer acties",
        "Vertaling: Français → {target}",
        "Handmatig vertaald op",
    ),
    "de": (
        "Zur Prüfung einreichen",
        "Löschen",
        "Mehr Aktionen",
        "Übersetzung: Français → {target}",
        "Manuell übersetzt am",
    ),
}
MONTHS = {
    "fr": "décembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre",
    "nl": "december|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november",
    "de": "Dezember|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November",
}


@pytest.fixture
def guide_in_translation(transactional_db, live_server):
    """A published French guide; its Dutch and German drafts, one string of each translated by hand."""
    serve_site_from(live_server)
    guide = GuidePageFactory(
        parent=GuideIndexPage.objects.get(locale__language_code="fr"),
        title="Choisir un logiciel de facturation",
        slug="logiciel-facturation",
    )
    guide.save_revision().publish()
    translate(guide, "nl", **{"Choisir un logiciel de facturation": "Een facturatieprogramma kiezen"})
    translate(guide, "de", **{"Choisir un logiciel de facturation": "Ein Rechnungsprogramm wählen"})
    return guide


def account(username, group, language):
    user = get_user_model().objects.create_user(username, f"{username}@example.be", PASSWORD)
    user.groups.add(Group.objects.get(name=group))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def open_editor(browser, live_server, username, page_in_language):
    context = browser.new_context(base_url=live_server.url, locale="en-GB")  # the account's language wins
    page = context.new_page()
    page.set_default_timeout(20_000)
    log_in(page, username, PASSWORD)
    page.goto(f"/admin/pages/{page_in_language.pk}/edit/")
    page.locator("footer nav.actions").wait_for()
    page.wait_for_load_state("networkidle")
    return context, page


@pytest.mark.parametrize(
    ("admin_language", "group", "target"),
    [("nl", NL_TRANSLATORS, "nl"), ("de", DE_TRANSLATORS, "de"), ("fr", NL_TRANSLATORS, "nl")],
)
def test_a_translator_submits_for_review_from_the_editor(
    browser, live_server, guide_in_translation, admin_language, group, target
):
    submit, delete, more, section, manually = TEXTS[admin_language]
    account("translator", group, admin_language)
    translated = guide_in_translation.get_translation(Locale.objects.get(language_code=target))
    context, page = open_editor(browser, live_server, "translator", translated)

    footer = page.locator("footer nav.actions")
    primary = footer.locator(":scope > .w-dropdown-button:first-child > :first-child")
    assert primary.inner_text().strip() == submit
    assert footer.get_by_text(delete).count() == 0
    assert footer.locator(".w-dropdown__toggle .w-sr-only").first.text_content() == more
    target_name = {"nl": "Nederlands", "de": "Deutsch"}[target]
    page.get_by_role("heading", name=section.format(target=target_name)).wait_for()
    text = page.locator("main").inner_text()
    assert re.search(rf"{manually} \d+\.? ({MONTHS[admin_language]}) \d{{4}}", text), text
    assert not ENGLISH.search(text), ENGLISH.search(text)

    with page.expect_navigation():
        primary.click()
    assert page.url.endswith(f"/admin/pages/{translated.pk}/edit/")
    translated.refresh_from_db()
    assert translated.current_workflow_state is not None and not translated.live
    # The editor it comes back to asks the glossary's flags: let that request end before the test's tables are
    # emptied (a request still reading them deadlocked the teardown's TRUNCATE on PostgreSQL).
    page.wait_for_load_state("networkidle")
    context.close()


def test_a_reviewer_publishes_from_the_editor_in_french(browser, live_server, guide_in_translation):
    account("relecteur", REVIEWERS, "fr")
    dutch = guide_in_translation.get_translation(Locale.objects.get(language_code="nl"))
    context, page = open_editor(browser, live_server, "relecteur", dutch)
    primary = page.locator("footer nav.actions > .w-dropdown-button:first-child > :first-child")
    assert primary.inner_text().strip() == "Publier en Nederlands"  # was "Publier dansNederlands"
    assert page.locator("footer [data-editorial-submit]").count() == 0
    context.close()
