"""A visitor reports an error on a Dutch guide in Chromium; an editor of the guides section finds it in the inbox."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale

from editorial.roles import AWT_EDITORS
from feedback.models import Report
from guides.models import GuideIndexPage
from tests.browser.conftest import axe_violations, log_in, record_outside_requests, serve_site_from
from tests.factories import GuidePageFactory, translate

PASSWORD = "report-pw-2026"
MESSAGE = "De link naar het formulier van de FOD Financiën werkt niet meer."


@pytest.fixture
def guide_site(transactional_db, live_server):
    serve_site_from(live_server)
    editor = get_user_model().objects.create_user("arnaud", "arnaud@example.be", PASSWORD, first_name="Arnaud")
    editor.groups.add(Group.objects.get(name=AWT_EDITORS))
    source = GuidePageFactory(
        parent=GuideIndexPage.objects.get(locale__language_code="fr"), title="Sécuriser le Wi-Fi", slug="wifi"
    )
    return translate(source, Locale.objects.get(language_code="nl"), title="Wifi beveiligen", slug="wifi-beveiligen")


def test_a_visitor_reports_an_error_and_an_editor_of_the_section_sees_it(browser, live_server, guide_site):
    context = browser.new_context(base_url=live_server.url, locale="nl-BE")
    page = context.new_page()
    page.set_default_timeout(20_000)
    outside = record_outside_requests(page, live_server.url, [])

    page.goto(guide_site.url)
    form = page.locator("section.report")
    form.get_by_role("heading", name="Een fout melden of informatie toevoegen").wait_for()
    # Sent empty: the form comes back with its errors, in Dutch, on a page of its own (no JavaScript needed).
    form.get_by_role("button", name="Mijn melding versturen").click()
    summary = page.get_by_role("alert")
    summary.get_by_text("Er is één probleem").wait_for()
    assert page.title().startswith("Fout:")
    summary.get_by_role("link", name="Beschrijf de fout of de ontbrekende informatie.", exact=False).click()
    assert page.evaluate("document.activeElement.id") == "report-message"
    assert axe_violations(page) == []
    assert not Report.objects.exists()

    page.get_by_label("Wat klopt er niet of wat ontbreekt er?").fill(MESSAGE)
    page.get_by_role("button", name="Mijn melding versturen").click()
    page.get_by_role("heading", name="Bedankt voor uw melding").wait_for()
    assert page.url.endswith(f"/nl/report/{guide_site.pk}/thanks/")
    assert axe_violations(page) == []
    page.get_by_role("link", name="Terug naar “Wifi beveiligen”").click()
    page.get_by_role("heading", name="Wifi beveiligen", level=1).wait_for()
    assert outside == []
    context.close()

    # The AWT editor (the guides are the AWT's section) logs in: the menu counts the report, the inbox shows it.
    context = browser.new_context(base_url=live_server.url, locale="fr-BE")
    admin = context.new_page()
    admin.set_default_timeout(20_000)
    log_in(admin, "arnaud", PASSWORD)
    admin.get_by_role("link", name="Signalements des visiteurs (1)").click()
    admin.wait_for_url("**/admin/visitor-reports/")
    row = admin.locator("tbody tr", has_text="Wifi beveiligen")
    row.get_by_role("cell", name="Néerlandais", exact=True).wait_for()
    row.get_by_role("link", name="Signalement sur « Wifi beveiligen » (Néerlandais)").click()
    admin.get_by_text(MESSAGE).wait_for()
    context.close()
