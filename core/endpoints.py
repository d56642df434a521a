"""Base classes of the API's endpoints: what every page and snippet endpoint guarantees.

Content apps build their endpoints on these (``guides/api.py``,
``agenda/api.py``, ``taxonomy/api.py``, ``sponsors/api.py``); ``cms/api.py``
registers them on ``api_router``. The guarantees:

- only live pages without view restrictions, of the requested site (all its
  language trees), whoever asks — Wagtail's own base queryset shows a
  restricted page to a session that passed its password or login restriction
  (``wagtail.api.querysets.get_public_pages_queryset`` uses
  ``PageViewRestriction.accept_request``), and ``?site=`` would list another
  site's pages;
- a page's detail lists its published translations (``meta.translations``);
- the query count of a listing does not grow with the number of items: page
  models may define ``prepare_api_listing(pages)`` to fetch what their fields
  need in bulk, and the images and documents chosen in StreamFields are fetched
  once for the whole page of results (``core.blocks.prefetch_stream_objects``);
- translatable snippets are listed per ``?locale=`` with ``meta.locale``;
- every query parameter is described once (``Parameter``): the OpenAPI document
  (``cms/openapi.py``) publishes that description and the endpoint refuses, with
  a 400, any value the description does not allow — the document and the API
  cannot disagree;
- every error is JSON ``{"message": …}`` in the client's language (``?locale=``,
  else ``Accept-Language``): ``api_exception_handler`` for the API's views,
  ``cms.middleware.APIErrorMiddleware`` for what Django answers itself under
  ``/api/`` (unknown address, method, oversize body);
- no input reaches the database in a form it cannot take: an id or a number
  beyond ``MAX_INTEGER`` names nothing (404) or is refused (400), never a 500.
"""

import re
from datetime import date
from functools import cache

from django.conf import settings
from django.core.cache import cache as shared_cache
from django.core.exceptions import FieldDoesNotExist, FieldError, RequestDataTooBig
from django.db import models
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http import Http404, JsonResponse
from django.http.request import split_domain_port
from django.urls import NoReverseMatch
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from drf_spectacular.utils import extend_schema_field
from modelcluster.fields import ParentalKey
from rest_framework import exceptions, parsers, serializers
from rest_framework.permissions import AllowAny
from rest_framework.views import APIView
from wagtail.api.v2 import filters as wagtail_filters
from wagtail.api.v2 import serializers as wagtail_serializers
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import BaseSerializer, PageLocaleField, PageSerializer
from wagtail.api.v2.utils import BadRequestError, parse_fields_parameter
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.models import DraftStateMixin, Locale, Page, PageViewRestriction, Site, get_page_models
from wagtail.models.sites import SITE_ROOT_PATHS_CACHE_KEY, SITE_ROOT_PATHS_CACHE_VERSION
from wagtail.search.backends import get_search_backend
from wagtail.signals import post_page_move

from core.api_schema import array_of, obj
from core.blocks import prefetch_stream_objects
from core.numbers import MAX_INTEGER, whole_number

MAX_OFFSET = MAX_INTEGER
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]

# The API's one router. The project registers every endpoint on it (``cms/api.py``, loaded when the project
# starts: ``cms.apps``), so an app can ask which endpoint serves a model (the webhooks' payload) without
# importing the project.
api_router = WagtailAPIRouter("wagtailapi")


# --- Errors -----------------------------------------------------------------------------------------------

STATUS_MESSAGES = {
    400: gettext_lazy("The request is not valid."),
    403: gettext_lazy("You may not do this."),
    404: gettext_lazy("Not found."),
    405: gettext_lazy("This method is not allowed here."),
    406: gettext_lazy("This address only answers JSON."),
    413: gettext_lazy("The request body is too large."),
    415: gettext_lazy("Send the request body as JSON."),
    429: gettext_lazy("Too many requests: wait a moment and try again."),
    500: gettext_lazy("Server error: the team has been told."),
}


def error_response(status, message=None, headers=None):
    """The API's one error shape: ``{"message": …}`` with ``status``; the message defaults to the status's own."""
    message = message if message is not None else STATUS_MESSAGES.get(status, STATUS_MESSAGES[400])
    return JsonResponse({"message": str(message)}, status=status, headers=headers)


