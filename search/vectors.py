"""The vectors of the search documents: computing them, keeping them, and the semantic ranking.

Vectors are computed by the background task ``search.tasks.embed_documents`` (queued when documents are
written: a publication, ``search_index``), never in an editor's request, and stored in ``SearchVector``
beside their document, which takes them along when it is removed. A vector is computed again only when
the text it was made from changes (``checksum``) or the embedder does (``model``).

Semantic ranking reads the language's vectors into one float32 matrix per process, its rows grouped by
type, and reads them again when they change: a version per language (``SearchVectorVersion``) changes in
the same transaction as the vectors, and each search reads it (one row by primary key), so every process
sees a committed change at its next search, whatever the cache. The query's vector (both are
L2-normalised: the dot product is the cosine) meets the rows of the requested types only; the best
candidates above the threshold are picked with ``argpartition`` (no full sort) and read back from the
document table with the search's own filters — visibility window, type, theme, sector, site —, a few
dozen by primary key: a vector whose document was removed, or that no longer passes them, is never shown.
PostgreSQL's pgvector extension would rank in the database; it is not installed here (nor packaged for
this PostgreSQL 15), and the in-memory dot product over 10,000 vectors of 384 dimensions takes about a
millisecond.
"""

import hashlib
import logging
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor

from search.embeddings import EmbeddingUnavailable, document_text, get_embedder, query_vectors, to_bytes
from search.models import SearchDocument, SearchVector, SearchVectorVersion
from search.vocabulary import vocabulary

logger = logging.getLogger(__name__)

BATCH = 16
_LOADED = {}


def vectors_changed(language):
    """A new version of the language's vectors: each process reads them again at its next search."""
    version = uuid.uuid4().hex
    if not SearchVectorVersion.objects.filter(language=language).update(version=version):
        SearchVectorVersion.objects.update_or_create(language=language, defaults={"version": version})


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


def _dot(matrix, vector):
    """``matrix @ vector`` in numpy's own loop, in this thread: ``@`` goes to OpenBLAS, whose threads spin
    while they wait and took 8–34 ms (p50) for 10,000 × 384 on a busy two-core machine, against 0.7 ms."""
    import numpy

    return numpy.einsum("ij,j->i", matrix, vector)


class LoadedVectors:
    """A language's vectors by one model, as a process keeps them: one float32 matrix, rows grouped by type.

    ``ids[i]`` is the document of row ``i``; the rows of each type are one slice of the matrix (``spans``),
    so that a search of one type computes the similarity of that type's documents only, without a copy.
    """

    def __init__(self, version, model, rows):
        import numpy

        rows.sort(key=lambda row: (row[1], row[0]))  # by type, then document
        self.version, self.model = version, model
        self.ids = numpy.array([pk for pk, _type, _vector in rows], dtype=numpy.int64)
        data = b"".join(bytes(vector) for _pk, _type, vector in rows)
        matrix = numpy.frombuffer(data, dtype="<f4").astype(numpy.float32, copy=False)
        self.matrix = matrix.reshape(len(rows), -1) if rows else numpy.zeros((0, 0), numpy.float32)
        self.spans = {}
        for index, (_pk, kind, _vector) in enumerate(rows):
            start, _stop = self.spans.get(kind, (index, index))
            self.spans[kind] = (start, index + 1)

    def scores(self, vector, types=None):
        """(row indexes, similarities) of the documents of ``types`` (every type when none is given)."""
        import numpy

        vector = numpy.asarray(vector, dtype=numpy.float32)
        if not types:
            return numpy.arange(len(self.ids)), _dot(self.matrix, vector)
        spans = [self.spans[kind] for kind in dict.fromkeys(types) if kind in self.spans]
        if not spans:
            return numpy.zeros(0, numpy.int64), numpy.zeros(0, numpy.float32)
        rows = numpy.concatenate([numpy.arange(start, stop) for start, stop in spans])
        scores = numpy.concatenate([_dot(self.matrix[start:stop], vector) for start, stop in spans])
        return rows, scores


