"""The search engines behind the search app, chosen by ``WAGTAILSEARCH_BACKENDS["default"]``.

- ``wagtail.search.backends.database`` (the default): the database engine,
  SQLite FTS5 or PostgreSQL full text search on the app's own per-language
  index table.
- ``…opensearch2`` / ``…opensearch3``: OpenSearch, one index per language.
- ``…elasticsearch7/8/9``: Elasticsearch, same indexes and queries.

Whatever the engine, the database index is always kept current: when the
engine cannot be reached, searches are answered from the database and the
engine updates wait in ``PendingIndexUpdate`` until they succeed.
"""

import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.dispatch import Signal

from search.engines.base import EngineUnavailable

logger = logging.getLogger(__name__)

# Sent when engine updates failed and wait in PendingIndexUpdate: search.tasks schedules their retry.
updates_pending = Signal()

FALLBACK_KEY = "search:fallback"


def engine_settings():
    return settings.WAGTAILSEARCH_BACKENDS.get("default", {})


def get_engine(config=None):
    from search.engines.database import DatabaseEngine

    config = config or engine_settings()
    backend = config.get("BACKEND", "")
    if "opensearch" in backend or "elasticsearch" in backend:
        from search.engines.engine import SearchEngine

        return SearchEngine(config)
    return DatabaseEngine()


def report_fallback(error):
    cache.set(FALLBACK_KEY, {"at": time.time(), "error": f"{error.__class__.__name__}: {error}"}, 300)


def last_fallback():
    return cache.get(FALLBACK_KEY)


def run_search(parsed, filters, offset, limit, facets=True):
    """Search with the configured engine, falling back to the database when it is down.

    ``facets=False``: the caller needs the hits and their total only.
    Returns (results, engine name).
    """
    from search.engines.base import EngineResults
    from search.engines.database import DatabaseEngine

    engine = get_engine()
    if filters.get("within") == []:  # no site: nothing to show
        return EngineResults(), engine.name
    if engine.name != "database":
        try:
            results = engine.search(parsed, filters, offset, limit, facets)
        except EngineUnavailable as error:
            logger.warning("search engine unreachable, answering from the database: %s", error)
            report_fallback(error)
        else:
            flush_pending(engine, quiet=True)
            return results, engine.name
        engine = DatabaseEngine()
        return engine.search(parsed, filters, offset, limit, facets), "database (fallback)"
    return engine.search(parsed, filters, offset, limit, facets), engine.name


def _keys(documents):
    return [f"{document.content_type_id}:{document.object_id}:{document.language}" for document in documents]


def engine_sync(documents):
    """Send changed documents to the engine; remember them when it is down."""
    _send("index", documents)


def engine_remove(documents):
    _send("delete", documents)


def _send(method, documents):
    """``engine.index`` or ``engine.delete`` of the documents; when the engine is down, they wait in
    ``PendingIndexUpdate``."""
    engine = get_engine()
    if engine.name == "database" or not documents:
        return
    try:
        getattr(engine, method)(documents)
    except EngineUnavailable as error:
        remember_pending(_keys(documents), error)


def remember_pending(keys, error):
    from search.models import PendingIndexUpdate

    for key in keys:
        pending, _created = PendingIndexUpdate.objects.get_or_create(document_key=key)
        pending.attempts += 1
        pending.last_error = f"{error.__class__.__name__}: {error}"[:2000]
        pending.save()
    logger.warning("search engine unreachable, %d index update(s) will be retried: %s", len(keys), error)
    updates_pending.send(sender=None)


def flush_pending(engine=None, quiet=False):
    """Retry the engine updates that failed. Returns the number still pending."""
    from django.contrib.contenttypes.models import ContentType

    from search.models import PendingIndexUpdate, SearchDocument

    pending = list(PendingIndexUpdate.objects.all()[:500])
    if not pending:
        return 0
    engine = engine or get_engine()
    if engine.name == "database":
        PendingIndexUpdate.objects.all().delete()
        return 0
    for item in pending:
        content_type_id, object_id, language = item.document_key.split(":", 2)
        document = SearchDocument.objects.filter(
            content_type_id=content_type_id, object_id=object_id, language=language
        ).first()
        try:
            if document is not None:
                engine.index([document])
            else:
                stub = SearchDocument(
                    content_type=ContentType.objects.get_for_id(int(content_type_id)),
                    object_id=object_id,
                    language=language,
                )
                engine.delete([stub])
        except EngineUnavailable as error:
            item.attempts += 1
            item.last_error = f"{error.__class__.__name__}: {error}"[:2000]
            item.save(update_fields=["attempts", "last_error"])
            if not quiet:
                logger.warning("search engine still unreachable: %s", error)
            return PendingIndexUpdate.objects.count()
        item.delete()
    return PendingIndexUpdate.objects.count()
