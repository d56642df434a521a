"""Publishing returns before the translation drafts and the search index are built: the task worker
(`manage.py db_worker`, the real one) does it afterwards, and nothing is lost while it is stopped."""

import pytest
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult
from wagtail.models import Page

from home.models import ContentPage
from search.models import SearchDocument

pytestmark = pytest.mark.django_db


def publish(homes, title, slug):
    page = homes["fr"].add_child(instance=ContentPage(title=title, slug=slug, intro="Changez le mot de passe."))
    page.save_revision().publish()
    return page


def translations(page):
    return {p.locale.language_code: p.live for p in Page.objects.filter(translation_key=page.translation_key)}


def indexed(page):
    return SearchDocument.objects.filter(object_id=str(page.pk)).exists()


def test_nl_and_de_drafts_and_the_search_index_appear_when_the_worker_runs(homes, run_tasks):
    guide = publish(homes, "Sécuriser le Wi-Fi", "wifi")
    # The editor's request is over: only the French page exists, its work waits in the queue.
    assert translations(guide) == {"fr": True}
    assert not indexed(guide)
    waiting = set(DBTaskResult.objects.filter(status="READY").values_list("task_path", flat=True))
    assert {"editorial.sync.update_translations", "search.tasks.index_object"} <= waiting

    run_tasks()
    assert translations(guide) == {"fr": True, "nl": False, "de": False}  # drafts, never published
    assert indexed(guide)
    assert not DBTaskResult.objects.exclude(status="SUCCESSFUL").exists()


def test_a_stopped_worker_loses_nothing(homes, run_tasks, monkeypatch):
    from django_tasks_db.management.commands import db_worker

    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)
    first = publish(homes, "Sécuriser le Wi-Fi", "wifi")
    second = publish(homes, "Choisir un smartphone", "smartphone")
    queued = DBTaskResult.objects.filter(status="READY").count()
    # The worker runs one task, then stops (a deploy, a crash between two tasks).
    try:
        call_command("db_worker", "--backend=background", "--max-tasks=1", "--no-startup-delay", "--no-reload")
    except SystemExit as exit:
        assert not exit.code
    assert DBTaskResult.objects.filter(status="READY").count() == queued - 1
    # Started again, it does the rest.
    run_tasks()
    assert translations(first) == translations(second) == {"fr": True, "nl": False, "de": False}
    assert indexed(first) and indexed(second)
