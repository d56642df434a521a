"""OpenSearch or Elasticsearch: one index per language behind an alias.

Each language has its own analyzer: French with elision, lower case, ASCII
folding, French stop words and stemmer; Dutch and German with their stop
words, a ``dictionary_decompounder`` fed with the index's own vocabulary, and
their stemmers. The compound parts found by search.analysis are indexed too
(``parts``), so a compound and its split form meet whatever the decompounder
knows. Typos are matched with ``fuzziness: AUTO``.

Rebuilding writes a new index ``<prefix>-search-<language>-<timestamp>`` and
then swaps the alias ``<prefix>-search-<language>`` to it in one atomic
``_aliases`` call, so searches never see a half-built index.

Both clients speak the same REST API; the Elasticsearch client sends
``compatible-with`` media types, which the OpenSearch-compatible test server
refuses (406) — ``"COMPATIBLE_MEDIA_TYPES": False`` in the backend's settings
(``ELASTICSEARCH_COMPATIBLE_MEDIA_TYPES=false``) sends plain JSON instead.
"""

import json
import time

from django.utils import timezone

from search.analysis import stem
from search.engines.base import EngineResults, EngineUnavailable, total_limit
from search.vocabulary import vocabulary

STOP = {"fr": "_french_", "nl": "_dutch_", "de": "_german_"}
# Engine-side stemmers. osmem-server (the test server) answers every query
# with all documents when a custom analyzer uses a stemmer other than
# "french", so Dutch and German rely on the Python stems of ``*_terms``.
STEMMER = {"fr": "french"}


def analysis_settings(language, word_list=()):
    filters = {
        "jsf_stop": {"type": "stop", "stopwords": STOP[language]},
    }
    if language in STEMMER:
        filters["jsf_stemmer"] = {"type": "stemmer", "language": STEMMER[language]}
    chain = ["lowercase"]
    if language == "fr":
        filters["jsf_elision"] = {
            "type": "elision",
            "articles_case": True,
            "articles": ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"],
        }
        chain = ["jsf_elision", "lowercase"]
    chain += ["jsf_stop", "asciifolding"]
    if language in ("nl", "de") and word_list:
        filters["jsf_decompound"] = {
            "type": "dictionary_decompounder",
            "word_list": sorted(word_list),
        }
        chain.append("jsf_decompound")
    if language in STEMMER:
        chain.append("jsf_stemmer")
    return {
        "analysis": {
            "filter": filters,
            "analyzer": {"jsf_text": {"type": "custom", "tokenizer": "standard", "filter": chain}},
        }
    }


def _typed(mapping, *names):
    """The same field mapping for each name (a copy each: changing one field's leaves the others')."""
    return {name: dict(mapping) for name in names}


MAPPINGS = {
    "properties": {
        "doc_id": {"type": "long"},
        **_typed({"type": "keyword"}, "type", "themes", "sectors", "slug", "url_path"),
        **_typed({"type": "text", "analyzer": "jsf_text"}, "title", "summary", "body", "parts"),
        # The terms of search.analysis (stems, compound parts): the same analysis as the database engine.
        **_typed({"type": "text", "analyzer": "whitespace"}, "title_terms", "text_terms"),
        **_typed({"type": "date"}, "visible_from", "visible_until"),
    }
}


# Aliases known to exist, per cluster: no round trip before each search.
_READY = set()


def source(document):
    return {
        "doc_id": document.pk,
        "type": document.type,
        "themes": document.theme_slugs,
        "sectors": document.sector_slugs,
        "slug": document.slug,
        "url_path": document.url_path,
        "title": document.title,
        "summary": document.summary,
        "body": document.body,
        "parts": document.parts,
        "title_terms": document.title_terms,
        "text_terms": document.text_terms,
        "visible_from": document.visible_from.isoformat() if document.visible_from else None,
        "visible_until": document.visible_until.isoformat() if document.visible_until else None,
    }


def engine_id(document):
    return f"{document.content_type_id}:{document.object_id}"


