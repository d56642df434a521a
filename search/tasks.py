"""The search index's background work: indexing after a change, and retrying what the engine missed.

Publishing, moving, lifting a view restriction or changing a sponsor's contract
queues ``index_object`` / ``index_subtree`` (``core.tasks``): the worker builds the
documents (text extraction from slides included), updates the vocabulary and
sends them to the engine, outside the editor's request. Removals (unpublishing,
deleting, restricting) stay immediate: what was withdrawn is never found again.

Engine updates that failed while the engine was down wait in
``PendingIndexUpdate``; ``retry_engine_updates`` sends them again with growing
delays while it fails, and ``manage.py search_index --retry`` does the same by
hand (or from cron, with the immediate backend, which cannot wait).

``embed_documents`` computes the vectors of documents just written (semantic search,
``search.vectors``): queued by the indexing above and by ``search_index``.
"""

from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.dispatch import receiver
from django.utils import timezone
from wagtail.models import Page

from core.tasks import background_task, enqueue
from search.engines import flush_pending, updates_pending

MAX_ATTEMPTS = 8


class EngineUpdatesPending(Exception):
    """The engine still misses updates: the task fails and is tried again later."""


def _content_type_id(instance):
    return ContentType.objects.get_for_model(instance, for_concrete_model=False).pk


def queue_index(instance):
    enqueue(index_object, _content_type_id(instance), instance.pk)


def queue_index_subtree(page):
    enqueue(index_subtree, page.pk)


@background_task
def index_object(content_type_id, object_id):
    from search.documents import index_instance

    model = ContentType.objects.get_for_id(content_type_id).model_class()
    instance = model._default_manager.filter(pk=object_id).first()
    if instance is not None:  # deleted since: its documents went with it
        queue_embedding(document.pk for document in index_instance(instance))


@background_task
def index_subtree(page_id):
    """A page and every page beneath it (a move changes their URLs, a lifted restriction their visibility)."""
    from search.documents import index_instance

    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return
    for descendant in page.get_descendants(inclusive=True).live().specific():
        queue_embedding(document.pk for document in index_instance(descendant))


def queue_embedding(pks, batch=200):
    """Compute the vectors of these documents in the background (nothing to do without an embedder)."""
    from search.embeddings import get_embedder

    if get_embedder() is None:
        return
    pks = list(pks)
    for start in range(0, len(pks), batch):
        enqueue(embed_documents, pks[start : start + batch])


@background_task
def embed_documents(document_ids):
    """The vectors of search documents whose text changed (search.vectors); retried when the service is down."""
    from search.vectors import refresh

    return refresh(document_ids)


@background_task(attempts=MAX_ATTEMPTS, delay=lambda attempt: timedelta(seconds=min(30 * 2**attempt, 3600)))
def retry_engine_updates():

    remaining = flush_pending()
    if remaining:
        raise EngineUpdatesPending(f"{remaining} search engine update(s) still pending")
    return remaining


@receiver(updates_pending)
def schedule_retry(**kwargs):
    task_ = retry_engine_updates
    if task_.get_backend().supports_defer:
        enqueue(task_.using(run_after=timezone.now() + timedelta(seconds=30)))
