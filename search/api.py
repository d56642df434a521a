"""The search endpoints of /api/v2/ (registered in cms/api.py) and the pages endpoint's ``?search=``."""

from django.db.models import CharField, Value
from django.db.models.functions import Cast, Concat, StrIndex
from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.views import APIView
from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.utils import BadRequestError
from wagtail.models import Site

from core.api_schema import ERROR, THROTTLED, array_of, json_response, nullable, obj
from core.endpoints import (
    LOCALE,
    LocaleFilter,
    Parameter,
    choice_pattern,
    integer,
    unknown_locale_message,
)
from core.numbers import MAX_INTEGER, whole_number
from search import registry, service
from search.analysis import LANGUAGES
from search.engines.base import total_limit


class SearchResultSerializer(serializers.Serializer):
    type = serializers.CharField(help_text="Kind of item: guide, testimonial, seminar, page, sponsor, slides.")
    id = serializers.IntegerField(help_text="Id of the page (pages endpoint); for slides, the seminar's.")
    slug = serializers.CharField()
    title = serializers.CharField()
    url = serializers.CharField(help_text="Address of the item on the site; for slides, of the document.")
    snippet = serializers.CharField(help_text="Passage of the text with the matched terms in <mark>.")
    score = serializers.FloatField(help_text="Relevance; higher is better.")
    language = serializers.CharField(help_text="Language of the item (differs from locale on fallback results).")
    themes = serializers.ListField(child=serializers.CharField())
    sectors = serializers.ListField(child=serializers.CharField())


def _language(request):
    locale = request.GET.get("locale") or getattr(request, "LANGUAGE_CODE", "fr")
    locale = locale.split("-")[0].lower()
    if locale not in LANGUAGES:
        raise BadRequestError(unknown_locale_message(locale))
    return locale


def _types(request):
    raw = [value for value in request.GET.get("type", "").split(",") if value]
    known = registry.type_keys()
    unknown = [value for value in raw if value not in known]
    if unknown:
        raise BadRequestError(
            _("Unknown type “%(type)s”: use one of %(choices)s.")
            % {
                "type": unknown[0],
                "choices": ", ".join(known),
            }
        )
    return raw


def _page(request):
    page = whole_number(request.GET.get("page", "1"))
    if not page:
        raise BadRequestError(_("The page must be a whole number from 1 to %(maximum)d.") % {"maximum": MAX_INTEGER})
    return page


class SearchAPIViewSet(APIView):
    """``GET /api/v2/search/?q=&locale=&type=&theme=&sector=&page=`` and ``/autocomplete/?q=``."""

    name = "search"
    model = type(None)  # the router asks each endpoint which model it serves: none
    throttle_scope = "api_search"  # core.ratelimits: searches have their own, tighter, rate

    def get(self, request):
        try:
            _check(_search_parameters(), request)
            query = request.GET.get("q", "").strip()
            language = _language(request)
            types = _types(request)
            page = _page(request)
        except BadRequestError as error:
            return Response({"message": str(error)}, status=400)
        if not query:
            return Response({"message": _("Type the words to search for in q.")}, status=400)
        result = service.search(
            query,
            language,
            Site.find_for_request(request),
            types=types,
            theme=request.GET.get("theme") or None,
            sector=request.GET.get("sector") or None,
            page=page,
        )
        base = request.build_absolute_uri(request.path)

        def page_link(number):
            params = request.GET.copy()
            params["page"] = str(number)
            return f"{base}?{params.urlencode()}"

        return Response(
            {
                "meta": {
                    "query": query,
                    "locale": language,
                    "total_count": result.total,
                    "total_count_exact": result.total_exact,
                    "page": result.page,
                    "pages": result.pages,
                    "next": page_link(page + 1) if page < result.pages else None,
                    "previous": page_link(page - 1) if page > 1 else None,
                    "suggestion": result.suggestion,
                    "fallback_languages": result.fallback_languages,
                    "engine": result.engine,
                },
                "promoted": result.promoted,
                "items": SearchResultSerializer(result.results, many=True).data,
                "facets": {
                    name: [
                        {"value": key, "count": count}
                        for key, count in sorted(values.items(), key=lambda item: (-item[1], item[0]))
                    ]
                    for name, values in result.facets.items()
                },
            }
        )

    @classmethod
    def autocomplete(cls, request):
        try:
            _check(_autocomplete_parameters(), request)
            language = _language(request)
            types = _types(request)
        except BadRequestError as error:
            return Response({"message": str(error)}, status=400)
        items = service.autocomplete(request.GET.get("q", ""), language, Site.find_for_request(request), types=types)
        return Response({"meta": {"locale": language}, "items": items})

    @classmethod
    def get_urlpatterns(cls):
        return [
            path("", cls.as_view(), name="listing"),
            path("autocomplete/", AutocompleteView.as_view(), name="autocomplete"),
        ]


