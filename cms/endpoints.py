"""Base classes of the API's endpoints: what every page and snippet endpoint guarantees.

Content apps build their endpoints on these (``guides/api.py``,
``agenda/api.py``, ``taxonomy/api.py``, ``sponsors/api.py``); ``cms/api.py``
registers them. The guarantees:

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
  once for the whole page of results (``cms.blocks.prefetch_stream_objects``);
- translatable snippets are listed per ``?locale=`` with ``meta.locale``;
- no input reaches the database in a form it cannot take: an id or a number
  beyond ``MAX_INTEGER`` names nothing (404) or is refused (400), never a 500.
"""

from django.db import models
from django.db.models import Q
from django.http import Http404, JsonResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from drf_spectacular.utils import extend_schema_field
from rest_framework import parsers, serializers
from rest_framework.exceptions import ParseError
from wagtail.api.v2 import filters as wagtail_filters
from wagtail.api.v2.filters import LocaleFilter, OrderingFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.serializers import BaseSerializer, PageLocaleField, PageSerializer
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.models import DraftStateMixin, Page, Site

from cms.blocks import prefetch_stream_objects

# The largest id, offset or page number the API accepts: PostgreSQL's and SQLite's integers hold it.
MAX_INTEGER = 2**31 - 1
MAX_OFFSET = MAX_INTEGER
NOT_FOUND = gettext_lazy("Not found.")


def error_response(status, message):
    """The API's error body, ``{"message": …}`` with ``status``; ``message`` in the client's language."""
    return JsonResponse({"message": str(message)}, status=status)


def whole_number(value, maximum=MAX_INTEGER):
    """``value`` (text from a request, or an int from a path) as an int from 0 to ``maximum``; None otherwise.

    Ids and counts go through it before they reach the database: Django guards lookups on integer
    fields against numbers the database cannot hold, not lookups through a relation (a guide's
    ``page_ptr``, a ``sponsor`` filter), where SQLite raises ``OverflowError`` — a 500
    (https://code.djangoproject.com/ticket/27397 fixed the integer fields only).
    """
    value = str(value)
    if not (value.isascii() and value.isdigit()) or len(value) > len(str(maximum)):
        return None
    number = int(value)
    return number if number <= maximum else None


class JSONParser(parsers.JSONParser):
    """DRF's JSON parser, for the API's views that take a body: one nested too deep is a ``ParseError`` (400).

    Python's ``json`` raises ``RecursionError`` on a body such as ``[`` × 50,000, which DRF lets through (a 500).
    """

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            return super().parse(stream, media_type, parser_context)
        except RecursionError as error:
            raise ParseError(_("The JSON body is nested too deeply.")) from error


def not_an_id(name, value):
    return _("“%(value)s” is not a valid value for %(name)s: expected a whole number from 0 to %(maximum)d.") % {
        "value": value[:40],
        "name": name,
        "maximum": MAX_INTEGER,
    }


class Pagination(WagtailPagination):
    """Wagtail's ``limit``/``offset`` pagination, with a bound on ``offset``.

    Wagtail passes any offset to the database: a huge one overflows SQLite's
    integers (a 500, found by schemathesis); it is a 400 here.
    """

    def paginate_queryset(self, queryset, request, view=None):
        offset = request.GET.get("offset", "0")
        if offset.isdigit() and whole_number(offset) is None:
            raise BadRequestError(f"offset cannot be higher than {MAX_OFFSET}")
        return super().paginate_queryset(queryset, request, view)


class FieldsFilter(wagtail_filters.FieldsFilter):
    """Wagtail's field filters (``?id=``, ``?sponsor=``…); a value that cannot be an id is a 400."""

    def filter_queryset(self, request, queryset, view):
        # ``locale`` is a field too, filtered by its language code (LocaleFilter).
        filtered = set(view.get_available_fields(queryset.model, db_fields_only=True)) - {"locale"}
        for name in set(request.GET) & filtered:
            field = queryset.model._meta.get_field(name)
            if isinstance(field, models.ForeignKey | models.AutoField) and whole_number(request.GET[name]) is None:
                raise BadRequestError(not_an_id(name, request.GET[name]))
        return super().filter_queryset(request, queryset, view)


