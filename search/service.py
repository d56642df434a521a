"""Search as the API and the visitor page use it: one function, whatever the engine."""

import re
from dataclasses import dataclass, field
from functools import lru_cache

from django.conf import settings
from django.db.models import F, Q
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Page

from core.endpoints import site_language_roots
from search import registry
from search.analysis import LANGUAGES, fold, stem, words
from search.engines import run_search
from search.engines.base import EngineResults, count_facets
from search.models import QueryLog, SearchDocument
from search.query import parse
from search.vectors import query_vector_soon, semantic_hits

PAGE_SIZE = 10
SNIPPET_WORDS = 30
HIGHLIGHT_CHARS = 5000


# Hybrid ranking: reciprocal-rank fusion (RRF) of the lexical ranking (the engine's) and the semantic one
# (search.vectors). A document's score is the sum over both rankings of weight / (FUSION_K + its rank):
# ranks, not scores, are added, so the engines' incomparable scores need no calibration. FUSION_K = 60 is
# the constant of the RRF paper (Cormack et al., 2009); the weights per language (lexical, semantic) are
# the few chosen on bench/search (docs/search.md says by how much each wins).
FUSION_K = 60
FUSION_WEIGHTS = {"fr": (1.0, 2.0), "nl": (1.0, 2.0), "de": (1.0, 2.0)}
# How deep each ranking is read: the lexical one past the requested page, the semantic one to its best few.
LEXICAL_DEPTH = 50
SEMANTIC_DEPTH = 20
# How many of the lexical ranking's first documents may hold the query in their title (title_answer): its
# first only. Its first three changed nothing on the benchmark (SQLite, PostgreSQL).
TITLE_DEPTH = 1
# The cosine below which a document is no semantic answer (multilingual-e5 puts unrelated texts near 0.80),
# and the higher one a document needs when the lexical search found nothing: then the closest document of
# an unrelated question is no answer, and the search falls back to the other languages as before.
SEMANTIC_THRESHOLD = 0.82
SEMANTIC_ALONE_THRESHOLD = 0.84


def ranking_mode():
    """ "hybrid" (the default), "lexical" or "semantic" (setting SEARCH_RANKING: the benchmark compares them)."""
    return getattr(settings, "SEARCH_RANKING", "hybrid")


def positions(hits):
    """[(pk, rank)] of ``[(pk, score)]`` best first: each one's position, what the fusion reads."""
    return [(pk, rank) for rank, (pk, _score) in enumerate(hits, 1)]


def fuse(rankings, first=None):
    """Reciprocal-rank fusion of ``[(weight, [(pk, rank), …]), …]``: [(pk, score)], best first.

    ``first``: a document that stays first whatever the fusion gives (its score: the best one).
    """
    scores = {}
    for weight, ranks in rankings:
        for pk, rank in ranks:
            scores[pk] = scores.get(pk, 0.0) + weight / (FUSION_K + rank)
    fused = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    if first is not None and first in scores and fused[0][0] != first:
        fused = [(first, fused[0][1])] + [(pk, score) for pk, score in fused if pk != first]
    return fused


def holds_the_query(parsed, title_terms):
    """Whether a title's terms hold every word of the query (its stem, or its typo correction's)."""
    held = set((title_terms or "").split())
    if not held or not parsed.words:
        return False
    for word in parsed.words:
        stems = {stem(word, parsed.language)}
        if word in parsed.corrections:
            stems.add(stem(parsed.corrections[word], parsed.language))
        if not stems & held:
            return False
    return True


def title_answer(parsed, pks):
    """The first of ``pks`` (the lexical ranking's best few) whose title holds every word of the query.

    A confident lexical answer: the fusion keeps it first. Without this the semantic ranking, which reads
    a misspelt or unaccented word as another one ("newsleter", "Buro"), put a document about something
    else above the guide whose title holds what the visitor typed.
    """
    titles = dict(SearchDocument.objects.filter(pk__in=pks).values_list("pk", "title_terms"))
    return next((pk for pk in pks if holds_the_query(parsed, titles.get(pk))), None)


