"""The database engine: the per-language index table searched by SQLite FTS5 or PostgreSQL.

SQLite: the FTS5 table ``search_fts`` mirrors the stemmed terms of each
document (kept in step by triggers); BM25 ranks them, the title five times
heavier than the text.

PostgreSQL: a weighted ``tsvector`` per document, built with the language's
own text search configuration (french, dutch, german) over ``unaccent``-ed
text: title A, summary and compound parts B, body C. A query is the OR of its
terms; each term's ``ts_rank`` is weighted by its rarity in the language
(IDF from the vocabulary), so common words do not drown the meaningful ones.
The page of hits, the total and the facet counts come out of one statement:
only ten rows and a few counts cross the wire, however many documents match.
The matches come from the language's own GIN index (migration 0006). Every
match is ranked (the best ten need all of them); the total is counted up to
``total_limit()`` and the facets group the best ``total_limit()`` matches
(engines.base), so neither grows past that bound with the corpus.
Any other database falls back to word containment.
"""

from django.db import connection
from django.utils import timezone

from search.analysis import POSTGRES_CONFIGS, stem
from search.engines.base import EngineResults, count_facets, total_limit
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


def like_prefix(text):
    """A LIKE pattern matching the strings that start with ``text``."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _filters(filters, alias="d"):
    today = timezone.localdate()
    clauses = [
        f"({alias}.visible_from IS NULL OR {alias}.visible_from <= %s)",
        f"({alias}.visible_until IS NULL OR {alias}.visible_until >= %s)",
    ]
    params = [today, today]
    if filters.get("type"):
        clauses.append(f"{alias}.type IN ({', '.join(['%s'] * len(filters['type']))})")
        params += list(filters["type"])
    for name, column in (("theme", "themes"), ("sector", "sectors")):
        if filters.get(name):
            clauses.append(f"{alias}.{column} LIKE %s")
            params.append(f"% {filters[name]} %")
    if filters.get("within") is not None:
        # The site's trees: documents whose url_path starts with one of its roots (none: no document).
        prefixes = [f"{alias}.url_path LIKE %s ESCAPE '\\'" for _root in filters["within"]]
        clauses.append(f"({' OR '.join(prefixes) or '1 = 0'})")
        params += [like_prefix(root) for root in filters["within"]]
    return "".join(f" AND {clause}" for clause in clauses), params


def filtered(queryset, filters):
    """``queryset`` of SearchDocument narrowed as every search is: shown today, type, theme, sector, site."""
    from django.db.models import Q

    today = timezone.localdate()
    queryset = queryset.exclude(Q(visible_from__gt=today) | Q(visible_until__lt=today))
    if filters.get("type"):
        queryset = queryset.filter(type__in=filters["type"])
    if filters.get("theme"):
        queryset = queryset.filter(themes__contains=f" {filters['theme']} ")
    if filters.get("sector"):
        queryset = queryset.filter(sectors__contains=f" {filters['sector']} ")
    if filters.get("within") is not None:
        within = Q(pk__in=[])
        for root in filters["within"]:
            within |= Q(url_path__startswith=root)
        queryset = queryset.filter(within)
    return queryset


class DatabaseEngine:
    name = "database"

    def search(self, parsed, filters, offset, limit, facets=True):
        if not parsed.terms:
            return EngineResults()
        limit = max(0, min(limit, total_limit() - offset))  # results are reachable up to the counting bound
        if connection.vendor == "postgresql":
            return self._postgres(parsed, filters, offset, limit, facets)
        rows = self._sqlite(parsed, filters) if connection.vendor == "sqlite" else self._portable(parsed, filters)
        bound = total_limit()
        return EngineResults(
            hits=[(pk, score) for pk, score, *_rest in rows[offset : offset + limit]],
            total=min(len(rows), bound),
            total_exact=len(rows) <= bound,
            facets=count_facets(row[2:] for row in rows[:bound]),
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

    def _postgres(self, parsed, filters, offset, limit, facets):
        """One statement: the page of hits, the total (up to the bound + 1) and the facets of the best matches.

        Rows: ("hit", id, score), ("total", None, count) and ("facet", None, count, type, themes, sectors).
        """
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
        # The language is compared as a constant, so that PostgreSQL picks that language's partial index.
        matched = (
            f"SELECT d.id, d.type, d.themes, d.sectors, ({rank}) AS score FROM search_searchdocument d "
            f"WHERE d.language = %s AND d.search_vector @@ ({any_term}){where}"
        )
        language, bound = parsed.language, total_limit()
        arguments = [*rank_params, language, *[word for word, _w in terms], *params]
        counted = (
            "SELECT 'total', NULL::integer, count(*)::float, NULL, NULL, NULL "
            "FROM (SELECT 1 FROM matched LIMIT %s) AS counted"
        )
        if facets:
            # Facets: the best matches grouped by their (type, themes, sectors) combination, split below.
            # There are far fewer combinations than matches, and grouping short strings is cheaper than
            # unnesting them.
            sql = (
                f"WITH matched AS MATERIALIZED ({matched}), "
                "best AS MATERIALIZED (SELECT * FROM matched ORDER BY score DESC, id LIMIT %s) "
                "(SELECT 'hit', id, score, NULL, NULL, NULL FROM best ORDER BY score DESC, id LIMIT %s OFFSET %s) "
                f"UNION ALL ({counted}) "
                "UNION ALL (SELECT 'facet', NULL, count(*)::float, type, themes, sectors FROM best "
                "GROUP BY type, themes, sectors)"
            )
            arguments += [bound, limit, offset, bound + 1]
        else:
            sql = (
                f"WITH matched AS MATERIALIZED ({matched}) "
                "(SELECT 'hit', id, score, NULL, NULL, NULL FROM matched ORDER BY score DESC, id LIMIT %s OFFSET %s) "
                f"UNION ALL ({counted})"
            )
            arguments += [limit, offset, bound + 1]
        with connection.cursor() as cursor:
            cursor.execute(sql, arguments)
            rows = cursor.fetchall()
        hits = sorted(((pk, score) for kind, pk, score, *_rest in rows if kind == "hit"), key=lambda h: (-h[1], h[0]))
        counts = {"type": {}, "theme": {}, "sector": {}}
        total = 0
        for kind, _pk, count, doc_type, themes, sectors in rows:
            if kind == "total":
                total = int(count)
            elif kind == "facet":
                count = int(count)
                counts["type"][doc_type] = counts["type"].get(doc_type, 0) + count
                for name, slugs in (("theme", themes), ("sector", sectors)):
                    for slug in slugs.split():
                        counts[name][slug] = counts[name].get(slug, 0) + count
        return EngineResults(
            hits=hits,
            total=min(total, bound),
            total_exact=total <= bound,
            facets=counts if facets else {},
        )

    def _portable(self, parsed, filters):
        from django.db.models import Q

        from search.models import SearchDocument

        condition = Q()
        for word, _weight in parsed.weighted_terms:
            condition |= Q(title__icontains=word) | Q(body__icontains=word) | Q(summary__icontains=word)
        queryset = filtered(SearchDocument.objects.filter(condition, language=parsed.language), filters)
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