def with_project_filters(backends):
    """``backends`` with Wagtail's field filter replaced by the project's (same order)."""
    return [FieldsFilter if backend is wagtail_filters.FieldsFilter else backend for backend in backends]


class APIEndpointMixin:
    """What every endpoint of the API shares (pages, snippets, images, documents).

    An id in the path that no database integer holds is a 404, ``find/?id=`` with something that
    is not an id a 400: Wagtail passes both to the database (a ``ValueError`` or an ``OverflowError``,
    a 500).
    """

    pagination_class = Pagination

    def get_object(self):
        if "pk" in self.kwargs and whole_number(self.kwargs["pk"]) is None:
            raise Http404(NOT_FOUND)
        return super().get_object()

    def find_object(self, queryset, request):
        if "id" in request.GET and whole_number(request.GET["id"]) is None:
            raise BadRequestError(not_an_id("id", request.GET["id"]))
        return super().find_object(queryset, request)


def site_language_roots(site):
    """The root page of ``site`` and its translations (one root per language tree); none without a site.

    Kept on the Site object, which Wagtail keeps on the request: asked once per request.
    """
    if site is None:
        return []
    if not hasattr(site, "_language_roots"):
        site._language_roots = list(site.root_page.get_translations(inclusive=True))
    return site._language_roots


def public_pages(request, model=Page):
    """Live pages without view restrictions in the request's site, in every language."""
    roots = site_language_roots(Site.find_for_request(request))
    if not roots:
        return model.objects.none()
    in_site = Q()
    for root in roots:
        in_site |= Q(path__startswith=root.path)
    return model.objects.live().public().filter(in_site)


@extend_schema_field(
    {
        "type": "array",
        "description": "The published translations of the page in the same site, for a language switcher.",
        "items": {
            "type": "object",
            "properties": {
                "locale": {"type": "string"},
                "id": {"type": "integer"},
                "title": {"type": "string"},
                "html_url": {"type": "string"},
            },
            "required": ["locale", "id", "html_url"],
        },
    }
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


class PublicPageSerializer(PageSerializer):
    translations = TranslationsField(read_only=True)


class PublicPagesAPIViewSet(APIEndpointMixin, PagesAPIViewSet):
    """Wagtail's pages endpoint restricted to what an anonymous visitor of this site may read."""

    base_serializer_class = PublicPageSerializer
    filter_backends = with_project_filters(PagesAPIViewSet.filter_backends)
    meta_fields = [*PagesAPIViewSet.meta_fields, "translations"]
    detail_only_fields = [*PagesAPIViewSet.detail_only_fields, "translations"]
    # ?site= would reach the pages of another site.
    known_query_parameters = PagesAPIViewSet.known_query_parameters - {"site"}

    def initial(self, request, *args, **kwargs):
        """An endpoint of one page type (guides, agenda) refuses ``?type=`` naming another type with a 400.

        Ignoring it would answer guides to a client asking the guides endpoint for seminars, its mistake
        unnoticed; Wagtail swapped in the other type's queryset (a 500 on the agenda).
        """
        super().initial(request, *args, **kwargs)
        if self.model is not Page and "type" in request.GET:
            label = self.model._meta.label
            if any(name.strip().lower() != label.lower() for name in request.GET["type"].split(",")):
                raise BadRequestError(
                    _("This endpoint lists only %(type)s: leave out type or ask the pages endpoint.") % {"type": label}
                )

    def get_base_queryset(self):
        # Asked several times per request (listing, filters, serializer context): built once.
        if not hasattr(self, "_public_pages"):
            self._public_pages = public_pages(self.request)
        return self._public_pages

    def get_queryset(self):
        queryset = super().get_queryset()
        return queryset.select_related("locale")

    def get_serializer_class(self):
        # Asked for the page of results and again for the serializer: built once.
        if not hasattr(self, "_serializer_class"):
            self._serializer_class = super().get_serializer_class()
        return self._serializer_class

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