def ranked(parsed, filters, offset, limit, pending, facets=True):
    """The engine's lexical results, fused with the semantic ranking when a query vector is on its way.

    ``pending`` is ``search.vectors.query_vector_soon``'s answer: the vector being computed while the
    lexical search runs. Returns (EngineResults, engine name). The facets and the total count the semantic
    answers the lexical search did not find, when every lexical match is known (fewer than the depth read).
    """
    mode = ranking_mode()
    if pending is None or mode == "lexical" or filters.get("within") == []:
        return run_search(parsed, filters, offset, limit, facets)
    if mode == "semantic":
        vector = pending.result()
        if vector is None:
            return run_search(parsed, filters, offset, limit, facets)
        # A fixed depth: the same semantic answers on every page of results, and in the pages endpoint's list.
        semantic = semantic_hits(vector, parsed.language, filters, SEMANTIC_DEPTH, SEMANTIC_THRESHOLD)
        lexical, engine_name = EngineResults(), "semantic"
        rankings = [(1.0, positions(semantic))]
    else:
        depth = offset + limit + LEXICAL_DEPTH
        lexical, engine_name = run_search(parsed, filters, 0, depth, facets)
        vector = pending.result()
        if vector is None:  # the embedding service did not answer: the lexical page, as without it
            return run_search(parsed, filters, offset, limit, facets)
        semantic = semantic_hits(vector, parsed.language, filters, SEMANTIC_DEPTH, SEMANTIC_THRESHOLD)
        if not lexical.total:
            semantic = [(pk, similarity) for pk, similarity in semantic if similarity >= SEMANTIC_ALONE_THRESHOLD]
        lexical_weight, semantic_weight = FUSION_WEIGHTS.get(parsed.language, (1.0, 1.0))
        rankings = [(lexical_weight, positions(lexical.hits)), (semantic_weight, positions(semantic))]
    first = title_answer(parsed, [pk for pk, _score in lexical.hits[:TITLE_DEPTH]]) if lexical.hits else None
    fused = fuse(rankings, first=first)
    results = EngineResults(hits=fused[offset : offset + limit], total=lexical.total, facets=lexical.facets)
    results.total_exact = lexical.total_exact
    if lexical.total <= len(lexical.hits):  # every lexical match is known: add the semantic answers
        found = {pk for pk, _score in lexical.hits}
        extra = [pk for pk, _score in semantic if pk not in found]
        results.total += len(extra)
        if facets and extra:
            rows = SearchDocument.objects.filter(pk__in=extra).values_list("type", "themes", "sectors")
            for name, counts in count_facets(rows).items():
                merged = results.facets.setdefault(name, {})
                for key, count in counts.items():
                    merged[key] = merged.get(key, 0) + count
    return results, engine_name


@dataclass
class SearchResponse:
    query: str
    language: str
    results: list = field(default_factory=list)
    total: int = 0
    total_exact: bool = True  # False: more than ``total`` (engines.base.TOTAL_LIMIT) items match
    page: int = 1
    pages: int = 0
    facets: dict = field(default_factory=dict)
    suggestion: str | None = None
    fallback_languages: list = field(default_factory=list)
    promoted: list = field(default_factory=list)
    engine: str = ""


@lru_cache(maxsize=100_000)
def _folded(token):
    return fold(token)


def highlight(document, parsed):
    """The passage of the summary or body that holds most query terms, terms in <mark>."""
    language = parsed.language
    stems = {stem(word, language) for word in parsed.terms}
    text = (f"{document.summary} {document.body}".strip() or document.title)[:HIGHLIGHT_CHARS]
    tokens = re.split(r"(\w+)", text)
    matches = []
    for index in range(1, len(tokens), 2):
        folded = _folded(tokens[index])
        if folded in parsed.terms or stem(folded, language) in stems:
            matches.append(index)
    # The window of SNIPPET_WORDS words holding most matches, starting a little before the first.
    start = 1
    if matches:
        best_count = 0
        for position, candidate in enumerate(matches):
            count = sum(1 for other in matches[position:] if other < candidate + SNIPPET_WORDS * 2)
            if count > best_count:
                start, best_count = max(1, candidate - 10), count
    end = min(len(tokens), start + SNIPPET_WORDS * 2)
    matched = set(matches)
    out = [
        f"<mark>{escape(tokens[index])}</mark>" if index in matched else escape(tokens[index])
        for index in range(start, end)
    ]
    prefix = "… " if start > 1 else ""
    suffix = " …" if end < len(tokens) - 1 else ""
    return prefix + "".join(out).strip() + suffix


def page_id(object_id):
    """The id of the page a document stands for: the page itself, or the page a derived item (slides) is on."""
    head = object_id.split("/", 1)[0]
    return int(head) if head.isdigit() else object_id


def result_payload(document, score, parsed, language=None):
    payload = {
        "type": document.type,
        "id": page_id(document.object_id),
        "slug": document.slug,
        "title": document.title,
        "url": document.url,
        "snippet": highlight(document, parsed),
        "score": round(float(score), 4),
        "language": document.language,
        "themes": document.theme_slugs,
        "sectors": document.sector_slugs,
    }
    return payload


def log_query(language, text, results):
    """Count the search, anonymously: the words typed, the language, the day. No address, no user."""
    query = " ".join(fold(text).split())[:255]
    if not query:
        return
    today = timezone.localdate()
    updated = QueryLog.objects.filter(language=language, query=query, day=today).update(
        searches=F("searches") + 1, results=results
    )
    if not updated:
        QueryLog.objects.get_or_create(
            language=language, query=query, day=today, defaults={"searches": 1, "results": results}
        )


def site_roots(site):
    """The url_paths of ``site``'s root page in each language: its pages are beneath them.

    No site (a request to a host no site answers): no root, nothing is found.
    """
    return [root.url_path for root in site_language_roots(site)]