class SearchEngine:
    def __init__(self, config):
        self.config = config
        backend = config.get("BACKEND", "")
        self.name = "elasticsearch" if "elasticsearch" in backend else "opensearch"
        self.urls = config.get("URLS") or ["http://localhost:9200"]
        self.prefix = config.get("INDEX", "jsf")
        self.timeout = config.get("TIMEOUT", 5)
        self.compatible = config.get("COMPATIBLE_MEDIA_TYPES", True)
        self._client = None

    # -- transport -------------------------------------------------------------------------
    @property
    def client(self):
        if self._client is None:
            if self.name == "opensearch":
                from opensearchpy import OpenSearch

                self._client = OpenSearch(hosts=self.urls, timeout=self.timeout, max_retries=0)
            else:
                from elasticsearch import Elasticsearch

                self._client = Elasticsearch(hosts=self.urls, request_timeout=self.timeout, max_retries=0)
        return self._client

    def request(self, method, path, body=None, ndjson=False, missing_ok=False):
        try:
            if self.name == "opensearch":
                from opensearchpy.exceptions import ConnectionError, NotFoundError, TransportError

                try:
                    return self.client.transport.perform_request(method, path, body=body)
                except NotFoundError:
                    if missing_ok:
                        return None
                    raise
                except (ConnectionError, TransportError) as error:
                    status = getattr(error, "status_code", None)
                    if isinstance(error, ConnectionError) or not isinstance(status, int) or status >= 500:
                        raise EngineUnavailable(str(error)) from error
                    raise
            from elastic_transport import ConnectionError as TransportConnectionError
            from elastic_transport import ConnectionTimeout
            from elasticsearch import ApiError, NotFoundError

            kind = "x-ndjson" if ndjson else "json"
            if ndjson and isinstance(body, str):
                body = body.encode()
            if self.compatible:
                try:
                    return self.client.perform_request(
                        method, path, headers={"content-type": f"application/{kind}"}, body=body
                    ).body
                except NotFoundError:
                    if missing_ok:
                        return None
                    raise
                except (TransportConnectionError, ConnectionTimeout) as error:
                    raise EngineUnavailable(str(error)) from error
                except ApiError as error:
                    if error.meta.status >= 500:
                        raise EngineUnavailable(str(error)) from error
                    raise
            # Plain JSON: the client turns every media type into Elasticsearch's
            # "compatible-with" form, so talk to its transport directly.
            headers = {"accept": "application/json", "content-type": f"application/{kind}"}
            try:
                response = self.client.transport.perform_request(method, path, headers=headers, body=body)
            except (TransportConnectionError, ConnectionTimeout) as error:
                raise EngineUnavailable(str(error)) from error
            status = response.meta.status
            if status == 404 and missing_ok:
                return None
            if status >= 500:
                raise EngineUnavailable(f"{status}: {response.body}")
            if status >= 400:
                raise RuntimeError(f"the search engine answered {status}: {response.body}")
            return response.body
        except EngineUnavailable:
            raise
        except OSError as error:
            raise EngineUnavailable(str(error)) from error

    def ping(self):
        try:
            self.request("GET", "/")
        except EngineUnavailable:
            return False
        return True

    # -- indexes ---------------------------------------------------------------------------
    def alias(self, language):
        return f"{self.prefix}-search-{language}"

    def ensure_index(self, language):
        alias = self.alias(language)
        key = (tuple(self.urls), alias)
        if key in _READY:
            return
        if not self.request("GET", f"/_alias/{alias}", missing_ok=True):
            self._create(f"{alias}-{int(time.time() * 1000)}", language, alias=alias)
        _READY.add(key)

    def _create(self, name, language, alias=None, word_list=()):
        body = {"settings": analysis_settings(language, word_list), "mappings": MAPPINGS}
        if alias:
            body["aliases"] = {alias: {}}
        self.request("PUT", f"/{name}", body=body)

    def _bulk(self, lines):
        if not lines:
            return
        payload = "\n".join(json.dumps(line) for line in lines) + "\n"
        response = self.request("POST", "/_bulk?refresh=true", body=payload, ndjson=True)
        if response and response.get("errors"):
            failures = [item for item in response["items"] if list(item.values())[0].get("error")]
            raise RuntimeError(f"the search engine refused {len(failures)} document(s): {failures[:1]}")

    def index(self, documents):
        by_language = {}
        for document in documents:
            by_language.setdefault(document.language, []).append(document)
        for language, items in by_language.items():
            self.ensure_index(language)
            alias = self.alias(language)
            lines = []
            for document in items:
                lines += [{"index": {"_index": alias, "_id": engine_id(document)}}, source(document)]
            self._bulk(lines)

    def delete(self, documents):
        lines = [{"delete": {"_index": self.alias(d.language), "_id": engine_id(d)}} for d in documents]
        for document in documents:
            self.ensure_index(document.language)
        self._bulk(lines)

    def rebuild(self, language, documents):
        """Build a fresh index, then point the alias to it atomically and drop the old one."""
        from search.models import SearchTerm

        alias = self.alias(language)
        name = f"{alias}-{int(time.time() * 1000)}"
        word_list = []
        if language in ("nl", "de"):
            word_list = list(
                SearchTerm.objects.filter(language=language, documents__gte=1)
                .exclude(word__regex=r"^.{0,3}$")
                .order_by("-documents")
                .values_list("word", flat=True)[:5000]
            )
        self._create(name, language, word_list=word_list)
        batch = []
        for document in documents.iterator(chunk_size=500):
            batch += [{"index": {"_index": name, "_id": engine_id(document)}}, source(document)]
            if len(batch) >= 1000:
                self._bulk(batch)
                batch = []
        self._bulk(batch)
        current = self.request("GET", f"/_alias/{alias}", missing_ok=True) or {}
        actions = [{"remove": {"index": old, "alias": alias}} for old in current]
        actions.append({"add": {"index": name, "alias": alias}})
        self.request("POST", "/_aliases", body={"actions": actions})
        _READY.add((tuple(self.urls), alias))
        for old in current:
            self.request("DELETE", f"/{old}", missing_ok=True)
        return name

    # -- search ----------------------------------------------------------------------------
    def search(self, parsed, filters, offset, limit, facets=True):
        if not parsed.terms:
            return EngineResults()
        language = parsed.language
        typed = [word for word, weight in parsed.terms.items() if weight >= 1.0]
        # Typo tolerance for the words the index does not know, as on the database engine: a fuzzy
        # match of a known word finds other words ("contact" → "contrat", "crm" → "cmr").
        known = vocabulary(language)
        exact = [word for word in typed if known.knows(word)]
        unknown = [word for word in typed if not known.knows(word)]
        should = [
            {
                "multi_match": {
                    "query": " ".join(stem(word, language) for word in words),
                    "fields": ["title_terms^5", "text_terms"],
                    "type": "most_fields",
                    **fuzzy,
                }
            }
            for words, fuzzy in ((exact, {}), (unknown, {"fuzziness": "AUTO", "prefix_length": 1}))
            if words
        ]
        should += [
            {
                "multi_match": {
                    "query": parsed.text,
                    "fields": ["title^2", "summary", "body", "parts"],
                    "type": "most_fields",
                    "boost": 0.5,
                }
            },
        ]
        for word, weight in parsed.weighted_terms:
            if weight < 1.0:
                should.append(
                    {
                        "multi_match": {
                            "query": stem(word, language),
                            "fields": ["title_terms^5", "text_terms"],
                            "type": "most_fields",
                            "boost": weight,
                        }
                    }
                )
        today = timezone.localdate().isoformat()
        filter_clauses = [
            {
                "bool": {
                    "should": [
                        {"bool": {"must_not": {"exists": {"field": field}}}},
                        {"range": {field: {comparison: today}}},
                    ],
                    "minimum_should_match": 1,
                }
            }
            for field, comparison in (("visible_from", "lte"), ("visible_until", "gte"))
        ]
        if filters.get("type"):
            filter_clauses.append({"terms": {"type": list(filters["type"])}})
        if filters.get("theme"):
            filter_clauses.append({"term": {"themes": filters["theme"]}})
        if filters.get("sector"):
            filter_clauses.append({"term": {"sectors": filters["sector"]}})
        if filters.get("within") is not None:
            filter_clauses.append(
                {
                    "bool": {
                        "should": [{"prefix": {"url_path": root}} for root in filters["within"]],
                        "minimum_should_match": 1,
                    }
                }
            )
        body = {
            "from": offset,
            "size": max(0, min(limit, total_limit() - offset)),  # results are reachable up to the counting bound
            "_source": ["doc_id"],
            # Counted up to the bound (relation "gte" past it), as the database engine counts.
            "track_total_hits": total_limit(),
            "query": {"bool": {"should": should, "minimum_should_match": 1, "filter": filter_clauses}},
        }
        if facets:
            # The facets of the best total_limit() matches (a sampler, per shard), as on the database engine.
            body["aggs"] = {
                "best": {
                    "sampler": {"shard_size": total_limit()},
                    "aggs": {
                        "type": {"terms": {"field": "type", "size": 20}},
                        "theme": {"terms": {"field": "themes", "size": 50}},
                        "sector": {"terms": {"field": "sectors", "size": 50}},
                    },
                }
            }
        self.ensure_index(parsed.language)
        response = self.request("POST", f"/{self.alias(parsed.language)}/_search", body=body)
        total = response["hits"]["total"]
        exact = not isinstance(total, dict) or total.get("relation", "eq") == "eq"
        total = total["value"] if isinstance(total, dict) else total
        sampled = response.get("aggregations", {}).get("best", {})
        return EngineResults(
            hits=[(hit["_source"]["doc_id"], hit["_score"]) for hit in response["hits"]["hits"]],
            total=min(total, total_limit()),
            total_exact=exact and total <= total_limit(),
            facets={
                name: {bucket["key"]: bucket["doc_count"] for bucket in sampled[name]["buckets"]}
                for name in ("type", "theme", "sector")
                if name in sampled
            },
        )
