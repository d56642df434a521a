"""Retrying the search engine updates that failed while the engine was down.

With a task worker that can defer (``supports_defer``), a retry is queued with
a growing delay, up to ``MAX_ATTEMPTS``. With the immediate backend (the
embedded default) nothing can wait, so the failed updates are retried on the
next search that reaches the engine and by ``manage.py search_index --retry``
(a cron job in production).
"""

from datetime import timedelta

from django.db import transaction
from django.dispatch import receiver
from django.utils import timezone
from django_tasks import default_task_backend, task

from search.engines import flush_pending, updates_pending

MAX_ATTEMPTS = 8


@task()
def retry_engine_updates(attempt=1):
    remaining = flush_pending()
    if remaining and attempt < MAX_ATTEMPTS and default_task_backend.supports_defer:
        delay = timedelta(seconds=min(30 * 2**attempt, 3600))
        retry_engine_updates.using(run_after=timezone.now() + delay).enqueue(attempt + 1)
    return remaining


@receiver(updates_pending)
def schedule_retry(**kwargs):
    if default_task_backend.supports_defer:
        task_ = retry_engine_updates.using(run_after=timezone.now() + timedelta(seconds=30))
        transaction.on_commit(lambda: task_.enqueue(1))
