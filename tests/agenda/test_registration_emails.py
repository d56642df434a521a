"""The registrant's e-mails: confirmation with the session's calendar file, cancellation link, reminders, notices."""

from urllib.parse import urlsplit

import pytest
from django.core import mail, signing
from django.core.management import call_command
from icalendar import Calendar

from agenda.models import SeminarPage
from agenda.notifications import cancel_token
from agenda.records import Registration
from agenda.registrations import cancel, register
from tests.factories import days, make_seminar, make_venue, translate

pytestmark = pytest.mark.django_db


def person(n, **fields):
    return {
        "name": f"Personne {n}",
        "company": "Société",
        "email": f"p{n}@example.be",
        "company_size": "solo",
        **fields,
    }


@pytest.fixture
def seminar(site):
    seminar = make_seminar(title="Sécuriser le Wi-Fi du magasin", capacity=1, start=days(10, hour=14))
    seminar.save_revision().publish()  # its first publication, as an editor's
    return SeminarPage.objects.get(pk=seminar.pk)


@pytest.fixture
def dutch(seminar, locales):
    return translate(seminar, locales["nl"], title="De wifi van de winkel beveiligen")


def sent(run_tasks):
    run_tasks()
    messages = list(mail.outbox)
    mail.outbox.clear()
    return messages


def cancel_link(message):
    return next(line for line in message.body.splitlines() if "/registrations/cancel/" in line).strip()


def test_the_confirmation_is_in_the_registrants_language_with_a_valid_calendar_file(dutch, run_tasks):
    register(dutch, person(1), "nl")
    (message,) = sent(run_tasks)
    assert message.to == ["p1@example.be"]
    assert message.subject == "Inschrijving bevestigd: De wifi van de winkel beveiligen"
    assert "Uw plaats voor “De wifi van de winkel beveiligen” is bevestigd." in message.body
    (filename, content, mimetype) = message.attachments[0]
    assert filename.endswith(".ics") and mimetype == "text/calendar"
    calendar = Calendar.from_ical(content)
    assert calendar["METHOD"] == "PUBLISH" and calendar["VERSION"] == "2.0"
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Brussels"]
    (event,) = calendar.walk("VEVENT")
    assert event["SUMMARY"] == "De wifi van de winkel beveiligen"
    assert event.decoded("DTSTART") == dutch.start and event["DTSTART"].params["TZID"] == "Europe/Brussels"
    assert event.decoded("DTEND") == dutch.end
    assert "Rue Godefroid 5" in event["LOCATION"]
    link = cancel_link(message)
    assert link.startswith("http") and "/nl/registrations/cancel/" in link


def test_the_waitlist_email_gives_the_position(seminar, run_tasks):
    register(seminar, person(1), "fr")
    register(seminar, person(2), "fr")
    confirmation, waiting = sent(run_tasks)
    assert waiting.subject == "Vous êtes sur la liste d'attente : Sécuriser le Wi-Fi du magasin"
    assert "en position 1" in waiting.body
    assert waiting.attachments == []
    assert "/fr/registrations/cancel/" in cancel_link(waiting)


def test_the_cancellation_link_asks_then_cancels_once_and_the_first_waiting_is_promoted(client, seminar, run_tasks):
    register(seminar, person(1), "fr")
    register(seminar, person(2, language="de"), "de")
    confirmation, _waiting = sent(run_tasks)
    path = urlsplit(cancel_link(confirmation)).path
    page = client.get(path)
    assert page.status_code == 200 and "Annuler mon inscription" in page.content.decode()
    assert Registration.objects.get(email="p1@example.be").status == "confirmed"  # looking cancels nothing
    response = client.post(path)
    assert response.status_code == 302
    assert "Votre inscription est annulée, Personne 1." in client.get(response["Location"]).content.decode()
    assert client.post(path).status_code == 302  # again: nothing more happens
    assert "Cette inscription est déjà annulée." in client.get(path).content.decode()
    messages = sent(run_tasks)
    assert sorted(m.subject for m in messages) == [
        "Ein Platz ist für Sie frei geworden: Sécuriser le Wi-Fi du magasin",
        "Inscription annulée : Sécuriser le Wi-Fi du magasin",
    ]
    promotion = next(m for m in messages if m.to == ["p2@example.be"])
    assert promotion.attachments[0][0].endswith(".ics")
    assert Registration.objects.get(email="p2@example.be").status == "confirmed"