def _detail_text(detail):
    """DRF's error detail (a string, a list or a dict of them) as one sentence."""
    if isinstance(detail, dict):
        return " ".join(f"{key}: {_detail_text(value)}" for key, value in detail.items())
    if isinstance(detail, list):
        return " ".join(_detail_text(value) for value in detail)
    return str(detail)


def api_exception_handler(exc, context):
    """DRF's ``EXCEPTION_HANDLER``: every error of an API view as ``{"message": …}``, in the active language.

    Wagtail's ``BadRequestError`` is a 400 with its message; ``Http404`` a 404 (Wagtail's and Django's
    texts are English: the generic, translated one is given); DRF's errors keep their status, a 400 its
    text (translated by DRF), another status the project's message for it (the same as
    ``APIErrorMiddleware``'s); a body over ``DATA_UPLOAD_MAX_MEMORY_SIZE`` is a 413. Anything else is
    left to Django (a 500, logged).
    """
    if isinstance(exc, BadRequestError):
        return error_response(400, str(exc))
    if isinstance(exc, Http404 | exceptions.NotFound):
        return error_response(404)
    if isinstance(exc, RequestDataTooBig):
        return error_response(413)
    if isinstance(exc, exceptions.APIException):
        headers = {}
        if isinstance(exc, exceptions.Throttled) and exc.wait is not None:
            headers["Retry-After"] = str(int(exc.wait))
        if isinstance(exc.detail, dict) and "message" in exc.detail:
            # The project's own errors carry their message already (core.ratelimits: when to try again).
            message = exc.detail["message"]
        elif exc.status_code == 400:
            message = _detail_text(exc.detail)  # what is wrong
        else:
            message = STATUS_MESSAGES.get(exc.status_code)  # the same whichever view answers
        return error_response(exc.status_code, message, headers=headers)
    return None


def client_language(request):
    """The language of a view's messages: ``?locale=`` (another value is a 400), else ``Accept-Language``'s."""
    LOCALE.check(request.GET)
    return request.GET.get("locale") or translation.get_language_from_request(request)


class JSONParser(parsers.JSONParser):
    """DRF's JSON parser, for the API's views that take a body: one nested too deep is a ``ParseError`` (400).

    Python's ``json`` raises ``RecursionError`` on a body such as ``[`` × 50,000, which DRF lets through (a 500).
    """

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            return super().parse(stream, media_type, parser_context)
        except RecursionError as error:
            raise exceptions.ParseError(_("The JSON body is nested too deeply.")) from error


class AnonymousJSONAPIView(APIView):
    """An endpoint open to anyone that takes JSON bodies (``JSONParser``).

    No cookie is read: the API is not open to a browser session's credentials.
    """

    authentication_classes = []
    permission_classes = [AllowAny]
    parser_classes = [JSONParser]


class JSONErrorsMixin:
    """Errors of Wagtail's endpoints through ``api_exception_handler``.

    Wagtail's ``BaseAPIViewSet.handle_exception`` answers ``Http404`` and ``BadRequestError`` itself,
    with English texts (``No Page matches the given query.``) before DRF's exception handler is asked.
    """

    def handle_exception(self, exc):
        return APIView.handle_exception(self, exc)


# --- Query parameters -------------------------------------------------------------------------------------


