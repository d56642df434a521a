"""The whole editorial story in Chromium: write in French, review, translate into Dutch, review, change, review."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale

from editorial.roles import AWT_EDITORS, NL_TRANSLATORS, REVIEWERS
from guides.models import GuideIndexPage, GuidePage
from tests.browser.conftest import log_in, serve_site_from

PASSWORD = "story-pw-2026"
TITLE = "Choisir un logiciel de facturation"
SUMMARY = "Les critères pour choisir un logiciel de facturation."
HEADING = "Comparez trois offres avant de signer"
NEW_SUMMARY = "Les critères pour choisir un logiciel de facturation conforme à la facturation électronique."
NEW_DUTCH_SUMMARY = "De criteria om een facturatieprogramma te kiezen dat klaar is voor e-facturatie."


@pytest.fixture
def story_site(transactional_db, live_server):
    serve_site_from(live_server)
    User = get_user_model()
    for username, group in [("arnaud", AWT_EDITORS), ("rita", REVIEWERS), ("noor", NL_TRANSLATORS)]:
        user = User.objects.create_user(username, f"{username}@example.be", PASSWORD, first_name=username.title())
        user.groups.add(Group.objects.get(name=group))


def session(browser, live_server, username, locale="fr-BE"):
    context = browser.new_context(base_url=live_server.url, locale=locale)
    page = context.new_page()
    page.set_default_timeout(20_000)
    log_in(page, username, PASSWORD)
    return context, page


def open_actions(page):
    """Wagtail's footer: the primary action and the others behind the dropdown toggle."""
    page.locator("footer .dropdown-toggle, footer [data-w-dropdown-target='toggle']").first.click()


def cockpit_row(page, title):
    """The translator's cockpit (their language by default) and the row of ``title``."""
    page.goto("/admin/editorial/translations/")
    return page.locator("table.editorial-cockpit tbody tr", has_text=title)


def translate_segment(page, source, translation):
    """In wagtail-localize's editor: translate the segment showing ``source`` and save it."""
    source_text = page.locator("p", has_text=re.compile(f"^{re.escape(source)}$"))
    segment = page.locator("li").filter(has=source_text).last
    segment.get_by_role("button", name=re.compile("^(Vertaal|Bewerk)$")).click()
    segment.locator("textarea").fill(translation)
    # The editor shows the new text at once; wait for the server to have stored it.
    with page.expect_response(re.compile(r"/strings/\d+/edit/$")) as saved:
        segment.get_by_role("button", name="Opslaan").click()
    assert saved.value.ok
    segment.get_by_text(translation).wait_for()


def submit_for_review(page, row):
    """The translator submits from the cockpit; wait for the answer to the form before going on."""
    with page.expect_navigation():
        row.get_by_role("button", name="Ter nakijking indienen").click()


def approve(browser, live_server, title):
    """The reviewer approves ``title`` from the dashboard's list of pages awaiting their review."""
    context, page = session(browser, live_server, "rita")
    page.goto("/admin/")
    row = page.locator("tr", has_text=title)
    row.locator("[data-w-dropdown-target=toggle]").click()
    row.get_by_role("button", name="Approuver", exact=True).click()
    page.wait_for_load_state("networkidle")
    row.wait_for(state="detached")
    context.close()


