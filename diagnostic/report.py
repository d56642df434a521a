"""The editors' report: counts, means per dimension by sector and size band, distribution; no personal data."""

from collections import defaultdict

import django_filters
from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView

from core.exports import SafeSpreadsheetExport
from diagnostic.models import DiagnosticPage
from diagnostic.profile import size_band_label
from diagnostic.records import DiagnosticResult
from diagnostic.results import MIN_SEGMENT

PERMISSION = "diagnostic.view_diagnostic_report"
# Columns of the results and their export: never the token, a name, an e-mail or a consent date.
RESULT_FIELDS = ["created_at", "language", "version", "sector", "size_band", "province", "overall"]


def questionnaires():
    """The French (source) diagnostic pages: one report per questionnaire, all languages pooled."""
    return DiagnosticPage.objects.filter(locale__language_code="fr").order_by("pk")


def dimensions_of(page):
    return [(d["id"], d["title"]) for d in page.snapshot()["dimensions"]]


def _sector_names(locale):
    from taxonomy.models import Sector

    return dict(Sector.objects.filter(locale=locale).values_list("slug", "name"))


def _mean(values):
    return round(sum(values) / len(values)) if values else None


def summary(page):
    rows = list(
        DiagnosticResult.objects.filter(translation_key=page.translation_key, overall__isnull=False).values_list(
            "sector", "size_band", "overall", "dimension_scores"
        )
    )
    dimensions = dimensions_of(page)
    sector_names = _sector_names(page.locale)
    segments = defaultdict(list)
    for sector, size_band, overall, scores in rows:
        segments[(sector, size_band)].append((overall, scores))
    table = []
    for (sector, size_band), items in sorted(segments.items()):
        enough = len(items) >= MIN_SEGMENT
        table.append(
            {
                "sector": sector_names.get(sector, sector),
                "size_band": str(size_band_label(size_band)),
                "n": len(items),
                "enough": enough,
                "overall": _mean([o for o, _s in items]) if enough else None,
                "dimensions": [
                    _mean([s[key] for _o, s in items if key in s]) if enough else None for key, _title in dimensions
                ],
            }
        )
    buckets = [0] * 10
    for _sector, _size, overall, _scores in rows:
        buckets[min(overall // 10, 9)] += 1
    top = max(buckets) or 1
    distribution = [
        {"label": f"{i * 10}–{i * 10 + 9 if i < 9 else 100}", "count": count, "width": round(count * 100 / top)}
        for i, count in enumerate(buckets)
    ]
    return {
        "page": page,
        "n": len(rows),
        "overall": _mean([overall for _s, _b, overall, _d in rows]),
        "dimensions": [
            {"title": title, "mean": _mean([d[key] for *_x, d in rows if key in d])} for key, title in dimensions
        ],
        "dimension_titles": [title for _key, title in dimensions],
        "segments": table,
        "distribution": distribution,
        "min_segment": MIN_SEGMENT,
    }


def _label(field):
    return capfirst(DiagnosticResult._meta.get_field(field).verbose_name)


class ResultFilterSet(WagtailFilterSet):
    """Wagtail's filters on the results: when, in which language, by whom (sector, size, province)."""

    created_at = django_filters.DateFromToRangeFilter(label=_label("created_at"), widget=DateRangePickerWidget)
    language = django_filters.ChoiceFilter(
        label=_label("language"), choices=settings.LANGUAGES, empty_label=_("All"), widget=forms.RadioSelect
    )
    sector = django_filters.ChoiceFilter(label=_label("sector"))

    class Meta:
        model = DiagnosticResult
        fields = ["created_at", "language", "sector", "size_band", "province"]

    def __init__(self, *args, sector_names=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["sector"].extra["choices"] = sorted((sector_names or {}).items(), key=lambda item: item[1])


class ResultsView(SafeSpreadsheetExport, ReportView):
    """The results of one questionnaire, one row each, newest first; ``?export=csv|xlsx`` adds the score
    of each dimension (the statistics' raw data, without personal data)."""

    page_title = _("Self-diagnostic report")
    header_icon = "table"
    index_url_name = "diagnostic_report_results"
    index_results_url_name = "diagnostic_report_results_results"
    filterset_class = ResultFilterSet
    verbose_name_plural = DiagnosticResult._meta.verbose_name_plural
    columns = [
        DateColumn("created_at", label=_label("created_at")),
        Column("language", label=_label("language")),
        Column("version_number", label=_label("version")),
        Column("sector_name", label=_label("sector")),
        Column("get_size_band_display", label=_label("size_band")),
        Column("get_province_display", label=_label("province")),
        Column("overall", label=_label("overall")),
    ]

    def dispatch(self, request, *args, page_id=None, **kwargs):
        if not request.user.has_perm(PERMISSION):
            raise PermissionDenied
        self.questionnaire = get_object_or_404(questionnaires(), pk=page_id)
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.questionnaire.title

    def get_index_url(self):
        return reverse(self.index_url_name, args=[self.questionnaire.pk])

    def get_index_results_url(self):
        return reverse(self.index_results_url_name, args=[self.questionnaire.pk])

    @cached_property
    def sector_names(self):
        return _sector_names(self.questionnaire.locale)

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "sector_names": self.sector_names}

    def get_filename(self):
        return f"diagnostic-{self.questionnaire.pk}"

    @cached_property
    def dimensions(self):
        return dimensions_of(self.questionnaire)

    @property
    def list_export(self):
        return RESULT_FIELDS + [f"dimension:{key}" for key, _title in self.dimensions]

    @property
    def export_headings(self):
        return {
            **{field: _label(field) for field in RESULT_FIELDS},
            **{f"dimension:{key}": title for key, title in self.dimensions},
        }

    def get_queryset(self):
        return (
            DiagnosticResult.objects.filter(translation_key=self.questionnaire.translation_key)
            .select_related("version")
            .order_by("-created_at", "-pk")
        )

    def decorate_paginated_queryset(self, object_list):
        for result in object_list:
            result.version_number = result.version.number
            result.sector_name = self.sector_names.get(result.sector, result.sector)
        return object_list

    def to_row_dict(self, result):
        """Codes as stored (sector slug, size band, province), the day of the result in UTC."""
        values = {
            "created_at": result.created_at.date().isoformat(),
            "language": result.language,
            "version": result.version.number,
            "sector": result.sector,
            "size_band": result.size_band,
            "province": result.province,
            "overall": "" if result.overall is None else result.overall,
        }
        for key, _title in self.dimensions:
            values[f"dimension:{key}"] = result.dimension_scores.get(key, "")
        return values
