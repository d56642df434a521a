"""Recording a completed diagnostic and presenting it: scores, bands, advice, recommendations, comparison.

The same presentation (`present`) feeds the visitor's result page and the API.
"""

from django.db import transaction
from django.db.models import Avg

from diagnostic import recommendations
from diagnostic.profile import province_label, size_band_label
from diagnostic.records import DiagnosticResult
from diagnostic.scoring import advice, band_index, round_half_up, score
from diagnostic.validation import normalise

PRIORITIES_SHOWN = 3
# A comparison with the visitor's segment (same sector and size) needs at least this many other results.
MIN_SEGMENT = 5


@transaction.atomic
def record(page, profile, answers, previous=None):
    """Store a completed diagnostic (answers already validated) and return it."""
    version = page.current_version()
    answers = normalise(version.snapshot, answers)
    result = score(version.snapshot, answers)
    return DiagnosticResult.objects.create(
        version=version,
        translation_key=page.translation_key,
        language=page.locale.language_code,
        sector=profile.get("sector") or "",
        size_band=profile.get("size_band") or "",
        province=profile.get("province") or "",
        answers=answers,
        overall=result.overall,
        dimension_scores={d.dimension["id"]: d.score for d in result.dimensions if d.score is not None},
        previous=previous if previous and previous.token else None,
    )


def rescore(result):
    """Score a stored result again from the questionnaire version it was taken with."""
    return score(result.version.snapshot, result.answers)


def present(result, language=None):
    """Everything the result page and the API show, as plain data."""
    snapshot = result.version.snapshot
    bands = snapshot["bands"]
    scored = rescore(result)
    overall_band = band_index(bands, scored.overall) if scored.overall is not None else None
    matched = advice(snapshot, scored)
    priorities = matched[:PRIORITIES_SHOWN]
    themes = list(dict.fromkeys(slug for item in priorities for slug in item.themes))
    language = language or result.language
    comparison = compare(result)
    previous = result.previous if result.previous_id and result.previous and result.previous.token else None
    dimensions = []
    for dim in scored.dimensions:
        index = band_index(bands, dim.score) if dim.score is not None else None
        dimensions.append(
            {
                "id": dim.dimension["id"],
                "title": dim.dimension["title"],
                "weight": dim.dimension["weight"],
                "score": dim.score,
                "band": bands[index]["label"] if index is not None else None,
                "band_text": _band_text(dim.dimension, index),
                "peer_mean": comparison["dimensions"].get(dim.dimension["id"]),
                "previous": previous.dimension_scores.get(dim.dimension["id"]) if previous else None,
                "questions": {
                    qid: (float(round_half_up(value, 1)) if value is not None else None)
                    for qid, value in dim.questions.items()
                },
            }
        )
    return {
        "token": result.token,
        "created_at": result.created_at.isoformat(),
        "language": result.language,
        "version": {"number": result.version.number, "digest": result.version.digest},
        "profile": {
            "sector": result.sector,
            "size_band": result.size_band,
            "size_band_label": str(size_band_label(result.size_band)),
            "province": result.province,
            "province_label": str(province_label(result.province)),
        },
        "overall": {
            "score": scored.overall,
            "band": bands[overall_band]["label"] if overall_band is not None else None,
            "band_index": overall_band,
        },
        "bands": bands,
        "dimensions": dimensions,
        "priorities": [
            {
                "text": item.text,
                "priority": item.priority,
                "dimension": item.dimension["title"],
                "question": item.question["text"] if item.question else None,
                "themes": item.themes,
            }
            for item in priorities
        ],
        "recommendations": {
            "themes": themes,
            "guides": recommendations.guides(themes, language),
            "seminars": recommendations.seminars(themes, language, result.province),
        },
        "comparison": comparison,
        "previous": (
            {"created_at": previous.created_at.isoformat(), "overall": previous.overall, "token": previous.token}
            if previous
            else None
        ),
    }


def _band_text(dimension, index):
    texts = dimension["band_texts"]
    return texts[index] if index is not None and index < len(texts) else ""


def compare(result):
    """Mean scores of peers: same sector and size when at least MIN_SEGMENT others exist, else everyone.

    Pools the three languages of the questionnaire (same translation key); the
    result itself is left out; ``n`` is always stated.
    """
    others = DiagnosticResult.objects.filter(translation_key=result.translation_key, overall__isnull=False).exclude(
        pk=result.pk
    )
    scope = "all"
    if result.sector and result.size_band:
        segment = others.filter(sector=result.sector, size_band=result.size_band)
        if segment.count() >= MIN_SEGMENT:
            others, scope = segment, "segment"
    summary = others.aggregate(mean=Avg("overall"))
    sums, counts = {}, {}
    for scores in others.values_list("dimension_scores", flat=True):
        for key, value in scores.items():
            sums[key] = sums.get(key, 0) + value
            counts[key] = counts.get(key, 0) + 1
    n = others.count()
    return {
        "scope": scope,
        "n": n,
        "sector": result.sector if scope == "segment" else None,
        "size_band": result.size_band if scope == "segment" else None,
        "overall_mean": round(summary["mean"]) if summary["mean"] is not None else None,
        "dimensions": {key: round(sums[key] / counts[key]) for key in sums},
    }
