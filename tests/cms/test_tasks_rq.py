"""A larger installation moves the background tasks to RQ on Redis (TASKS_BACKEND=rq) with no code change:
the same e-mail task, queued in the real Redis of the machine once the transaction commits, run by a real
RQ worker, and put off with a delay when it fails."""

import smtplib

import django_rq
import pytest
from django.core import mail
from django_tasks_rq.backend import Job
from rq import SimpleWorker

from core.tasks import queue_email

# The tests empty their Redis database before and after: on one xdist worker, so one never empties it under the other.
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("redis-14")]

REDIS_URL = "redis://127.0.0.1:6379/14"  # a database of its own, emptied before and after


@pytest.fixture
def rq_queue(settings):
    settings.RQ_QUEUES = {"default": {"URL": REDIS_URL}}
    settings.TASKS = {**settings.TASKS, "background": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    queue = django_rq.get_queue("default", job_class=Job)
    queue.connection.flushdb()
    yield queue
    queue.connection.flushdb()


def work(queue):
    SimpleWorker([queue], connection=queue.connection, job_class=Job).work(burst=True)


def test_an_email_is_queued_in_redis_after_the_commit_and_sent_by_an_rq_worker(
    rq_queue, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        queue_email("ada@example.be", "Inscription confirmée", "À bientôt")
    assert rq_queue.count == 0  # nothing leaves before the transaction commits
    for callback in callbacks:
        callback()
    assert rq_queue.count == 1 and mail.outbox == []
    work(rq_queue)
    assert [message.to for message in mail.outbox] == [["ada@example.be"]]


def test_a_failing_task_is_put_off_in_rq_s_scheduler(rq_queue, settings, django_capture_on_commit_callbacks):
    settings.EMAIL_DELIVERY_BACKEND = "tests.feedback.failing_mail.EmailBackend"
    with django_capture_on_commit_callbacks(execute=True):
        queue_email("ada@example.be", "Inscription confirmée", "À bientôt")
    work(rq_queue)
    assert rq_queue.failed_job_registry.count == 1  # the failure, with its traceback
    assert rq_queue.scheduled_job_registry.count == 1  # the next attempt, later
    [failed_id] = rq_queue.failed_job_registry.get_job_ids()
    failure = Job.fetch(failed_id, connection=rq_queue.connection).latest_result()
    assert smtplib.SMTPServerDisconnected.__name__ in failure.exc_string