class Parameter:
    """One parameter of the API: its OpenAPI description and the check of its value, from one schema.

    ``schema`` is the parameter's OpenAPI schema: an ``enum``, an ``integer`` with ``minimum`` and
    ``maximum`` (written with digits only), a ``pattern`` (searched, as JSON Schema does: anchor it;
    written for both ECMAScript and Python), a ``date`` (YYYY-MM-DD), or (the default) any text without a NUL
    character. ``hint`` says in
    words, translated, what a valid value looks like.
    """

    def __init__(
        self, name, description, schema=None, *, hint=None, required=False, location="query", checked_by_filter=False
    ):
        self.name = name
        self.description = description
        self.schema = schema or {"type": "string", "pattern": NO_NUL}
        self.hint = hint
        self.required = required or location == "path"
        self.location = location
        self.checked_by_filter = checked_by_filter

    def openapi(self):
        return {
            "name": self.name,
            "in": self.location,
            "required": self.required,
            "description": self.description,
            "schema": self.schema,
        }

    def is_valid(self, value):
        schema = self.schema
        if "enum" in schema:
            return value in schema["enum"]
        if schema.get("type") == "integer":
            if not re.fullmatch(r"[0-9]{1,12}", value):
                return False
            return schema.get("minimum", 0) <= int(value) <= schema.get("maximum", MAX_INTEGER)
        if "pattern" in schema:
            return re.search(python_pattern(schema["pattern"]), value) is not None
        if schema.get("format") == "date":
            try:
                return re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value) and bool(date.fromisoformat(value))
            except ValueError:
                return False
        return True

    def expected(self):
        schema = self.schema
        if self.hint:
            return str(self.hint)
        if "enum" in schema:
            return _("one of %(choices)s") % {"choices": ", ".join(schema["enum"])}
        if schema.get("type") == "integer":
            return _("a whole number from %(minimum)d to %(maximum)d") % {
                "minimum": schema.get("minimum", 0),
                "maximum": schema.get("maximum", MAX_INTEGER),
            }
        if schema.get("format") == "date":
            return _("a date (YYYY-MM-DD)")
        return _("a value as /api/v2/schema/ describes it")

    def check(self, query):
        """A 400 (``BadRequestError``, translated) when ``query`` lacks this parameter while it is required, or
        gives it a value it does not allow."""
        if self.required and self.location == "query" and self.name not in query:
            raise BadRequestError(_("The parameter %(name)s is required.") % {"name": self.name})
        if self.name in query and not self.is_valid(query[self.name]):
            raise BadRequestError(
                _("“%(value)s” is not a valid value for %(name)s: expected %(expected)s.")
                % {"value": query[self.name][:60], "name": self.name, "expected": self.expected()}
            )


# Text of any kind but the NUL character, which no view takes (cms.middleware.BadInputMiddleware answers a
# 400 for it: PostgreSQL refuses it in text): the document says so, for clients and for schemathesis.
NO_NUL = r"^[^\u0000]*$"


def python_pattern(pattern):
    """A document's (ECMAScript) pattern for Python's ``re``: its final ``$`` ends the text, as in ECMAScript,
    where Python's would also match before a final newline."""
    return pattern[:-1] + r"\Z" if pattern.endswith("$") and not pattern.endswith(r"\$") else pattern


def integer(minimum, maximum=MAX_INTEGER):
    return {"type": "integer", "minimum": minimum, "maximum": maximum}


def choice_pattern(choices, repeat=False):
    """An anchored pattern accepting one of ``choices`` (``repeat``: a comma-separated list of them)."""
    one = "|".join(re.escape(choice).replace("\\-", "-") for choice in sorted(choices, key=len, reverse=True))
    return f"^(?:{one})(?:,(?:{one}))*$" if repeat else f"^(?:{one})$"


# An existing page: its id (or ``root``, the site's root page, for the tree filters).
PAGE_ID = r"[1-9][0-9]{0,8}"
LOCALE = Parameter(
    "locale",
    "Only the items of this language.",
    {"type": "string", "enum": LANGUAGE_CODES},
)


def _field_names(endpoint, model, show_details):
    """The names ``?fields=`` accepts for ``model`` on ``endpoint`` (Wagtail's ``_get_serializer_class`` rule)."""
    names = list(dict.fromkeys(endpoint.get_body_fields_names(model) + endpoint.get_meta_fields_names(model)))
    if not show_details:
        names = [name for name in names if name not in endpoint.detail_only_fields]
    return names


def _related_model(model, name):
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return None
    return field.related_model if field.is_relation else None


def _names(names):
    return "(?:" + "|".join(sorted(names, key=len, reverse=True)) + ")"


def _field_list(names, relations=None):
    """The grammar of Wagtail's ``parse_fields_parameter`` for these names: ``*`` or ``_`` first, then names
    (``-name`` removes one; after ``*`` only removals and nested lists; after ``_`` no removal)."""
    name = _names(names)
    nested = "|".join(f"{relation}\\({sub}\\)" for relation, sub in sorted((relations or {}).items()))
    added = f"(?:{name}|{nested})" if nested else name
    after_star = f"(?:-{name}|{nested})" if nested else f"-{name}"
    plain = f"(?:-?{name}|{nested})" if nested else f"-?{name}"
    return f"\\*(?:,{after_star})*|_(?:,{added})*|{plain}(?:,{plain})*"


