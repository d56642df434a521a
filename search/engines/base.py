from dataclasses import dataclass, field

from django.conf import settings


class EngineUnavailable(Exception):
    """The search engine did not answer (connection refused, timeout, server error)."""


# Matches are counted up to this bound (setting SEARCH_TOTAL_LIMIT): past it the total is the bound and
# ``total_exact`` is false, and the facets count the types, themes and sectors of the best that many matches
# (all of them when fewer match). Counting, or grouping for facets, every match of a common word costs time
# that grows with the corpus; large sites stop counting too ("1,000+ results").
TOTAL_LIMIT = 1000


def total_limit():
    return getattr(settings, "SEARCH_TOTAL_LIMIT", TOTAL_LIMIT)


@dataclass
class EngineResults:
    hits: list = field(default_factory=list)  # [(SearchDocument pk, score)] for the requested page
    total: int = 0  # matches, counted up to total_limit()
    facets: dict = field(default_factory=dict)  # {"type": {key: count}, "theme": {...}, "sector": {...}}
    total_exact: bool = True  # False: more than ``total`` items match


def count_facets(rows):
    """Facet counts from (type, themes, sectors) rows."""
    facets = {"type": {}, "theme": {}, "sector": {}}
    for doc_type, themes, sectors in rows:
        facets["type"][doc_type] = facets["type"].get(doc_type, 0) + 1
        for slug in (themes or "").split():
            facets["theme"][slug] = facets["theme"].get(slug, 0) + 1
        for slug in (sectors or "").split():
            facets["sector"][slug] = facets["sector"].get(slug, 0) + 1
    return facets
