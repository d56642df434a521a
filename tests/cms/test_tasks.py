"""E-mails leave through the task worker: queued with what they announce, sent later, tried again on failure."""

import datetime as dt
import smtplib
from unittest import mock

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import transaction
from django_tasks_db.models import DBTaskResult

from core.tasks import queue_email

pytestmark = pytest.mark.django_db


def test_an_email_waits_for_the_worker_and_carries_its_attachment(run_tasks):
    queue_email(
        "ada@example.be",
        "Inscription confirmée",
        "À bientôt",
        attachments=[("s.ics", "BEGIN:VCALENDAR", "text/calendar")],
    )
    assert mail.outbox == []
    run_tasks()
    (message,) = mail.outbox
    assert message.to == ["ada@example.be"]
    assert message.subject == "Inscription confirmée"
    assert message.attachments[0][0] == "s.ics"
    # Sent: the task log keeps no address (the self-diagnostic promises it).
    assert "ada@example.be" not in str(list(DBTaskResult.objects.values_list("args_kwargs", flat=True)))


def test_a_rolled_back_request_sends_nothing(run_tasks):
    with pytest.raises(RuntimeError), transaction.atomic():
        queue_email("ada@example.be", "Inscription confirmée", "À bientôt")
        raise RuntimeError("the registration failed")
    run_tasks()
    assert mail.outbox == []
    assert not DBTaskResult.objects.exists(), list(DBTaskResult.objects.values_list("task_path", "status"))


def test_a_mail_server_that_fails_gets_the_message_again_later(run_tasks):
    # SMTP delivery cannot run on this machine: the mail backend's send is replaced by a failure.
    queue_email("ada@example.be", "Inscription confirmée", "À bientôt")
    with mock.patch(
        "django.core.mail.backends.locmem.EmailBackend.send_messages", side_effect=smtplib.SMTPServerDisconnected
    ):
        run_tasks()
    failed, retry = DBTaskResult.objects.order_by("enqueued_at")
    assert failed.status == "FAILED" and "SMTPServerDisconnected" in failed.traceback
    assert failed.args_kwargs == {"args": [], "kwargs": {}}  # the retry holds the message
    assert retry.status == "READY" and retry.run_after is not None
    retry.run_after = None
    retry.save()
    run_tasks()
    assert [m.to for m in mail.outbox] == [["ada@example.be"]]


def test_administrators_read_a_failed_task_and_its_error_in_the_reports(client, admin_user, run_tasks, settings):
    settings.EMAIL_DELIVERY_BACKEND = "tests.feedback.failing_mail.EmailBackend"
    queue_email("ada@example.be", "Inscription confirmée", "À bientôt")
    run_tasks()
    client.force_login(admin_user)
    listing = client.get("/admin/background_tasks/?status=FAILED")
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "core.tasks.send_email" in html and "smtplib.SMTPServerDisconnected" in html
    failed = DBTaskResult.objects.get(status="FAILED")
    detail = client.get(f"/admin/background_tasks/inspect/{failed.pk}/").content.decode()
    assert "Connection unexpectedly closed" in detail  # the traceback


def test_the_daily_pruning_forgets_finished_tasks_after_two_weeks_and_keeps_the_waiting_ones(run_tasks):
    """The README's daily job: django-tasks-db's own command, with the backend and queues it names."""
    for address in ("old@example.be", "recent@example.be"):
        queue_email(address, "Inscription confirmée", "À bientôt")
    run_tasks()
    old, recent = DBTaskResult.objects.order_by("enqueued_at")
    DBTaskResult.objects.filter(pk=old.pk).update(finished_at=old.finished_at - dt.timedelta(days=15))
    queue_email("waiting@example.be", "Inscription confirmée", "À bientôt")  # no worker ran since
    waiting = DBTaskResult.objects.get(status="READY")
    call_command("prune_db_task_results", "--backend", "background", "--queue-name", "*", verbosity=0)
    assert set(DBTaskResult.objects.values_list("pk", flat=True)) == {recent.pk, waiting.pk}