def fields_parameter(router, endpoint, models, show_details):
    """``?fields=``: the names of any of ``models`` (an item shows those its own type has), relations with a
    nested list of their own fields (one level)."""
    names = {}
    relations = {}
    for model in models:
        for name in _field_names(endpoint, model, show_details):
            names[name] = True
            related = _related_model(model, name)
            if related is None:
                continue
            found = router.get_model_endpoint(related)
            child = found[1] if found else BaseAPIViewSet
            child_names = set(_field_names(child, related, show_details=False))
            relations.setdefault(name, set()).update(child_names)
    nested = {relation: f"(?:{_field_list(child_names)})" for relation, child_names in relations.items()}
    return Parameter(
        "fields",
        "Comma-separated fields to show: ``name`` adds one, ``-name`` removes one, ``*`` first starts from all "
        "of them, ``_`` first from none; a relation takes a nested list: ``fields=*,themes(name)``. On an "
        "endpoint serving several page types, a field that an item's type does not have is left out of it "
        "(a listing shows type-specific fields with ``?type=``).",
        {"type": "string", "pattern": f"^(?:{_field_list(names, nested)})?$"},
        hint=gettext_lazy("comma-separated names of this endpoint's fields (see /api/v2/schema/)"),
    )


def orderable_fields(endpoint, model):
    """What ``?order=`` may sort ``model`` by: the endpoint's fields that are columns of ``model``."""
    columns = {
        field.name
        for field in model._meta.get_fields()
        if field.concrete and not field.many_to_many and not isinstance(field, ParentalKey)
    }
    return [name for name in endpoint.get_available_fields(model, db_fields_only=True) if name in columns]


def order_parameter(endpoint):
    names = orderable_fields(endpoint, endpoint.model)
    one = f"-?{_names(names)}"
    return Parameter(
        "order",
        "Fields to sort by, comma-separated (``-field`` descending), or ``random``. With ``?type=``, the fields "
        "of that page type too.",
        {"type": "string", "pattern": f"^(?:random|{one}(?:,{one})*)?$"},
        checked_by_filter=True,
    )


def page_reference(name, description, root=True):
    pattern = f"^(?:root|{PAGE_ID})$" if root else f"^{PAGE_ID}$"
    return Parameter(
        name,
        description + " 404 when there is no such public page.",
        {"type": "string", "pattern": pattern},
        hint=gettext_lazy("the id of a page") if not root else gettext_lazy("the id of a page, or root"),
    )


def endpoint_models(endpoint):
    """The models an endpoint serves: its model, and for a page endpoint every page type derived from it."""
    if endpoint.model is Page:
        return list(get_page_models())
    if issubclass(endpoint.model, Page):
        return [model for model in get_page_models() if issubclass(model, endpoint.model)]
    return [endpoint.model]


class APIEndpointMixin(JSONErrorsMixin):
    """What the project's endpoints add to Wagtail's: described, checked parameters and JSON errors.

    ``extra_parameters``: the endpoint's own filters (``Parameter`` objects), listed and checked on its listing.
    """

    extra_parameters = []

    @classmethod
    def parameters(cls, router, action):
        """The query parameters of ``action`` (``listing_view``, ``detail_view``, ``find_view``)."""
        return _parameters(cls, router, action)

    @classmethod
    def listing_parameters(cls, router):
        limit_max = settings.WAGTAILAPI_LIMIT_MAX
        params = [
            Parameter("limit", f"Items per page (at most {limit_max}).", integer(0, limit_max)),
            Parameter("offset", "Items to skip.", integer(0, MAX_OFFSET)),
            fields_parameter(router, cls, endpoint_models(cls), show_details=False),
            order_parameter(cls),
        ]
        if "locale" in cls.known_query_parameters:
            params.append(LOCALE)
        if "search" in cls.known_query_parameters:
            params.append(Parameter("search", "Words to search for (in the language of ``locale``)."))
        if "search_operator" in cls.known_query_parameters:
            params.append(
                Parameter("search_operator", "How the words combine.", {"type": "string", "enum": ["and", "or"]})
            )
        return params + list(cls.extra_parameters)

    @classmethod
    def detail_parameters(cls, router):
        return [fields_parameter(router, cls, endpoint_models(cls), show_details=True)]

    @classmethod
    def find_parameters(cls, router):
        return [Parameter("id", "Id of the item.", integer(1))]

    def get_object(self):
        # An id in the path that no database integer holds names nothing (Wagtail passed it to the
        # database: an OverflowError on SQLite, a 500).
        if "pk" in self.kwargs and whole_number(self.kwargs["pk"]) is None:
            raise Http404
        return super().get_object()

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        for parameter in self.parameters(request.wagtailapi_router, self.action):
            if not parameter.checked_by_filter:
                parameter.check(request.GET)

    def check_query_parameters(self, queryset):
        """Wagtail's check of unknown parameters, with a translated message."""
        known = set(self.get_available_fields(queryset.model, db_fields_only=True)) | self.known_query_parameters
        unknown = sorted(set(self.request.GET) - known)
        if unknown:
            raise BadRequestError(
                _("Unknown query parameter: %(names)s (see /api/v2/schema/).") % {"names": ", ".join(unknown)}
            )


