"""Background work on Django's task framework, and the e-mails the site sends.

Every e-mail goes through ``queue_email``: the message is written in the
recipient's language by the caller, then queued; the worker
(``manage.py db_worker``) sends it. A slow or failing mail server never
holds a visitor's request, and a message that cannot be sent is tried again
with growing delays, its failures kept in the task results.

With the database backend the queued task is a row written in the caller's
transaction: the e-mail exists exactly when what it announces (a
registration, a report) was saved. Other backends (RQ, Celery) get the task
once that transaction commits.
"""

import logging
from datetime import timedelta

from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import timezone
from django_tasks import task
from django_tasks_db import DatabaseBackend

logger = logging.getLogger(__name__)

MAX_EMAIL_ATTEMPTS = 6


def enqueue(task_, *args, **kwargs):
    """Queue ``task_`` with these (JSON-serialisable) arguments, atomically with the current transaction."""
    if isinstance(task_.get_backend(), DatabaseBackend):
        return task_.enqueue(*args, **kwargs)
    transaction.on_commit(lambda: task_.enqueue(*args, **kwargs))
    return None


def retry_delay(attempt):
    """1 minute, then 4, 16, 64… capped at six hours."""
    return timedelta(minutes=min(4 ** (attempt - 1), 360))


def queue_email(to, subject, body, *, attachments=(), reply_to=(), headers=None):
    """Send an e-mail in the background.

    ``attachments`` are ``(filename, text, mimetype)`` triples (an ``.ics`` calendar, a CSV…);
    everything is rendered by the caller, in the recipient's language.
    """
    message = {
        "to": [to] if isinstance(to, str) else list(to),
        "subject": str(subject),
        "body": str(body),
        "attachments": [list(attachment) for attachment in attachments],
        "reply_to": [reply_to] if isinstance(reply_to, str) else list(reply_to),
        "headers": dict(headers or {}),
    }
    return enqueue(send_email, message)


@task(backend="background")
def send_email(message, attempt=1):
    email = EmailMessage(
        subject=message["subject"],
        body=message["body"],
        to=message["to"],
        reply_to=message["reply_to"] or None,
        headers=message["headers"] or None,
    )
    for filename, content, mimetype in message["attachments"]:
        email.attach(filename, content, mimetype)
    try:
        email.send()
    except Exception:
        if attempt < MAX_EMAIL_ATTEMPTS and send_email.get_backend().supports_defer:
            run_after = timezone.now() + retry_delay(attempt)
            send_email.using(run_after=run_after).enqueue(message, attempt + 1)
            logger.warning("E-mail to %s not sent (attempt %s), tried again at %s", message["to"], attempt, run_after)
        raise
    return len(message["to"])
