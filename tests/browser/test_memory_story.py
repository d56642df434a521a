"""Issue story in Chromium: a Dutch translator, in a Dutch admin, opens a new guide whose paragraphs repeat a sentence
of a guide already translated; finds it pre-filled from the memory, fixes what the glossary flags, submits for review
from wagtail-localize's editor; a reviewer approves; the cockpit keeps the memory's share."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale

from editorial.models import GlossaryTerm
from editorial.roles import NL_TRANSLATORS, REVIEWERS
from editorial.sync import build_draft
from guides.models import GuideIndexPage, GuidePage
from tests.browser.conftest import serve_site_from
from tests.browser.test_editorial_story import PASSWORD, approve, cockpit_row, session, translate_segment
from tests.editorial.test_sync import translate
from tests.factories import GuidePageFactory

REPEATED = "Demandez conseil à votre comptable avant de choisir."
DUTCH_REPEATED = "Vraag uw boekhouder om advies voor u kiest."
NEW = "Passez à la facture électronique dès cette année."
TITLE = "La facture électronique"
SUMMARY = "Ce qui change pour une petite entreprise."
GLOSSARY_NOTE = "Woordenlijst: ‘facture électronique’ → ‘e-factuur’"


def guide(title, slug, summary, paragraphs):
    page = GuidePageFactory(
        parent=GuideIndexPage.objects.get(locale__language_code="fr"),
        title=title,
        slug=slug,
        summary=summary,
        body=[{"type": "paragraph", "value": f"<p>{text}</p>"} for text in paragraphs],
    )
    page.save_revision().publish()
    return GuidePage.objects.get(pk=page.pk)


@pytest.fixture
def memory_site(transactional_db, live_server):
    serve_site_from(live_server)
    User = get_user_model()
    # Noor's account opens the admin in Dutch (a translator's language), whatever her browser says.
    for username, group in [("noor", NL_TRANSLATORS), ("rita", REVIEWERS)]:
        user = User.objects.create_user(username, f"{username}@example.be", PASSWORD, first_name=username.title())
        user.groups.add(Group.objects.get(name=group))
    GlossaryTerm.objects.create(french="facture électronique", dutch="e-factuur", german="E-Rechnung")
    # An earlier guide, translated and published after review: its segments are in the memory.
    summary = "Les questions à poser."
    first = guide("Bien choisir", "bien-choisir", summary, [REPEATED])
    translation = translate(
        first,
        "nl",
        **{
            "Bien choisir": "Goed kiezen",
            "bien-choisir": "goed-kiezen",
            summary: "De vragen om te stellen.",
            REPEATED: DUTCH_REPEATED,
        },
    )
    build_draft(translation).get_latest_revision().publish()
    return guide(TITLE, "facture-electronique", SUMMARY, [REPEATED, NEW])


def test_a_dutch_translator_finds_the_memory_and_the_glossary_at_work(browser, live_server, memory_site):
    context, page = session(browser, live_server, "noor", locale="fr-BE")
    row = cockpit_row(page, TITLE)
    assert page.locator("html").get_attribute("lang") == "nl"  # her admin is Dutch
    assert "1 segment uit het vertaalgeheugen" in row.inner_text()

    # The repeated paragraph is pre-filled and marked as the memory's, to confirm.
    row.get_by_role("link", name="Vertalen").click()
    page.wait_for_load_state("networkidle")
    segment = page.locator("li").filter(has=page.locator("p", has_text=REPEATED)).last
    segment.get_by_text(DUTCH_REPEATED).wait_for()
    assert "vertaalgeheugen (te bevestigen)" in segment.inner_text()

    # The translator writes the new paragraph without the glossary's term: the glossary flags it, in the editor
    # as soon as the segment is saved, and beside it.
    new = page.locator("li").filter(has=page.locator("p", has_text=NEW)).last
    assert new.get_by_role("note").count() == 0
    translate_segment(page, NEW, "Stap dit jaar over op elektronische facturen.")
    new.get_by_role("note").wait_for()
    assert new.get_by_role("note").inner_text().strip() == GLOSSARY_NOTE
    assert segment.get_by_role("note").count() == 0  # the memory's paragraph needs no term
    row = cockpit_row(page, TITLE)
    row.get_by_role("link", name="Geheugen en woordenlijst").click()
    flagged = page.locator("tr.flagged")
    assert "de vertaling moet ‘e-factuur’ gebruiken" in flagged.inner_text()
    assert "Uit het geheugen, te bevestigen in de editor" in page.locator("tr", has_text=REPEATED).inner_text()

    # Back in the editor, the translator fixes it, confirms the memory's paragraph, translates the rest.
    page.get_by_role("link", name="Terug naar de vertaaleditor").click()
    page.wait_for_load_state("networkidle")
    new.get_by_role("note").wait_for()  # the editor shows it when it opens
    translate_segment(page, NEW, "Stap dit jaar over op de e-factuur.")
    new.get_by_role("note").wait_for(state="detached")
    translate_segment(page, REPEATED, DUTCH_REPEATED)
    translate_segment(page, TITLE, "De e-factuur")
    translate_segment(page, SUMMARY, "Wat er verandert voor een klein bedrijf.")
    page.get_by_role("tab", name="Eigenschappen").click()
    translate_segment(page, "facture-electronique", "e-factuur")

    # She submits it for review from the editor itself: its primary action in her admin.
    primary = page.locator("footer nav.actions > .w-dropdown-button:first-child > :first-child")
    assert primary.inner_text().strip() == "Ter nakijking indienen"
    with page.expect_navigation():
        primary.click()
    dutch = memory_site.get_translation(Locale.objects.get(language_code="nl"))
    assert not dutch.live and dutch.current_workflow_state is not None
    context.close()

    # The reviewer approves: the Dutch guide is live with the memory's sentence and the glossary's term.
    approve(browser, live_server, "De e-factuur")
    dutch.refresh_from_db()
    assert dutch.live and dutch.url == "/nl/praktische-fiches/e-factuur/"
    visitor = browser.new_context(base_url=live_server.url, locale="nl-BE")
    public = visitor.new_page()
    public.goto(dutch.url)
    body = public.locator("main").inner_text()
    assert DUTCH_REPEATED in body and "Stap dit jaar over op de e-factuur." in body
    visitor.close()

    # The cockpit: reviewed, and the memory's share still counted.
    context, page = session(browser, live_server, "noor", locale="fr-BE")
    row = cockpit_row(page, TITLE)
    assert row.get_attribute("data-state") == "up_to_date"
    assert "1 segment uit het vertaalgeheugen" in row.inner_text()
    context.close()