@cache
def _parameters(endpoint, router, action):
    if action == "listing_view":
        return endpoint.listing_parameters(router)
    if action in ("detail_view", "preview_view"):
        return endpoint.detail_parameters(router)
    if action == "find_view":
        return endpoint.find_parameters(router)
    return []


# --- Filters and pagination -------------------------------------------------------------------------------


class FieldsFilter(wagtail_filters.FieldsFilter):
    """Wagtail's field filters (``?id=``, ``?sponsor=``…); a value that cannot be an id is a 400."""

    def filter_queryset(self, request, queryset, view):
        # ``locale`` is a field too, filtered by its language code (LocaleFilter).
        filtered = set(view.get_available_fields(queryset.model, db_fields_only=True)) - {"locale"}
        for name in set(request.GET) & filtered:
            field = queryset.model._meta.get_field(name)
            if isinstance(field, models.ForeignKey | models.AutoField) and whole_number(request.GET[name]) is None:
                raise BadRequestError(
                    _("“%(value)s” is not a valid value for %(name)s: expected a whole number from 0 to %(maximum)d.")
                    % {"value": request.GET[name][:40], "name": name, "maximum": MAX_INTEGER}
                )
        return super().filter_queryset(request, queryset, view)


class LocaleFilter(wagtail_filters.LocaleFilter):
    """``?locale=``: an unknown language is a 400 with the languages to choose from (Wagtail: an English 404)."""

    def filter_queryset(self, request, queryset, view):
        if "locale" not in request.GET:
            return queryset
        locale = Locale.objects.filter(language_code=request.GET["locale"]).first()
        if locale is None:
            raise BadRequestError(unknown_locale_message(request.GET["locale"]))
        return queryset.filter(locale=locale)


def unknown_locale_message(code):
    return _("Unknown locale “%(locale)s”: use one of %(choices)s.") % {
        "locale": code[:20],
        "choices": ", ".join(LANGUAGE_CODES),
    }


class OrderingFilter(wagtail_filters.OrderingFilter):
    """``?order=``: Wagtail's, with translated messages; ``random`` also with ``offset`` (each page is drawn
    anew), so that every value the document allows is accepted."""

    def filter_queryset(self, request, queryset, view):
        value = request.GET.get("order")
        if not value:
            return queryset
        if value == "random":
            return queryset.order_by("?")
        allowed = orderable_fields(view, queryset.model)
        names = value.split(",")
        for name in names:
            if name.removeprefix("-") not in allowed:
                raise BadRequestError(
                    _("Cannot sort by “%(field)s”: use one of %(choices)s.")
                    % {"field": name[:60], "choices": ", ".join(allowed)}
                )
        try:
            return queryset.order_by(*names)
        except FieldError as error:  # pragma: no cover - every name was checked above
            raise BadRequestError(_("Cannot sort by “%(field)s”.") % {"field": value[:60]}) from error


