"""The editors' report: counts, means per dimension by sector and size band, distribution; no personal data."""

import csv
from collections import defaultdict

from django.http import HttpResponse

from diagnostic.models import DiagnosticPage
from diagnostic.profile import size_band_label
from diagnostic.records import DiagnosticResult
from diagnostic.results import MIN_SEGMENT

# Columns of the CSV export: never the token, a name, an e-mail or a consent date.
CSV_FIELDS = ["created", "language", "version", "sector", "size_band", "province", "overall"]


def questionnaires():
    """The French (source) diagnostic pages: one report per questionnaire, all languages pooled."""
    return DiagnosticPage.objects.filter(locale__language_code="fr").order_by("pk")


def dimensions_of(page):
    return [(d["id"], d["title"]) for d in page.snapshot()["dimensions"]]


def _mean(values):
    return round(sum(values) / len(values)) if values else None


def summary(page):
    rows = list(
        DiagnosticResult.objects.filter(translation_key=page.translation_key, overall__isnull=False).values_list(
            "sector", "size_band", "overall", "dimension_scores"
        )
    )
    dimensions = dimensions_of(page)
    from taxonomy.models import Sector

    sector_names = dict(Sector.objects.filter(locale=page.locale).values_list("slug", "name"))
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


def csv_response(page):
    dimensions = dimensions_of(page)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="diagnostic-{page.pk}.csv"'
    writer = csv.writer(response)
    writer.writerow(CSV_FIELDS + [key for key, _title in dimensions])
    results = (
        DiagnosticResult.objects.filter(translation_key=page.translation_key)
        .select_related("version")
        .order_by("created_at")
    )
    for result in results.iterator():
        writer.writerow(
            [
                result.created_at.date().isoformat(),
                result.language,
                result.version.number,
                result.sector,
                result.size_band,
                result.province,
                "" if result.overall is None else result.overall,
            ]
            + [result.dimension_scores.get(key, "") for key, _title in dimensions]
        )
    return response
