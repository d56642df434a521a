"""The visitor search page (``/<language>/search/``) and the editors' query report."""

import django_filters
from django.db.models import Max, Sum
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, NumberColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Site
from wagtail.permission_policies import ModelPermissionPolicy

from core.exports import SafeSpreadsheetExport
from core.numbers import whole_number
from core.ratelimits import limit
from search import registry, service
from search.analysis import LANGUAGES
from search.models import LANGUAGE_CHOICES, QueryLog, Synonym

TYPE_LABELS = {
    "guide": _("Guides"),
    "testimonial": _("Testimonials"),
    "seminar": _("Seminars"),
    "page": _("Pages"),
    "sponsor": _("Sponsors"),
    "slides": _("Slides"),
}
LANGUAGE_NAMES = dict(LANGUAGE_CHOICES)


def search_page(request):
    language = (get_language() or "fr").split("-")[0]
    language = language if language in LANGUAGES else "fr"
    query = request.GET.get("q", "").strip()
    search_type = request.GET.get("type", "")
    types = [search_type] if search_type in registry.type_keys() else []
    # Not a page number (or one the database cannot count to): the first page.
    page = whole_number(request.GET.get("page", "1")) or 1
    if query:
        limit(request, "search")
    site = Site.find_for_request(request)
    result = service.search(query, language, site, types=types, page=page) if query else None
    for item in result.results if result else []:
        item["language_name"] = LANGUAGE_NAMES.get(item["language"], item["language"])
    context = {
        "query": query,
        "result": result,
        "search_type": search_type if types else "",
        "type_facets": [
            {"value": key, "label": TYPE_LABELS.get(key, key), "count": count}
            for key, count in (result.facets.get("type", {}).items() if result else [])
        ],
    }
    return render(request, "search/search.html", context)


class QueryReportFilterSet(WagtailFilterSet):
    language = django_filters.ChoiceFilter(label=_("Language"), choices=LANGUAGE_CHOICES)
    day = django_filters.DateFromToRangeFilter(label=_("Day"))
    zero_results = django_filters.BooleanFilter(label=_("Only queries without results"), method="filter_zero_results")

    class Meta:
        model = QueryLog
        fields = ["language", "day"]

    def filter_zero_results(self, queryset, name, value):
        return queryset.filter(last_results=0) if value else queryset


class QueryReportView(SafeSpreadsheetExport, ReportView):
    """Top queries per language, and those that found nothing: which guide to write next.

    What visitors typed is exported as text: a query such as ``=cmd|…`` never runs in a spreadsheet.
    """

    page_title = _("Visitor searches")
    header_icon = "search"
    # Those who maintain the search synonyms read what visitors search for (the menu item asks the same).
    permission_policy = ModelPermissionPolicy(Synonym)
    permission_required = "change"
    index_url_name = "search_queries"
    index_results_url_name = "search_queries_results"
    filterset_class = QueryReportFilterSet
    default_ordering = "-total"
    is_searchable = True
    search_fields = ["query"]
    columns = [
        Column("query", label=_("Query"), sort_key="query"),
        Column("language_name", label=_("Language")),
        NumberColumn("total", label=_("Searches"), sort_key="total"),
        NumberColumn("last_results", label=_("Results"), sort_key="last_results"),
    ]
    export_headings = {
        "query": _("Query"),
        "language": _("Language"),
        "total": _("Searches"),
        "last_results": _("Results"),
    }
    list_export = ["query", "language", "total", "last_results"]

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        kwargs["queryset"] = self.get_base_queryset()
        return kwargs

    def get_base_queryset(self):
        return (
            QueryLog.objects.values("language", "query")
            .annotate(total=Sum("searches"), last_results=Max("results"))
            .order_by("-total", "query")
        )

    def decorate_paginated_queryset(self, object_list):
        for row in object_list:
            row["language_name"] = LANGUAGE_NAMES.get(row["language"], row["language"])
        return object_list