class SearchFilter(wagtail_filters.SearchFilter):
    """Wagtail's ``?search=``, sortable by any field ``?order=`` takes: the matches are searched first, then
    sorted by the database (Wagtail's search engine sorts only by indexed fields, and never at random)."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET or not request.GET.get("order"):
            return super().filter_queryset(request, queryset, view)
        matches = get_search_backend().search(
            request.GET["search"],
            queryset.model.objects.filter(pk__in=queryset.values("pk")),
            operator=request.GET.get("search_operator"),
            order_by_relevance=False,
        )
        return queryset.filter(pk__in=[match.pk for match in matches])


class PageTreeFilter(wagtail_filters.ChildOfFilter):
    """``?child_of=``, ``?descendant_of=``, ``?ancestor_of=`` and ``?translation_of=``, combinable.

    Wagtail's four filters answer a 400 for a page that does not exist (the value is valid: it is a 404
    here, as a detail would answer) and refuse ``child_of`` with ``descendant_of``.
    """

    def filter_queryset(self, request, queryset, view):
        for name, method in (
            ("child_of", "child_of"),
            ("descendant_of", "descendant_of"),
            ("ancestor_of", "ancestor_of"),
            ("translation_of", "translation_of"),
        ):
            if name in request.GET:
                queryset = getattr(queryset, method)(self.page(request, view, request.GET[name]))
        return queryset

    @staticmethod
    def page(request, view, value):
        if value == "root":
            return view.get_root_page()
        page = view.get_base_queryset().filter(pk=int(value)).first()
        if page is None:
            raise Http404
        return page


def site_language_roots(site):
    """The root page of ``site`` and its translations (one root per language tree); none without a site.

    Kept on the Site object, which Wagtail keeps on the request: asked once per request.
    """
    if site is None:
        return []
    if not hasattr(site, "_language_roots"):
        site._language_roots = list(site.root_page.get_translations(inclusive=True))
    return site._language_roots


# The sites of the API's requests and the tree paths of their language roots, kept in the cache beside
# Wagtail's site root paths (same version).
SITES_CACHE_KEY = "api-sites"
# The sections under view restrictions, read in the same round trip (``restricted_sections``).
RESTRICTED_CACHE_KEY = "api-restricted-sections"
RESTRICTED_SECONDS = 60


def request_site(request):
    """The request's site and the tree paths of its language roots: from the cache, without a query.

    Wagtail asks the database for the site of every request (``Site.find_for_request``) and the API
    asked for the site's language roots. Both are kept in the cache with a copy of Wagtail's site root
    paths (which Wagtail clears whenever a site or a site's root page or one of its translations is
    saved): when those changed, or a site was saved or deleted (``forget_sites``), they are looked up
    again. The one cache read also gives Wagtail its root paths for the request's URLs.
    """
    request = getattr(request, "_request", request)  # DRF's request: the attributes are Django's
    if hasattr(request, "_api_site"):
        return request._api_site
    hostname, port = split_domain_port(request._get_raw_host())[0], request.get_port()
    found = shared_cache.get_many(
        [SITE_ROOT_PATHS_CACHE_KEY, SITES_CACHE_KEY, RESTRICTED_CACHE_KEY], version=SITE_ROOT_PATHS_CACHE_VERSION
    )
    request._restricted_sections = found.get(RESTRICTED_CACHE_KEY)  # read by restricted_sections()
    root_paths = found.get(SITE_ROOT_PATHS_CACHE_KEY)
    if root_paths is None:
        root_paths = Site.get_site_root_paths()
    request._wagtail_cached_site_root_paths = root_paths  # read by Page.get_url_parts(request)
    sites = found.get(SITES_CACHE_KEY)
    if sites is None or sites["root_paths"] != root_paths:
        sites = {"root_paths": root_paths, "hosts": {}}
    entry = sites["hosts"].get((hostname, port))
    if entry is None:
        site = Site.find_for_request(request)
        entry = (site, [root.path for root in site_language_roots(site)])
        sites["hosts"][(hostname, port)] = entry
        shared_cache.set(SITES_CACHE_KEY, sites, None, version=SITE_ROOT_PATHS_CACHE_VERSION)
    request._wagtail_site = entry[0]
    request._api_site = entry
    return entry


@receiver(post_save, sender=Site)
@receiver(post_delete, sender=Site)
def forget_sites(**kwargs):
    """A site's flags (``is_default_site``) decide which site a request is for: look them up again."""
    shared_cache.delete(SITES_CACHE_KEY, version=SITE_ROOT_PATHS_CACHE_VERSION)


def public_pages(request, model=Page):
    """Live pages without view restrictions in the request's site, in every language.

    Wagtail's ``.public()`` asks the database for the view restrictions on every request: their sections
    are kept in the cache (``restricted_sections``).
    """
    _site, roots = request_site(request)
    if not roots:
        return model.objects.none()
    in_site = Q()
    for path in roots:
        in_site |= Q(path__startswith=path)
    private = Q()
    for path, depth in restricted_sections(request):
        private |= Q(path__startswith=path, depth__gte=depth)  # Wagtail's private_q: the section of each
    pages = model.objects.live().filter(in_site)
    return pages.exclude(private) if private else pages


