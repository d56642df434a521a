"""The database engine: the per-language index table searched by SQLite FTS5 or PostgreSQL.

SQLite: the FTS5 table ``search_fts`` mirrors the stemmed terms of each
document (kept in step by triggers); BM25 ranks them, the title five times
heavier than the text.

PostgreSQL: a weighted ``tsvector`` per document, built with the language's
own text search configuration (french, dutch, german) over ``unaccent``-ed
text: title A, summary and compound parts B, body C. A query is the OR of its
terms; each term's ``ts_rank`` is weighted by its rarity in the language
(IDF from the vocabulary), so common words do not drown the meaningful ones.
Any other database falls back to word containment.
"""

from django.db import connection

from search.analysis import POSTGRES_CONFIGS, stem
from search.engines.base import EngineResults, count_facets
from search.vocabulary import vocabulary

VECTOR_SQL = """
UPDATE search_searchdocument SET search_vector =
    setweight(to_tsvector(cfg, unaccent(title)), 'A')
    || setweight(to_tsvector(cfg, unaccent(summary || ' ' || parts)), 'B')
    || setweight(to_tsvector(cfg, unaccent(body)), 'C')
FROM (SELECT id AS doc_id, CASE language WHEN 'nl' THEN 'dutch'::regconfig
      WHEN 'de' THEN 'german'::regconfig ELSE 'french'::regconfig END AS cfg
      FROM search_searchdocument WHERE id = ANY(%s)) AS configs
WHERE id = configs.doc_id
"""


def after_write(pks):
    """Refresh the PostgreSQL vectors of the documents just written (SQLite's triggers need nothing)."""
    if connection.vendor != "postgresql" or not pks:
        return
    with connection.cursor() as cursor:
        for start in range(0, len(pks), 2000):
            cursor.execute(VECTOR_SQL, [list(pks[start : start + 2000])])


def _filters(filters, alias="d"):
    clauses, params = [], []
    if filters.get("type"):
        clauses.append(f"{alias}.type IN ({', '.join(['%s'] * len(filters['type']))})")
        params += list(filters["type"])
    for name, column in (("theme", "themes"), ("sector", "sectors")):
        if filters.get(name):
            clauses.append(f"{alias}.{column} LIKE %s")
            params.append(f"% {filters[name]} %")
    return "".join(f" AND {clause}" for clause in clauses), params


class DatabaseEngine:
    name = "database"

    def search(self, parsed, filters, offset, limit):
        if not parsed.terms:
            return EngineResults()
        if connection.vendor == "postgresql":
            rows = self._postgres(parsed, filters)
        elif connection.vendor == "sqlite":
            rows = self._sqlite(parsed, filters)
        else:
            rows = self._portable(parsed, filters)
        return EngineResults(
            hits=[(pk, score) for pk, score, *_rest in rows[offset : offset + limit]],
            total=len(rows),
            facets=count_facets(row[2:] for row in rows),
        )

    def _sqlite(self, parsed, filters):
        stems = []
        for word, _weight in parsed.weighted_terms:
            term = stem(word, parsed.language)
            if term and term not in stems:
                stems.append(term)
        match = " OR ".join(f'"{term}"' for term in stems)
        where, params = _filters(filters)
        sql = (
            "SELECT d.id, -bm25(search_fts, 5.0, 1.0) AS score, d.type, d.themes, d.sectors "
            "FROM search_fts JOIN search_searchdocument d ON d.id = search_fts.rowid "
            f"WHERE search_fts MATCH %s AND d.language = %s{where} ORDER BY score DESC, d.id"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [match, parsed.language, *params])
            return cursor.fetchall()

    def _postgres(self, parsed, filters):
        config = POSTGRES_CONFIGS.get(parsed.language, "simple")
        known = vocabulary(parsed.language)
        terms = parsed.weighted_terms
        rank = " + ".join(
            f"%s * ts_rank('{{0.05, 0.2, 0.5, 1.0}}', d.search_vector, plainto_tsquery('{config}', %s), 1)"
            for _term in terms
        )
        rank_params = []
        for word, weight in terms:
            rank_params += [weight * known.idf(word), word]
        any_term = " || ".join(f"plainto_tsquery('{config}', %s)" for _term in terms)
        where, params = _filters(filters)
        sql = (
            f"SELECT d.id, ({rank}) AS score, d.type, d.themes, d.sectors FROM search_searchdocument d "
            f"WHERE d.language = %s AND d.search_vector @@ ({any_term}){where} ORDER BY score DESC, d.id"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*rank_params, parsed.language, *[word for word, _w in terms], *params])
            return cursor.fetchall()

    def _portable(self, parsed, filters):
        from django.db.models import Q

        from search.models import SearchDocument

        condition = Q()
        for word, _weight in parsed.weighted_terms:
            condition |= Q(title__icontains=word) | Q(body__icontains=word) | Q(summary__icontains=word)
        queryset = SearchDocument.objects.filter(condition, language=parsed.language)
        if filters.get("type"):
            queryset = queryset.filter(type__in=filters["type"])
        if filters.get("theme"):
            queryset = queryset.filter(themes__contains=f" {filters['theme']} ")
        if filters.get("sector"):
            queryset = queryset.filter(sectors__contains=f" {filters['sector']} ")
        return [(pk, 1.0, *rest) for pk, *rest in queryset.values_list("pk", "type", "themes", "sectors")]

    # The database index is written by search.documents; nothing else to do.
    def index(self, documents):
        pass

    def delete(self, documents):
        pass

    def rebuild(self, language, documents):
        pass

    def ping(self):
        return True
