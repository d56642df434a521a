"""Background work on Django's task framework: one decorator, one way to queue, and the e-mails.

``background_task`` declares the product's slow or failing work (translation
drafts, machine translation, search indexing, webhook deliveries, e-mails,
nightly jobs) as a task of the ``background`` backend. The worker
(``manage.py db_worker --backend background``; ``make run`` starts it) runs
it outside any visitor's or editor's request. A task that raises fails (its
traceback kept, shown to administrators in Reports → Background tasks) and is
queued again after a growing delay (1, 4, 16, 64… minutes by default), up to
a number of attempts.

``enqueue`` queues a task atomically with the caller's transaction: with the
database backend the task is a row written in that transaction (it exists
exactly when what it follows was saved, and waits in the database while no
worker runs); other queues (RQ, Celery) get it once the transaction commits.
With the immediate backend (``TASKS_BACKEND=immediate``) it runs at once, in
the caller.

E-mail: ``EMAIL_BACKEND`` is ``TaskEmailBackend``, so every message the site
sends (``send_mail``, Wagtail's workflow notifications, ``queue_email``) is
queued; the ``send_email`` task hands it to the real backend,
``EMAIL_DELIVERY_BACKEND`` (console, SMTP…).

This module depends on Django and django-tasks only.
"""

import base64
import functools
import io
import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from django_tasks import task
from django_tasks.backends.immediate import ImmediateBackend
from django_tasks.signals import task_finished
from django_tasks_db import DatabaseBackend

logger = logging.getLogger(__name__)

BACKEND = "background"
MAX_ATTEMPTS = 6


def retry_delay(attempt):
    """1 minute, then 4, 16, 64… capped at six hours."""
    return timedelta(minutes=min(4 ** (attempt - 1), 360))


def _value(setting):
    return setting() if callable(setting) else setting


def background_task(func=None, *, attempts=MAX_ATTEMPTS, delay=retry_delay):
    """Declare ``func`` a background task that is retried when it raises.

    ``attempts`` (a number, or a callable returning one: read from settings at run time) is the
    most times it runs; ``delay(attempt)`` the wait before the next one. The task's arguments must
    be JSON-serialisable (primary keys, not objects): they are stored until a worker runs it.
    """

    def decorate(func):
        @functools.wraps(func)
        def run(*args, attempt=1, **kwargs):
            try:
                return func(*args, **kwargs)
            except Exception:
                _retry(registered, args, kwargs, attempt, _value(attempts), delay)
                raise

        registered = task(backend=BACKEND)(run)
        return registered

    return decorate(func) if func is not None else decorate


def _retry(task_, args, kwargs, attempt, attempts, delay):
    backend = task_.get_backend()
    name = task_.module_path
    if attempt >= attempts:
        logger.error("Task %s failed for good after %s attempt(s)", name, attempt)
        return
    if not backend.supports_defer:
        logger.error("Task %s failed; the %s backend cannot try it again later", name, backend.alias)
        return
    run_after = timezone.now() + delay(attempt)
    task_.using(run_after=run_after).enqueue(*args, attempt=attempt + 1, **kwargs)
    logger.warning("Task %s failed (attempt %s), tried again at %s", name, attempt, run_after)


def enqueue(task_, *args, **kwargs):
    """Queue ``task_`` with these (JSON-serialisable) arguments, atomically with the current transaction."""
    backend = task_.get_backend()
    if isinstance(backend, DatabaseBackend | ImmediateBackend):
        return task_.enqueue(*args, **kwargs)
    transaction.on_commit(lambda: task_.enqueue(*args, **kwargs))
    return None


# --- e-mail ---------------------------------------------------------------------------------------


def _encode(content):
    if isinstance(content, bytes):
        return {"base64": base64.b64encode(content).decode()}
    return {"text": str(content)}


def _decode(content):
    return base64.b64decode(content["base64"]) if "base64" in content else content["text"]


