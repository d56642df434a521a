"""In Chromium: a Dutch translator finds a new page pre-filled from the memory, fixes what the glossary flags."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.rich_text import RichText

from editorial.models import GlossaryTerm
from editorial.roles import NL_TRANSLATORS
from editorial.sync import build_draft
from home.models import ContentPage, HomePage
from tests.browser.conftest import serve_site_from
from tests.browser.test_editorial_story import PASSWORD, cockpit_row, session, translate_segment
from tests.editorial.test_sync import translate

REPEATED = "Demandez conseil à votre comptable avant de choisir."
DUTCH_REPEATED = "Vraag uw boekhouder om advies voor u kiest."
NEW = "Passez à la facture électronique dès cette année."


def content_page(title, slug, paragraphs):
    home = HomePage.objects.get(locale__language_code="fr")
    page = home.add_child(
        instance=ContentPage(
            title=title, slug=slug, body=[("paragraph", RichText(f"<p>{text}</p>")) for text in paragraphs], live=False
        )
    )
    page.save_revision().publish()
    return ContentPage.objects.get(pk=page.pk)


@pytest.fixture
def memory_site(transactional_db, live_server):
    serve_site_from(live_server)
    user = get_user_model().objects.create_user("noor", "noor@example.be", PASSWORD, first_name="Noor")
    user.groups.add(Group.objects.get(name=NL_TRANSLATORS))
    GlossaryTerm.objects.create(french="facture électronique", dutch="e-factuur", german="E-Rechnung")
    # An earlier page, translated and published after review: its segments are in the memory.
    first = content_page("Bien choisir", "bien-choisir", [REPEATED])
    translation = translate(
        first, "nl", **{"Bien choisir": "Goed kiezen", "bien-choisir": "goed-kiezen", REPEATED: DUTCH_REPEATED}
    )
    build_draft(translation).get_latest_revision().publish()
    return content_page("La facture électronique", "facture-electronique", [REPEATED, NEW])


def test_a_dutch_translator_finds_the_memory_and_the_glossary_at_work(browser, live_server, memory_site):
    context, page = session(browser, live_server, "noor", locale="nl-BE")
    row = cockpit_row(page, "La facture électronique")
    assert "1 segment uit het vertaalgeheugen" in row.inner_text()

    # The repeated paragraph is pre-filled and marked as the memory's, to confirm.
    row.get_by_role("link", name="Vertalen").click()
    page.wait_for_load_state("networkidle")
    segment = page.locator("li").filter(has=page.locator("p", has_text=REPEATED)).last
    segment.get_by_text(DUTCH_REPEATED).wait_for()
    assert "vertaalgeheugen (te bevestigen)" in segment.inner_text()

    # The translator writes the new paragraph without the glossary's term: the glossary flags it.
    translate_segment(page, NEW, "Stap dit jaar over op elektronische facturen.")
    row = cockpit_row(page, "La facture électronique")
    row.get_by_role("link", name="Geheugen en woordenlijst").click()
    flagged = page.locator("tr.flagged")
    assert "de vertaling moet ‘e-factuur’ gebruiken" in flagged.inner_text()
    assert "Uit het geheugen, te bevestigen in de editor" in page.locator("tr", has_text=REPEATED).inner_text()

    # Back in the editor, the translator fixes it and confirms the memory's paragraph.
    page.get_by_role("link", name="Terug naar de vertaaleditor").click()
    page.wait_for_load_state("networkidle")
    translate_segment(page, NEW, "Stap dit jaar over op de e-factuur.")
    translate_segment(page, REPEATED, DUTCH_REPEATED)
    row = cockpit_row(page, "La facture électronique")
    row.get_by_role("link", name="Geheugen en woordenlijst").click()
    assert page.locator("tr.flagged").count() == 0
    assert "Vraag uw boekhouder" in page.locator("tr", has_text=REPEATED).inner_text()
    # Confirmed as it was: the memory still covers it.
    assert "1 segment uit het vertaalgeheugen" in cockpit_row(page, "La facture électronique").inner_text()
    context.close()
