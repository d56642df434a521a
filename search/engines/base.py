from dataclasses import dataclass, field


@dataclass
class EngineResults:
    hits: list = field(default_factory=list)  # [(SearchDocument pk, score)] for the requested page
    total: int = 0
    facets: dict = field(default_factory=dict)  # {"type": {key: count}, "theme": {...}, "sector": {...}}


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