class AutocompleteView(APIView):
    throttle_scope = "api_search"

    def get(self, request):
        return SearchAPIViewSet.autocomplete(request)


class LanguageSearchFilter(SearchFilter):
    """The pages endpoint's ``?search=``, answered by the language-aware search.

    Wagtail's SearchFilter analyses every language alike (wagtail/wagtail#1177).
    This one searches the requested ``locale`` (the active language otherwise)
    with the search app and keeps its relevance order; ``?order=`` still sorts.
    """

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        query = request.GET["search"]
        language = _language(request)
        types = [
            search_type.key
            for search_type in registry.types()
            if issubclass(search_type.model, queryset.model) or issubclass(queryset.model, search_type.model)
        ]
        ids = service.matching_ids(query, language, Site.find_for_request(request), types=types or None)
        queryset = queryset.filter(pk__in=ids)
        if "order" in request.GET:
            return queryset
        # Relevance order: the position of ",<id>," in ",<id1>,<id2>,…," (one expression, whatever the
        # number of results, where a CASE with one WHEN per result costs milliseconds to compile).
        ranking = Value(f",{','.join(str(pk) for pk in ids)},")
        return queryset.order_by(StrIndex(ranking, Concat(Value(","), Cast("pk", CharField()), Value(","))))


class SearchLocaleFilter(LocaleFilter):
    """``?locale=``, left to the search when there is a ``?search=``.

    The search keeps the requested language's items only; the same condition on
    the page table again makes PostgreSQL scan every page of the language to join
    them (a listing of 10,000 guides per language: 4 ms more per query).
    """

    def filter_queryset(self, request, queryset, view):
        if "search" in request.GET:
            return queryset
        return super().filter_queryset(request, queryset, view)


def _kinds():
    return Parameter(
        "type",
        "Comma-separated kinds: " + ", ".join(registry.type_keys()) + ".",
        {"type": "string", "pattern": "^(?:" + choice_pattern(registry.type_keys(), repeat=True)[1:-1] + ")?$"},
        hint=gettext_lazy("kinds of items, comma-separated: %(kinds)s") % {"kinds": ", ".join(registry.type_keys())},
    )


# What a query cannot be made of alone: spaces and control characters, spelled out. ``\s`` would not do: Python's
# ``re`` (the check) counts "\x1f" and "\x85" as spaces, validators reading the document (ASCII ``\s``) do not.
BLANK = r"\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"


def _search_parameters():
    """The search endpoint's parameters: described in the API's document and checked on each request."""
    return [
        Parameter(
            "q",
            "The words searched: at least one character that is no space or control character.",
            {"type": "string", "pattern": rf"^[^\u0000]*[^{BLANK}][^\u0000]*$"},
            required=True,
            hint=gettext_lazy("words"),
        ),
        Parameter("locale", "Language searched (default: the active language).", LOCALE.schema),
        _kinds(),
        Parameter("theme", "Slug of a theme (taxonomy)."),
        Parameter("sector", "Slug of a sector (taxonomy)."),
        Parameter("page", "Page of results, from 1 (10 per page).", integer(1)),
    ]


def _autocomplete_parameters():
    return [
        Parameter("q", "The letters typed so far.", required=True),
        Parameter("locale", "Language searched (default: the active language).", LOCALE.schema),
        _kinds(),
    ]