def serialise(message):
    """An ``EmailMessage`` as JSON (what the task stores)."""
    attachments = []
    for attachment in message.attachments:
        if not isinstance(attachment, tuple | list) or len(attachment) != 3:
            # A MIME part built by hand: sent as its bytes.
            attachment = (None, attachment.as_bytes(), attachment.get_content_type())
        filename, content, mimetype = attachment
        attachments.append({"filename": filename, "content": _encode(content), "mimetype": mimetype})
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": dict(message.extra_headers),
        "alternatives": [[str(content), mimetype] for content, mimetype in getattr(message, "alternatives", [])],
        "attachments": attachments,
    }


def deserialise(message):
    email = EmailMultiAlternatives(
        subject=message["subject"],
        body=message["body"],
        from_email=message["from_email"],
        to=message["to"],
        cc=message["cc"],
        bcc=message["bcc"],
        reply_to=message["reply_to"] or None,
        headers=message["headers"] or None,
        alternatives=[tuple(alternative) for alternative in message["alternatives"]],
    )
    for attachment in message["attachments"]:
        email.attach(attachment["filename"], _decode(attachment["content"]), attachment["mimetype"])
    return email


class TaskEmailBackend(BaseEmailBackend):
    """``EMAIL_BACKEND``: each message becomes a ``send_email`` task; nothing waits for the mail server."""

    def send_messages(self, email_messages):
        for message in email_messages:
            enqueue(send_email, serialise(message))
        return len(email_messages)


@background_task
def send_email(message):
    """Hand one queued message to the real mail backend (``EMAIL_DELIVERY_BACKEND``)."""
    connection = get_connection(settings.EMAIL_DELIVERY_BACKEND)
    return connection.send_messages([deserialise(message)])


def forget_sent_message(sender, task_result, **kwargs):
    """A finished e-mail task keeps no message in the task log: no address is stored once it is sent
    (a retry has its own copy until it runs). The self-diagnostic promises that its result's address is
    not kept."""
    if task_result.task.module_path != send_email.module_path:
        return
    if isinstance(task_result.task.get_backend(), DatabaseBackend):
        from django_tasks_db.models import DBTaskResult

        DBTaskResult.objects.filter(pk=task_result.id).update(args_kwargs={"args": [], "kwargs": {}})


task_finished.connect(forget_sent_message, dispatch_uid="cms_tasks_forget_sent_message")


def queue_email(to, subject, body, *, attachments=(), reply_to=(), headers=None):
    """Send a plain-text e-mail (through the task queue, as every e-mail).

    ``attachments`` are ``(filename, content, mimetype)`` triples (an ``.ics`` calendar, a CSV…);
    everything is rendered by the caller, in the recipient's language.
    """
    email = EmailMessage(
        subject=str(subject),
        body=str(body),
        to=[to] if isinstance(to, str) else list(to),
        reply_to=[reply_to] if isinstance(reply_to, str) else list(reply_to),
        headers=dict(headers or {}),
    )
    for filename, content, mimetype in attachments:
        email.attach(filename, content, mimetype)
    return email.send()


# --- nightly jobs -----------------------------------------------------------------------------------


@background_task
def run_command(name):
    """A nightly job (``purge_personal_data``, ``send_seminar_reminders``…) run by the worker."""
    out = io.StringIO()
    call_command(name, stdout=out, stderr=out)
    return out.getvalue()[-2000:]


class EnqueueableCommand(BaseCommand):
    """A management command that ``--enqueue`` hands to the task worker instead of running it here
    (a scheduler that only reaches the database or the queue; the cron line works either way)."""

    def create_parser(self, prog_name, subcommand, **kwargs):
        parser = super().create_parser(prog_name, subcommand, **kwargs)
        parser.add_argument("--enqueue", action="store_true", help="Queue the job for the task worker.")
        self._name = subcommand
        return parser

    def execute(self, *args, **options):
        if options.pop("enqueue", False):
            enqueue(run_command, self._name)
            self.stdout.write(f"{self._name} queued for the task worker.")
            return None
        return super().execute(*args, **options)
