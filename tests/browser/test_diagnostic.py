"""A business owner takes the diagnostic in Dutch in Chromium, without JavaScript and with it."""

import re
from io import StringIO

import pytest
from django.core import mail

from core.demo import demo_data
from diagnostic import demo
from diagnostic.records import DiagnosticResult
from tests.browser.conftest import serve_site_from


@pytest.fixture
def diagnostic_site(transactional_db, live_server, settings):
    settings.DIAGNOSTIC_ADVISERS_EMAIL = "advisers@example.be"
    serve_site_from(live_server)
    demo.build(demo_data("diagnostic.yaml"), StringIO())


def answer_every_question(page, choice=0):
    """Tick the same-position answer in every question of the step (the first by default)."""
    for fieldset in page.locator("fieldset.question").all():
        inputs = fieldset.locator("input")
        inputs.nth(min(choice, inputs.count() - 1)).check()


def test_diagnostic_in_dutch_without_and_with_javascript(browser, live_server, diagnostic_site):
    """One test for both runs: a transactional test's flush would remove Wagtail's root page for the next one."""
    for javascript in (False, True):
        DiagnosticResult.objects.all().delete()
        take_retake(browser, live_server, javascript)


def send_and_ask_an_adviser(page, result):
    """Both forms of the private result page, posted by the browser itself (its Origin and Referer headers)."""
    mail.outbox.clear()
    with page.expect_response(lambda response: response.request.method == "POST") as posted:
        page.locator("#email-email").fill("ada@example.be")
        page.locator("#email-consent").check()
        page.get_by_role("button", name="Versturen").click()
    assert posted.value.status == 200
    page.get_by_text("Het resultaat is verstuurd naar ada@example.be").wait_for()
    assert [message.to for message in mail.outbox] == [["ada@example.be"]]

    with page.expect_response(lambda response: response.request.method == "POST") as posted:
        page.locator("#contact-name").fill("Ada Dupont")
        page.locator("#contact-email").fill("ada@example.be")
        page.locator("#contact-consent").check()
        page.get_by_role("button", name="Vragen om gecontacteerd te worden").click()
    assert posted.value.status == 200
    result.refresh_from_db()
    assert result.contact_email == "ada@example.be" and result.contact_consent_at is not None
    assert [message.to for message in mail.outbox] == [["ada@example.be"], ["advisers@example.be"]]

    # The result's address (its private token) is not sent as a referrer, not even to this site's pages.
    with page.expect_request(lambda request: request.is_navigation_request()) as navigation:
        page.locator("a.brand").click()
    assert navigation.value.headers.get("referer", "").rstrip("/") == page.url.split("/nl/")[0]


def take_retake(browser, live_server, javascript):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=javascript, locale="nl-BE")
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.goto("/")
    page.wait_for_url("**/nl/")
    page.goto("/nl/zelfdiagnose/")
    assert page.locator("h1").inner_text() == "Zelfdiagnose"
    page.get_by_role("link", name="De diagnose starten").click()
    page.wait_for_url("**/nl/zelfdiagnose/step/0/")

    # The profile step: a missing answer is explained in Dutch and linked to its question.
    assert "Stap 1 van 7" in page.locator("#progress-text").inner_text()
    page.get_by_role("button", name="Volgende").click()
    page.get_by_role("alert").wait_for()  # the step comes back with its errors (waits until it is shown)
    assert page.locator("#sector-error").inner_text().strip().endswith("Beantwoord deze vraag.")
    assert page.locator("input[name=sector]").first.get_attribute("aria-describedby") == "sector-error"
    page.get_by_label("Detailhandel").check()
    page.get_by_label("2 tot 9 personen").check()
    page.get_by_label("Luik").check()
    page.get_by_role("button", name="Volgende").click()
    page.wait_for_url("**/step/1/")

    # Step 2: answer, go back, and the answers are still there.
    assert page.locator("h1").inner_text() == "Digitale strategie"
    answer_every_question(page)
    page.get_by_role("button", name="Volgende").click()
    page.wait_for_url("**/step/2/")
    assert "Stap 3 van 7" in page.locator("#progress-text").inner_text()
    page.get_by_role("button", name="Vorige").click()
    page.wait_for_url("**/step/1/")
    assert page.locator("h1").inner_text() == "Digitale strategie"
    assert page.locator("fieldset.question input:checked").count() == 3
    page.get_by_role("button", name="Volgende").click()
    for step in range(2, 6):
        page.wait_for_url(f"**/step/{step}/")
        answer_every_question(page)
        page.get_by_role("button", name="Volgende").click()
    page.wait_for_url("**/step/6/")
    answer_every_question(page)
    page.get_by_role("button", name="Mijn resultaat bekijken").click()

    # The result: score, band, bars, radar with its text, three priorities, private link.
    page.wait_for_url(re.compile(r".*/nl/zelfdiagnose/result/[\w-]{40,}/$"))
    assert page.locator("h1").inner_text() == "Uw resultaat"
    first = DiagnosticResult.objects.get()
    assert page.locator(".overall-score strong").inner_text() == str(first.overall)
    assert page.locator(".dimension-bars > li").count() == 6
    assert "Digitale strategie:" in page.locator("svg desc").text_content()
    assert page.locator("ol.priorities > li").count() == 3
    link = page.locator("#private-link").input_value()
    assert link.endswith(f"/nl/zelfdiagnose/result/{first.token}/")
    send_and_ask_an_adviser(page, first)
    context.close()

    # Later, in a new browser session: the private link brings the result back; retake it.
    context = browser.new_context(base_url=live_server.url, java_script_enabled=javascript, locale="nl-BE")
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.goto(link)
    assert page.locator(".overall-score strong").inner_text() == str(first.overall)
    page.get_by_role("link", name="De diagnose opnieuw doen").click()
    page.wait_for_url("**/step/0/")
    assert page.get_by_label("Detailhandel").is_checked()
    page.get_by_role("button", name="Volgende").click()
    for step in range(1, 7):
        page.wait_for_url(f"**/step/{step}/")
        assert page.locator("fieldset.question input:checked").count() >= 3
        answer_every_question(page, choice=3)  # better answers this time
        page.get_by_role("button", name=re.compile("Volgende|Mijn resultaat bekijken")).click()
    page.wait_for_url(re.compile(r".*/result/[\w-]{40,}/$"))
    second = DiagnosticResult.objects.exclude(pk=first.pk).get()
    assert second.previous == first and second.overall > first.overall
    progress = page.locator(".progress-since").inner_text()
    assert f"{second.overall - first.overall} punten meer dan bij uw vorige diagnose ({first.overall}/100)" in progress
    assert page.locator(".radar-previous").count() == 1
    context.close()