def _check(parameters, request):
    for parameter in parameters:
        parameter.check(request.GET)


SEARCH_RESULT_SCHEMA = obj(
    {
        "type": {"type": "string", "example": "guide"},
        "id": "integer",
        "slug": "string",
        "title": "string",
        "url": "string",
        "snippet": {"type": "string", "description": "Passage with the matched terms in <mark>."},
        "score": "number",
        "language": {"type": "string", "enum": list(LANGUAGES)},
        "themes": array_of("string"),
        "sectors": array_of("string"),
    }
)
FACET_SCHEMA = array_of(obj({"value": "string", "count": "integer"}))
PROMOTED_SCHEMA = obj(
    {
        "id": "integer",
        "title": "string",
        "url": "string",
        "slug": "string",
        "description": {"type": "string", "description": "The editor's words on why this page is promoted."},
    },
    "A page editors promoted for this query (Search promotions in the admin), shown above the results.",
    required=["id", "title", "url", "slug", "description"],
)
COMPLETION_SCHEMA = obj(
    {name: SEARCH_RESULT_SCHEMA["properties"][name] for name in service.COMPLETION_FIELDS},
    required=service.COMPLETION_FIELDS,
)


def openapi_paths(prefix="/api/v2/search/"):
    """The OpenAPI 3 description of the search endpoints, for the API's schema document."""
    return {
        prefix: {
            "get": {
                "operationId": "search",
                "summary": "Search the content of one language",
                "description": (
                    "Language-aware full-text search (stemming, accents, typos, compounds, synonyms). "
                    "When nothing matches in the requested language, results of the other languages are given, "
                    "each with its language, and meta.fallback_languages names them."
                ),
                "tags": ["search"],
                "parameters": [parameter.openapi() for parameter in _search_parameters()],
                "responses": {
                    "200": json_response(
                        "Results, facets and promoted results.",
                        obj(
                            {
                                "meta": obj(
                                    {
                                        "query": "string",
                                        "locale": "string",
                                        "total_count": {
                                            "type": "integer",
                                            "description": (
                                                f"Matching items, counted up to {total_limit():,}: past it, "
                                                f"{total_limit():,} and total_count_exact is false."
                                            ),
                                        },
                                        "total_count_exact": {
                                            "type": "boolean",
                                            "description": (
                                                f"False when more than {total_limit():,} items match "
                                                "(total_count is then a lower bound; pages stop there)."
                                            ),
                                        },
                                        "page": "integer",
                                        "pages": "integer",
                                        "next": nullable("string"),
                                        "previous": nullable("string"),
                                        "suggestion": nullable("string"),
                                        "fallback_languages": array_of("string"),
                                        "engine": "string",
                                    }
                                ),
                                "promoted": array_of(PROMOTED_SCHEMA),
                                "items": array_of(SEARCH_RESULT_SCHEMA),
                                "facets": obj(
                                    {"type": FACET_SCHEMA, "theme": FACET_SCHEMA, "sector": FACET_SCHEMA},
                                    f"Counts by type, theme and sector of the best {total_limit():,} "
                                    "matches (of every match when fewer match).",
                                ),
                            }
                        ),
                    ),
                    "400": json_response(
                        "No q, unknown locale or type, bad page (message in the visitor's language).", ERROR
                    ),
                    "429": THROTTLED,
                },
            }
        },
        f"{prefix}autocomplete/": {
            "get": {
                "operationId": "search_autocomplete",
                "summary": "Titles completing what was typed so far",
                "tags": ["search"],
                "parameters": [parameter.openapi() for parameter in _autocomplete_parameters()],
                "responses": {
                    "200": json_response(
                        "Up to 8 items, the best first; none before two letters are typed.",
                        obj(
                            {
                                "meta": obj({"locale": "string"}, required=["locale"]),
                                "items": array_of(COMPLETION_SCHEMA),
                            },
                            required=["meta", "items"],
                        ),
                    ),
                    "400": json_response("Unknown locale or type (message in the user's language).", ERROR),
                    "429": THROTTLED,
                },
            }
        },
    }
