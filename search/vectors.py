"""The vectors of the search documents: computing them, keeping them, and the semantic ranking.

Vectors are computed by the background task ``search.tasks.embed_documents`` (queued when documents are
written: a publication, ``search_index``), never in an editor's request, and stored in ``SearchVector``
beside their document, which takes them along when it is removed. A vector is computed again only when
the text it was made from changes (``checksum``) or the embedder does (``model``).

Semantic ranking reads the language's vectors into a matrix once per process (reloaded when they change:
a version number in the shared cache, as the vocabulary does), takes the dot product with the query's
vector (both are L2-normalised: the cosine), and keeps the best documents that pass the search's own
filters in the database — visibility window, type, theme, sector, site. A vector whose document was
removed is never shown: candidates are read back from the document table. PostgreSQL's pgvector
extension would rank in the database; it is not installed here (nor packaged for this PostgreSQL 15), and
an in-memory dot product over 10,000 vectors of 384 dimensions takes about a millisecond.
"""

import hashlib
import logging
import uuid

from django.core.cache import cache

from search.embeddings import EmbeddingUnavailable, document_text, from_bytes, get_embedder, to_bytes
from search.models import SearchDocument, SearchVector

logger = logging.getLogger(__name__)

BATCH = 16
_LOADED = {}


def _version_key(language):
    return f"search:vectors:{language}"


def vectors_changed(language):
    cache.set(_version_key(language), uuid.uuid4().hex, None)


def checksum(embedder, text):
    return hashlib.sha1(f"{embedder.name}\n{text}".encode()).hexdigest()


def stale_documents(embedder, pks):
    """The documents among ``pks`` whose vector is missing or was made from other text or by another model."""
    documents = list(SearchDocument.objects.filter(pk__in=pks).only("pk", "language", "title", "summary", "body"))
    current = dict(
        SearchVector.objects.filter(document_id__in=[document.pk for document in documents]).values_list(
            "document_id", "checksum"
        )
    )
    return [
        document for document in documents if current.get(document.pk) != checksum(embedder, document_text(document))
    ]


def refresh(pks):
    """Compute the vectors of the documents ``pks`` that need one. Returns how many were computed.

    Raises EmbeddingUnavailable when an embedding service does not answer (the task is tried again).
    """
    embedder = get_embedder()
    if embedder is None or not pks:
        return 0
    documents = stale_documents(embedder, pks)
    languages = set()
    for start in range(0, len(documents), BATCH):
        batch = documents[start : start + BATCH]
        texts = [document_text(document) for document in batch]
        matrix = embedder.embed_documents(texts, batch[0].language)
        for document, text, vector in zip(batch, texts, matrix, strict=True):
            SearchVector.objects.update_or_create(
                document_id=document.pk,
                defaults={
                    "language": document.language,
                    "model": embedder.name,
                    "checksum": checksum(embedder, text),
                    "vector": to_bytes(vector),
                },
            )
            languages.add(document.language)
    for language in languages:
        vectors_changed(language)
    return len(documents)


def kept_vectors(language):
    """Before a rebuild: the language's vectors by document key, to put back beside the new documents."""
    rows = SearchVector.objects.filter(language=language).values_list(
        "document__content_type_id", "document__object_id", "model", "checksum", "vector"
    )
    return {
        (content_type, object_id): (model, check, bytes(vector))
        for content_type, object_id, model, check, vector in rows
    }


def restore_vectors(language, kept):
    """After a rebuild: the kept vectors beside the new documents of the same key.

    ``refresh`` then embeds the documents without one and those whose text changed.
    """
    restored = []
    rows = SearchDocument.objects.filter(language=language).values_list("pk", "content_type_id", "object_id")
    for pk, content_type, object_id in rows:
        found = kept.get((content_type, object_id))
        if found is None:
            continue
        model, check, vector = found
        restored.append(SearchVector(document_id=pk, language=language, model=model, checksum=check, vector=vector))
    SearchVector.objects.bulk_create(restored, batch_size=500)
    vectors_changed(language)


def _matrix(language, model):
    """(document ids, matrix) of the language's vectors by ``model``, loaded once per version."""
    import numpy

    version = cache.get(_version_key(language))
    loaded = _LOADED.get(language)
    if loaded is not None and loaded[0] == version and loaded[1] == model:
        return loaded[2], loaded[3]
    rows = list(SearchVector.objects.filter(language=language, model=model).values_list("document_id", "vector"))
    ids = numpy.array([pk for pk, _vector in rows], dtype=numpy.int64)
    matrix = numpy.vstack([from_bytes(vector) for _pk, vector in rows]) if rows else numpy.zeros((0, 1), "f4")
    _LOADED[language] = (version, model, ids, matrix)
    return ids, matrix


def query_vector(text):
    """The query's vector, or None (no embedder, or its service does not answer: search stays lexical)."""
    embedder = get_embedder()
    if embedder is None or not text.strip():
        return None
    try:
        return embedder.embed_query(text)
    except EmbeddingUnavailable as error:
        logger.warning("embedding service unreachable, lexical search only: %s", error)
        return None


def semantic_hits(vector, language, filters, limit, threshold):
    """[(document pk, similarity)] of the ``limit`` closest documents of ``language`` passing ``filters``.

    Only documents at least ``threshold`` similar count: below it a document is no answer to the question.
    """
    import numpy

    from search.engines.database import filtered

    embedder = get_embedder()
    if embedder is None or vector is None or limit <= 0:
        return []
    ids, matrix = _matrix(language, embedder.name)
    if not len(ids) or matrix.shape[1] != len(vector):
        return []
    scores = matrix @ numpy.asarray(vector, dtype=numpy.float32)
    above = numpy.flatnonzero(scores >= threshold)
    order = above[numpy.argsort(-scores[above], kind="stable")]
    hits, start, step = [], 0, max(limit * 4, 50)
    while len(hits) < limit and start < len(order):
        chunk = order[start : start + step]
        shown = set(
            filtered(
                SearchDocument.objects.filter(pk__in=ids[chunk].tolist(), language=language), filters
            ).values_list("pk", flat=True)
        )
        hits += [(int(ids[index]), float(scores[index])) for index in chunk if int(ids[index]) in shown]
        start += step
        step *= 4
    return hits[:limit]