def restricted_sections(request):
    """The tree path and depth of every page with a view restriction (the root of a private section).

    Read with the request's site (``request_site``: the same cache round trip) and kept until a view
    restriction is saved or deleted or a page moves (``forget_restricted_sections``), and a minute at most:
    a request that read the restrictions just before an editor added one cannot keep the old list longer.
    """
    request = getattr(request, "_request", request)
    if not hasattr(request, "_restricted_sections"):
        request_site(request)
    sections = request._restricted_sections
    if sections is None:
        sections = list(PageViewRestriction.objects.values_list("page__path", "page__depth").distinct())
        shared_cache.set(RESTRICTED_CACHE_KEY, sections, RESTRICTED_SECONDS, version=SITE_ROOT_PATHS_CACHE_VERSION)
        request._restricted_sections = sections
    return sections


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
@receiver(post_page_move)
def forget_restricted_sections(**kwargs):
    shared_cache.delete(RESTRICTED_CACHE_KEY, version=SITE_ROOT_PATHS_CACHE_VERSION)


@extend_schema_field(
    array_of(
        obj(
            {"locale": "string", "id": "integer", "title": "string", "html_url": "string"},
            required=["locale", "id", "html_url"],
        ),
        "The published translations of the page in the same site, for a language switcher.",
    )
)
class TranslationsField(serializers.Field):
    """The page's published translations in the same site: what a language switcher links to."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        request = self.context["request"]
        translations = (
            self.context["base_queryset"]
            .filter(translation_key=page.translation_key)
            .exclude(pk=page.pk)
            .select_related("locale")
            .order_by("locale__language_code")
        )
        return [
            {
                "locale": translation.locale.language_code,
                "id": translation.pk,
                "title": translation.title,
                "html_url": translation.get_full_url(request),
            }
            for translation in translations
        ]


class PageHtmlUrlField(wagtail_serializers.PageHtmlUrlField):
    """Wagtail's ``html_url``, with the request: the site root paths are read once per request.

    Wagtail's field asks ``page.full_url``, without the request, so the root paths came from the cache
    once per item (a Redis round trip each, 100 for a list of 100).
    """

    def to_representation(self, page):
        try:
            return page.get_full_url(self.context.get("request"))
        except NoReverseMatch:
            return None


class PageParentField(wagtail_serializers.PageParentField):
    """Wagtail's ``meta.parent`` (the parent when any visitor may read it) in one query instead of two."""

    def get_attribute(self, instance):
        if instance.depth <= 1:
            return None
        parent_path = instance.path[: -instance.steplen]
        return self.context["base_queryset"].filter(path=parent_path).first()

    def to_representation(self, value):
        serializer_class = wagtail_serializers.get_serializer_class(
            value.__class__,
            ["id", "type", "detail_url", "html_url", "title"],
            meta_fields=["type", "detail_url", "html_url"],
            base=PublicPageSerializer,
        )
        return serializer_class(context=self.context).to_representation(value)


class PublicPageSerializer(PageSerializer):
    html_url = PageHtmlUrlField(read_only=True)
    parent = PageParentField(read_only=True)
    translations = TranslationsField(read_only=True)


def _swap_filters(backends):
    """Wagtail's filter backends with the project's in their place (same order)."""
    swaps = {
        wagtail_filters.FieldsFilter: FieldsFilter,
        wagtail_filters.LocaleFilter: LocaleFilter,
        wagtail_filters.OrderingFilter: OrderingFilter,
        wagtail_filters.ChildOfFilter: PageTreeFilter,
    }
    tree = (wagtail_filters.AncestorOfFilter, wagtail_filters.DescendantOfFilter, wagtail_filters.TranslationOfFilter)
    return [swaps.get(backend, backend) for backend in backends if backend not in tree]