@pytest.mark.parametrize("language", ["fr", "nl", "de"])
def test_a_wrong_or_expired_link_gets_a_clear_page(client, seminar, language, monkeypatch):
    registration = register(seminar, person(1), "fr")
    titles = {
        "fr": "Ce lien d'annulation ne fonctionne pas",
        "nl": "Deze annuleringslink werkt niet",
        "de": "Dieser Stornierungslink funktioniert nicht",
    }
    response = client.get(f"/{language}/registrations/cancel/not-a-token/")
    assert response.status_code == 404 and titles[language] in response.content.decode()
    monkeypatch.setattr(signing.time, "time", lambda: 0)  # a link signed in 1970: long expired
    old = cancel_token(registration)
    monkeypatch.undo()
    response = client.post(f"/{language}/registrations/cancel/{old}/")
    assert response.status_code == 404 and titles[language] in response.content.decode()
    assert Registration.objects.get().status == "confirmed"


def test_the_reminder_goes_the_day_before_to_confirmed_registrants_only_once(site, run_tasks):
    tomorrow = make_seminar(title="Demain", capacity=1, start=days(1, hour=10))
    later = make_seminar(title="Plus tard", start=days(2, hour=10))
    register(tomorrow, person(1), "fr")
    register(tomorrow, person(2), "fr")  # waitlisted: no seat, no reminder
    register(later, person(3), "fr")
    sent(run_tasks)
    call_command("send_seminar_reminders", stdout=None)
    (reminder,) = sent(run_tasks)
    assert reminder.to == ["p1@example.be"] and reminder.subject == "Demain : Demain"
    assert "a lieu demain" in reminder.body and reminder.attachments
    call_command("send_seminar_reminders", stdout=None)
    assert sent(run_tasks) == []
    assert Registration.objects.get(email="p1@example.be").reminded_at is not None


def test_a_cancelled_registration_gets_no_reminder(site, run_tasks):
    tomorrow = make_seminar(title="Demain", start=days(1, hour=10))
    cancel(register(tomorrow, person(1), "fr"))
    sent(run_tasks)
    call_command("send_seminar_reminders", stdout=None)
    assert sent(run_tasks) == []


def publish(seminar, **changes):
    for name, value in changes.items():
        setattr(seminar, name, value)
    seminar.save_revision().publish()


def test_a_moved_session_tells_every_active_registrant_once(seminar, dutch, run_tasks):
    register(seminar, person(1), "fr")
    register(dutch, person(2), "nl")  # waitlisted, still told
    cancel(register(seminar, person(3), "fr"))
    sent(run_tasks)
    publish(seminar, start=days(12, hour=14), end=days(12, hour=16))
    messages = sent(run_tasks)
    assert sorted((m.to[0], m.subject) for m in messages) == [
        ("p1@example.be", "Séance modifiée : Sécuriser le Wi-Fi du magasin"),
        ("p2@example.be", "Sessie gewijzigd: De wifi van de winkel beveiligen"),
    ]
    (event,) = Calendar.from_ical(messages[0].attachments[0][1]).walk("VEVENT")
    assert event.decoded("DTSTART") == days(12, hour=14)
    # A new venue is a change too; the summary alone is not.
    publish(SeminarPage.objects.get(pk=seminar.pk), venue=make_venue(name="Le Cercle", city="Liège"))
    assert len(sent(run_tasks)) == 2
    publish(SeminarPage.objects.get(pk=seminar.pk), summary="Un autre résumé.")
    assert sent(run_tasks) == []


@pytest.mark.parametrize(
    ("status", "french", "words"),
    [("cancelled", "Séance annulée", "est annulée"), ("postponed", "Séance reportée", "est reportée")],
)
def test_a_cancelled_or_postponed_session_tells_its_registrants(seminar, run_tasks, status, french, words):
    register(seminar, person(1), "fr")
    sent(run_tasks)
    publish(seminar, status=status)
    (notice,) = sent(run_tasks)
    assert notice.subject == f"{french} : Sécuriser le Wi-Fi du magasin" and words in notice.body