def promoted_results(text, language, roots):
    """Results editors promoted for this query, in the requested language, among the site's public pages."""
    try:
        from wagtail.contrib.search_promotions.models import Query, SearchPromotion
    except ImportError:
        return []
    query = " ".join(text.lower().split())
    if not Query.objects.filter(query_string=query).exists():
        return []
    shown = Page.objects.live().public().filter(locale__language_code=language)
    within = Q(pk__in=[])
    for root in roots:
        within |= Q(url_path__startswith=root)
    promotions = (
        SearchPromotion.objects.filter(query__query_string__iexact=query, page__in=shown.filter(within))
        .select_related("page")
        .order_by("sort_order")
    )
    out = []
    for promotion in promotions:
        page = promotion.page
        out.append(
            {
                "id": page.pk,
                "title": page.title,
                "url": page.url or "",
                "slug": page.slug,
                "description": promotion.description,
            }
        )
    return out


def search(
    text, language, site, types=None, theme=None, sector=None, page=1, page_size=PAGE_SIZE, log=True, fallback=True
):
    """Search the live, public items of ``site`` in ``language`` (the Site the request came to)."""
    language = language if language in LANGUAGES else LANGUAGES[0]
    vector = query_vector_soon(text, language) if ranking_mode() != "lexical" else None  # computed meanwhile
    parsed = parse(text, language)
    roots = site_roots(site)
    filters = {"type": types or [], "theme": theme, "sector": sector, "within": roots}
    page = max(1, page)
    offset = (page - 1) * page_size
    engine_results, engine_name = ranked(parsed, filters, offset, page_size, vector)
    response = SearchResponse(query=text, language=language, page=page, engine=engine_name)
    response.total = engine_results.total
    response.total_exact = engine_results.total_exact
    response.pages = (engine_results.total + page_size - 1) // page_size
    response.facets = engine_results.facets
    response.results = _payloads(engine_results.hits, parsed)
    if parsed.corrections and (engine_results.total == 0 or parsed.suggestion):
        response.suggestion = parsed.suggestion
    if engine_results.total == 0 and fallback and words(text, language):
        for other in LANGUAGES:
            if other == language:
                continue
            other_parsed = parse(text, other)
            other_results, _name = ranked(other_parsed, filters, 0, page_size, vector)
            for payload in _payloads(other_results.hits, other_parsed):
                response.results.append(payload)
            if other_results.total:
                response.fallback_languages.append(other)
        response.results.sort(key=lambda payload: -payload["score"])
        response.results = response.results[:page_size]
    response.promoted = promoted_results(text, language, roots) if page == 1 else []
    if log:
        log_query(language, text, engine_results.total)
    return response


def matching_ids(text, language, site, types=None, limit=200, log=True):
    """Ids of the items of ``language`` matching ``text``, most relevant first (no snippets, no fallback).

    What the pages endpoint's ``?search=`` needs: it lists the pages itself.
    """
    language = language if language in LANGUAGES else LANGUAGES[0]
    vector = query_vector_soon(text, language) if ranking_mode() != "lexical" else None  # computed meanwhile
    parsed = parse(text, language)
    filters = {"type": types or [], "within": site_roots(site)}
    engine_results, _engine_name = ranked(parsed, filters, 0, limit, vector, facets=False)
    objects = dict(
        SearchDocument.objects.filter(pk__in=[pk for pk, _score in engine_results.hits]).values_list("pk", "object_id")
    )
    if log:
        log_query(language, text, engine_results.total)
    return [int(objects[pk]) for pk, _score in engine_results.hits if pk in objects and objects[pk].isdigit()]


def _payloads(hits, parsed):
    documents = SearchDocument.objects.in_bulk([pk for pk, _score in hits])
    return [result_payload(documents[pk], score, parsed) for pk, score in hits if pk in documents]


# What a completion tells of a result (the API's document describes them from the results' schema).
COMPLETION_FIELDS = ("type", "id", "title", "url")


def autocomplete(text, language, site, types=None, limit=8):
    """Titles completing what was typed so far (search-as-you-type from the first letters)."""
    from search.vocabulary import vocabulary

    language = language if language in LANGUAGES else LANGUAGES[0]
    typed = words(text, language) or list(re.findall(r"\w+", fold(text)))
    if not typed or len(typed[-1]) < 2:
        return []
    known = vocabulary(language)
    last = typed[-1]
    completions = sorted(
        (word for word in known.words if word.startswith(last)), key=lambda word: -known.frequency[word]
    )[:5]
    queries = [" ".join([*typed[:-1], word]) for word in completions] or [" ".join(typed)]
    filters = {"type": types or [], "within": site_roots(site)}
    seen, out = set(), []
    for query in queries:
        parsed = parse(query, language, correct=False)
        results, _name = run_search(parsed, filters, 0, limit, facets=False)
        for payload in _payloads(results.hits, parsed):
            key = (payload["type"], payload["id"])
            if key not in seen:
                seen.add(key)
                out.append({name: payload[name] for name in COMPLETION_FIELDS})
        if len(out) >= limit:
            break
    return out[:limit]


def type_choices():
    return registry.type_keys()
