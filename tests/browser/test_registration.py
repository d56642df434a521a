"""A visitor registers for a seminar in Chromium, another joins the waitlist, the first cancels from the e-mail."""

from urllib.parse import urlsplit

import pytest
from django.core import mail
from icalendar import Calendar

from agenda.records import Registration
from tests.browser.conftest import axe_violations, record_outside_requests, serve_site_from
from tests.factories import days, make_seminar


@pytest.fixture
def seminar(transactional_db, live_server):
    serve_site_from(live_server)
    return make_seminar(title="Conseil individuel : votre site web", capacity=1, start=days(10, hour=14))


def visitor(browser, live_server, outside):
    page = browser.new_context(base_url=live_server.url, locale="fr-BE").new_page()
    page.set_default_timeout(60_000)
    record_outside_requests(page, live_server.url, outside)
    return page


def submit(page, button):
    with page.expect_navigation():
        page.get_by_role("button", name=button).click()
    assert urlsplit(page.url).path.endswith("/registered/"), page.locator("main").inner_text()


def fill(page, name, email):
    form = page.locator("form.registration-form")  # the page also ends with the report form, which asks an e-mail
    form.get_by_label("Votre nom").fill(name)
    form.get_by_label("Entreprise", exact=False).first.fill("Société")
    form.get_by_label("E-mail").fill(email)
    form.get_by_label("Secteur").select_option("retail")
    form.get_by_label("Taille de l'entreprise").select_option("micro")
    form.get_by_label("J'accepte que mes données").check()


def test_register_wait_cancel_and_promote(browser, live_server, seminar, run_tasks):
    outside = []
    first = visitor(browser, live_server, outside)

    # A form sent incomplete: the errors are summarised, focused, and accessible.
    first.goto(seminar.url)
    first.get_by_role("button", name="S'inscrire").click()
    first.get_by_role("alert").wait_for()
    assert first.title().startswith("Erreur :")
    assert first.evaluate("document.activeElement.classList.contains('error-summary')")
    first.get_by_role("link", name="Votre nom — Indiquez votre nom.").click()
    assert first.evaluate("document.activeElement.id") == "id_name"
    assert axe_violations(first) == []

    # The last seat.
    fill(first, "Ada Lovelace", "ada@example.be")
    submit(first, "S'inscrire")
    assert first.locator("h1").inner_text() == "Inscription confirmée"
    run_tasks()
    (confirmation,) = mail.outbox
    assert confirmation.to == ["ada@example.be"]
    (event,) = Calendar.from_ical(confirmation.attachments[0][1]).walk("VEVENT")
    assert event["SUMMARY"] == "Conseil individuel : votre site web" and event.decoded("DTSTART") == seminar.start

    # A second visitor finds the session full and joins the waitlist.
    second = visitor(browser, live_server, outside)
    second.goto(seminar.url)
    assert "Toutes les places sont prises" in second.locator(".registration").inner_text()
    fill(second, "Bob Dupont", "bob@example.be")
    submit(second, "Rejoindre la liste d'attente")
    assert second.locator("h1").inner_text() == "Vous êtes sur la liste d'attente"
    assert "numéro 1 sur la liste d'attente" in second.locator("main").inner_text()
    run_tasks()
    assert [m.subject for m in mail.outbox if m.to == ["bob@example.be"]] == [
        "Vous êtes sur la liste d'attente : Conseil individuel : votre site web"
    ]
    assert axe_violations(second) == []

    # The first visitor cancels from the e-mail's link; the second is promoted and e-mailed.
    link = next(line for line in confirmation.body.splitlines() if "/registrations/cancel/" in line).strip()
    assert link.startswith(live_server.url)
    first.goto(urlsplit(link).path)
    first.get_by_role("button", name="Annuler mon inscription").click()
    assert "Votre inscription est annulée, Ada Lovelace." in first.locator("main").inner_text()
    mail.outbox.clear()
    run_tasks()
    promotion = next(message for message in mail.outbox if message.to == ["bob@example.be"])
    assert promotion.subject == "Une place s'est libérée pour vous : Conseil individuel : votre site web"
    assert Registration.objects.get(email="bob@example.be").status == "confirmed"
    assert outside == []