def test_a_guide_from_french_to_dutch_through_review(browser, live_server, story_site):
    index = GuideIndexPage.objects.get(locale__language_code="fr")

    # 1. The AWT editor writes a guide in French and submits it.
    context, page = session(browser, live_server, "arnaud")
    page.goto(f"/admin/pages/add/guides/guidepage/{index.pk}/")
    page.get_by_label(re.compile("^Titre")).first.fill(TITLE)
    page.get_by_label(re.compile("^Résumé")).fill(SUMMARY)
    page.locator("[data-streamfield-stream-container] button[title], .c-sf-add-button").first.click()
    page.get_by_role("option", name="Intertitre", exact=True).click()
    page.locator("input[name='body-0-value']").fill(HEADING)
    open_actions(page)
    page.get_by_role("button", name=re.compile("Soumettre")).click()
    page.wait_for_url(re.compile(r".*/admin/pages/\d+/"))
    context.close()
    guide = GuidePage.objects.get(locale__language_code="fr", title=TITLE)
    assert not guide.live and guide.current_workflow_state is not None

    # 2. A reviewer approves: the French guide is live; its Dutch translation waits as a draft.
    approve(browser, live_server, TITLE)
    guide.refresh_from_db()
    assert guide.live
    nl_guide = guide.get_translation(Locale.objects.get(language_code="nl"))
    assert not nl_guide.live

    # 3. The Dutch translator finds it in the cockpit (in Dutch, on Dutch), translates it and submits it.
    context, page = session(browser, live_server, "noor", locale="nl-BE")
    row = cockpit_row(page, TITLE)
    assert row.get_attribute("data-state") == "in_progress"
    row.get_by_role("link", name="Vertalen").click()
    page.wait_for_load_state("networkidle")
    for source, translated in [
        (TITLE, "Een facturatieprogramma kiezen"),
        (SUMMARY, "De criteria om een facturatieprogramma te kiezen."),
        (HEADING, "Vergelijk drie offertes voor u tekent"),
    ]:
        translate_segment(page, source, translated)
    page.get_by_role("tab", name="Eigenschappen").click()
    translate_segment(page, "choisir-un-logiciel-de-facturation", "facturatieprogramma-kiezen")
    row = cockpit_row(page, TITLE)
    assert row.get_attribute("data-state") == "to_review"  # translated, but "up to date" means reviewed
    submit_for_review(page, row)
    assert "Wordt nagekeken" in cockpit_row(page, TITLE).inner_text()
    context.close()
    nl_guide.refresh_from_db()
    assert not nl_guide.live and nl_guide.current_workflow_state is not None

    # 4. A reviewer publishes it: the guide is live at /nl/….
    approve(browser, live_server, "Een facturatieprogramma kiezen")
    nl_guide.refresh_from_db()
    assert nl_guide.live
    nl_url = nl_guide.url
    assert nl_url == "/nl/praktische-fiches/facturatieprogramma-kiezen/"
    visitor = browser.new_context(base_url=live_server.url, locale="nl-BE")
    public = visitor.new_page()
    public.goto(nl_url)
    assert public.locator("h1").inner_text() == "Een facturatieprogramma kiezen"

    # 5. The editor changes the French guide; it is reviewed and republished.
    context, page = session(browser, live_server, "arnaud")
    page.goto(f"/admin/pages/{guide.pk}/edit/")
    page.get_by_label(re.compile("^Résumé")).fill(NEW_SUMMARY)
    open_actions(page)
    page.get_by_role("button", name=re.compile("Soumettre")).click()
    page.wait_for_url(re.compile(r".*/admin/pages/\d+/"))
    context.close()
    approve(browser, live_server, TITLE)
    guide.refresh_from_db()
    assert guide.summary == NEW_SUMMARY

    # The cockpit shows Dutch stale; the live Dutch page is unchanged.
    context, page = session(browser, live_server, "noor", locale="nl-BE")
    row = cockpit_row(page, TITLE)
    assert row.get_attribute("data-state") == "stale"
    assert "Verouderd" in row.inner_text()
    public.goto(nl_url)
    assert "De criteria om een facturatieprogramma te kiezen." in public.content()

    # 6. Only once the translator's update is approved does the live Dutch page change.
    row.get_by_role("link", name="Vertalen").click()
    page.wait_for_load_state("networkidle")
    translate_segment(page, NEW_SUMMARY, NEW_DUTCH_SUMMARY)
    row = cockpit_row(page, TITLE)
    submit_for_review(page, row)
    context.close()
    public.goto(nl_url)
    assert NEW_DUTCH_SUMMARY not in public.content()
    approve(browser, live_server, "Een facturatieprogramma kiezen")
    public.goto(nl_url)
    assert NEW_DUTCH_SUMMARY in public.content()
    context, page = session(browser, live_server, "noor", locale="nl-BE")
    assert cockpit_row(page, TITLE).get_attribute("data-state") == "up_to_date"
    context.close()
    visitor.close()