class PublicPagesAPIViewSet(APIEndpointMixin, PagesAPIViewSet):
    """Wagtail's pages endpoint restricted to what an anonymous visitor of this site may read."""

    base_serializer_class = PublicPageSerializer
    filter_backends = _swap_filters(PagesAPIViewSet.filter_backends)
    meta_fields = [*PagesAPIViewSet.meta_fields, "translations"]
    detail_only_fields = [*PagesAPIViewSet.detail_only_fields, "translations"]
    # ?site= would reach the pages of another site; the language-aware ?search= has no operator.
    known_query_parameters = PagesAPIViewSet.known_query_parameters - {"site", "search_operator"}

    @classmethod
    def listing_parameters(cls, router):
        types = [model._meta.label for model in endpoint_models(cls)]
        return [
            *super().listing_parameters(router),
            Parameter(
                "type",
                "Page types, comma-separated: " + ", ".join(f"``{label}``" for label in types) + ".",
                {"type": "string", "pattern": choice_pattern(types, repeat=len(types) > 1)},
                hint=gettext_lazy("page types of this endpoint, comma-separated (see /api/v2/schema/)"),
            ),
            page_reference("child_of", "Only the children of this page (``root``: the site's root page)."),
            page_reference("descendant_of", "Only the pages under this page (``root``: the site's root page)."),
            page_reference("ancestor_of", "Only the ancestors of this page.", root=False),
            page_reference("translation_of", "Only the translations of this page."),
        ]

    @classmethod
    def find_parameters(cls, router):
        return [*super().find_parameters(router), Parameter("html_path", "Path of the page on the site.")]

    def get_base_queryset(self):
        # Asked several times per request (listing, filters, serializer context): built once.
        if not hasattr(self, "_public_pages"):
            self._public_pages = public_pages(self.request)
        return self._public_pages

    def get_queryset(self):
        queryset = super().get_queryset()
        return queryset.select_related("locale")

    def get_object(self):
        """The page in its specific type, its locale joined rather than fetched once more.

        Wagtail's ``page.specific`` reads the page again through the type's manager, which prefetches the
        locale (``GuidePageManager``): joined here, that prefetch finds it already there.
        """
        if not hasattr(self, "_specific_object"):
            if "pk" in self.kwargs and whole_number(self.kwargs["pk"]) is None:
                raise Http404
            page = BaseAPIViewSet.get_object(self)
            model = page.specific_class
            if model is None or isinstance(page, model):
                self._specific_object = page
            else:
                self._specific_object = model._default_manager.select_related("locale").get(pk=page.pk)
        return self._specific_object

    def get_serializer_class(self):
        # Asked for the page of results and again for the serializer: built once.
        if not hasattr(self, "_serializer_class"):
            self._serializer_class = self._build_serializer_class()
        return self._serializer_class

    def _build_serializer_class(self):
        """Wagtail's, except that a field the page's type does not have is left out rather than refused.

        An endpoint serves several page types: ``?fields=level`` is a guide's level, and a page of
        another type is shown without it. A name no type of the endpoint has was refused by the
        parameter's check already.
        """
        show_details = self.action != "listing_view"
        model = type(self.get_object()) if show_details else self.get_queryset().model
        config = parse_fields_parameter(self.request.GET.get("fields", ""))
        known = set(_field_names(self, model, show_details)) | {"*", "_"}
        config = [field for field in config if field[0] in known]
        return self._get_serializer_class(self.request.wagtailapi_router, model, config, show_details=show_details)

    def paginate_queryset(self, queryset):
        shown = set(self.get_serializer_class().Meta.fields)
        if not shown & {field.name for field in getattr(queryset.model, "api_fields", [])}:
            # Only the page's own fields are shown (the default listing): what the model's manager
            # prefetches for its own fields (a guide's themes, sponsor, related guides…) is not needed.
            queryset = queryset.prefetch_related(None)
        pages = super().paginate_queryset(queryset)
        prepare = getattr(queryset.model, "prepare_api_listing", None)
        return prefetch_stream_objects(prepare(pages) if prepare else list(pages), shown)


class SnippetSerializer(BaseSerializer):
    locale = PageLocaleField(read_only=True)


class SnippetAPIViewSet(APIEndpointMixin, BaseAPIViewSet):
    """A translatable snippet: ``?locale=`` lists one language, each item says its ``meta.locale``."""

    base_serializer_class = SnippetSerializer
    filter_backends = [FieldsFilter, OrderingFilter, LocaleFilter]
    known_query_parameters = BaseAPIViewSet.known_query_parameters.union(["locale"]) - {"search", "search_operator"}
    meta_fields = [*BaseAPIViewSet.meta_fields, "locale"]
    listing_default_fields = [*BaseAPIViewSet.listing_default_fields, "locale"]

    def get_queryset(self):
        queryset = self.model.objects.select_related("locale").order_by(*self.model._meta.ordering, "pk")
        if issubclass(self.model, DraftStateMixin):
            queryset = queryset.filter(live=True)  # reviewed snippets: only what a reviewer published
        return queryset

    @classmethod
    def get_listing_default_fields(cls, model):
        return [*cls.listing_default_fields, *(field.name for field in cls._convert_api_fields(model.api_fields))]
