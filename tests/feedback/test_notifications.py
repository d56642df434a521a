"""Who is told of a new report, in which language, and what happens when the mail server is down."""

from django.core import mail
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from feedback.models import Report
from tests.feedback.conftest import send


def sent(run_tasks):
    run_tasks()
    return {message.to[0]: message for message in mail.outbox}


def test_an_error_on_a_guide_goes_to_the_editors_of_the_guides_section_each_in_their_language(
    client, users, guide, run_tasks
):
    send(client, guide["nl"], message="De link naar de FOD werkt niet.")
    assert mail.outbox == []  # sent by the worker, not during the visitor's request
    messages = sent(run_tasks)
    assert set(messages) == {"editor-awt@example.be", "editor-awt-de@example.be"}
    french, german = messages["editor-awt@example.be"], messages["editor-awt-de@example.be"]
    assert french.subject == "Erreur signalée sur « Wifi beveiligen » (Néerlandais)"
    assert "De link naar de FOD werkt niet." in french.body
    assert "Traitez le signalement dans la boîte de réception :" in french.body
    report = Report.objects.get()
    assert f"http://testserver/admin/visitor-reports/edit/{report.pk}/" in french.body
    assert german.subject == "Fehler gemeldet zu „Wifi beveiligen“ (Niederländisch)"
    assert "Guten Tag Editor-Awt-De," in german.body


def test_an_error_on_a_seminar_goes_to_the_editors_of_the_agenda(client, users, seminar, run_tasks):
    send(client, seminar)
    messages = sent(run_tasks)
    assert set(messages) == {"editor-ucm@example.be"}
    assert messages["editor-ucm@example.be"].subject == "Fout gemeld op ‘Facturation électronique’ (Frans)"


def test_a_translation_problem_goes_to_the_translators_of_that_language(client, users, guide, run_tasks):
    send(client, guide["de"], message="Übersetzungsfehler im Titel.", is_translation="on")
    messages = sent(run_tasks)
    assert set(messages) == {"translator-de@example.be"}
    assert messages["translator-de@example.be"].subject == "Übersetzungsproblem gemeldet zu „WLAN absichern“ (Deutsch)"
    assert "Übersetzungsfehler im Titel." in messages["translator-de@example.be"].body


def test_with_nobody_in_the_section_the_administrators_are_told(client, users, guide, run_tasks):
    users["editor-awt"].groups.clear()
    users["editor-awt-de"].groups.clear()
    send(client, guide["fr"])
    assert set(sent(run_tasks)) == {"administrator@example.be"}


def test_a_mail_server_that_is_down_loses_nothing(client, users, guide, run_tasks, settings):
    settings.EMAIL_DELIVERY_BACKEND = "tests.feedback.failing_mail.EmailBackend"
    response = send(client, guide["fr"], message="Le lien vers le SPF est cassé.")
    assert response.status_code == 302  # the visitor is thanked
    assert Report.objects.get().message == "Le lien vers le SPF est cassé."  # the report is in the inbox
    run_tasks()
    assert mail.outbox == []
    # Each notification failed, and is queued again for later.
    failed = DBTaskResult.objects.filter(status="FAILED")
    retries = DBTaskResult.objects.filter(status="READY", run_after__gt=timezone.now())
    assert failed.count() == retries.count() == 2
    assert all("SMTPServerDisconnected" in result.traceback for result in failed)

    # The server is back; the retries come due.
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    retries.update(run_after=timezone.now())
    assert set(sent(run_tasks)) == {"editor-awt@example.be", "editor-awt-de@example.be"}