def vectors_version(language):
    """The version of the language's vectors (None: never written)."""
    return SearchVectorVersion.objects.filter(language=language).values_list("version", flat=True).first()


def loaded_vectors(language, model):
    """The language's vectors by ``model``, read from the database again only when their version changed."""
    version = vectors_version(language)  # before the rows: a change committed in between is read next time
    loaded = _LOADED.get(language)
    if version is not None and loaded is not None and (loaded.version, loaded.model) == (version, model):
        return loaded
    rows = list(
        SearchVector.objects.filter(language=language, model=model).values_list(
            "document_id", "document__type", "vector"
        )
    )
    loaded = LoadedVectors(version, model, rows)
    _LOADED[language] = loaded
    return loaded


def _vector_or_none(embedder, text):
    """The query's vector, or None when the embedding service does not answer (search stays lexical)."""
    try:
        return query_vectors.get(embedder, text)
    except EmbeddingUnavailable as error:
        logger.warning("embedding service unreachable, lexical search only: %s", error)
        return None


_POOL = []
_POOL_LOCK = threading.Lock()


def query_vector_soon(text, language):
    """The query's vector computed in a thread beside the caller (a ``Future``: ``.result()``), or None.

    The search asks it first and runs the lexical search meanwhile: the model (C code) and the database
    both leave Python's lock free, so the two overlap instead of adding up. The thread touches no database.
    The query is embedded with the accents the index of ``language`` writes and the visitor left out.
    """
    embedder = get_embedder()
    if embedder is None or not text.strip():
        return None
    text = vocabulary(language).accented(text)
    with _POOL_LOCK:
        if not _POOL:  # made on first use: after a server's fork, in the process that serves
            _POOL.append(ThreadPoolExecutor(max_workers=4, thread_name_prefix="query-vector"))
    return _POOL[0].submit(_vector_or_none, embedder, text)


def best_first(scores, candidates, first):
    """``candidates`` (indexes into ``scores``) best first, in chunks: the first ``first``, then the others.

    Only the first chunk is sorted at once (``argpartition`` picks it): a search rarely reads further.
    Equal scores keep the candidates' order.
    """
    import numpy

    def ordered(chunk):
        return chunk[numpy.lexsort((chunk, -scores[chunk]))]

    if len(candidates) <= first:
        yield ordered(candidates)
        return
    picked = numpy.argpartition(-scores[candidates], first - 1)
    yield ordered(candidates[picked[:first]])
    rest, start, step = ordered(candidates[picked[first:]]), 0, first * 4
    while start < len(rest):
        yield rest[start : start + step]
        start, step = start + step, step * 4


def semantic_hits(vector, language, filters, limit, threshold):
    """[(document pk, similarity)] of the ``limit`` closest documents of ``language`` passing ``filters``.

    Only documents at least ``threshold`` similar count: below it a document is no answer to the question.
    The filters are the database's: the best candidates are read back from the document table with the
    search's own conditions (visibility window, type, theme, sector, site), so that a vector whose
    document was removed, or no longer passes them, is never an answer — whatever a process kept.
    """
    import numpy

    from search.engines.database import filtered

    embedder = get_embedder()
    if embedder is None or vector is None or limit <= 0:
        return []
    loaded = loaded_vectors(language, embedder.name)
    if not len(loaded.ids) or loaded.matrix.shape[1] != len(vector):
        return []
    rows, scores = loaded.scores(vector, filters.get("type"))
    hits = []
    for chunk in best_first(scores, numpy.flatnonzero(scores >= threshold), max(limit * 4, 50)):
        pks = loaded.ids[rows[chunk]]
        shown = set(
            filtered(SearchDocument.objects.filter(pk__in=pks.tolist(), language=language), filters).values_list(
                "pk", flat=True
            )
        )
        hits += [(int(pk), float(score)) for pk, score in zip(pks, scores[chunk], strict=True) if int(pk) in shown]
        if len(hits) >= limit:
            break
    return hits[:limit]
