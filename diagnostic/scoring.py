"""Scoring a set of answers against a frozen questionnaire snapshot: pure functions, no database.

The rules (docs/diagnostic.md has worked examples, tests/diagnostic/test_scoring.py reproduces them):

- each question scores 0 to 10: single choice = points of the chosen answer / the best answer's points × 10;
  multiple choice = max(0, good answers ticked − negative answers ticked) / number of good answers × 10;
  adoption scale = level × 2; no / partly / yes = 0 / 5 / 10;
- a dimension scores 0 to 100: the mean of its answered questions × 10 (an optional question left
  unanswered does not count); a dimension with no answered question has no score;
- the overall score is the mean of the dimension scores weighted by the dimensions' weights;
- everything is computed with exact fractions; only the published figures are rounded, half up:
  dimension and overall scores to whole numbers, question scores to one decimal. The overall score
  uses the exact dimension scores, not the rounded ones. Bands are read on the rounded scores.
"""

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from diagnostic.blocks import KIND_MULTIPLE, KIND_SCALE, KIND_SINGLE, KIND_YES_PARTLY_NO

SCALE_LEVELS = range(0, 6)
YES_PARTLY_NO_POINTS = {"no": 0, "partly": 5, "yes": 10}


def round_half_up(value, places=0):
    """Round a Fraction half up (2.5 → 3, 62.45 → 62.5 with one place)."""
    exponent = Decimal(1).scaleb(-places)
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(exponent, rounding=ROUND_HALF_UP)


def question_score(question, answer):
    """The exact score (a Fraction from 0 to 10) of a valid answer, or None when unanswered."""
    if answer in (None, "", []):
        return None
    kind = question["kind"]
    if kind == KIND_SINGLE:
        best = max(option["points"] for option in question["options"])
        points = next(option["points"] for option in question["options"] if option["id"] == answer)
        return Fraction(points * 10, best) if best else Fraction(0)
    if kind == KIND_MULTIPLE:
        ticked = set(answer)
        good = [option for option in question["options"] if not option["negative"]]
        good_ticked = sum(1 for option in good if option["id"] in ticked)
        bad_ticked = sum(1 for option in question["options"] if option["negative"] and option["id"] in ticked)
        return Fraction(max(0, good_ticked - bad_ticked) * 10, len(good)) if good else Fraction(0)
    if kind == KIND_SCALE:
        return Fraction(int(answer) * 2)
    if kind == KIND_YES_PARTLY_NO:
        return Fraction(YES_PARTLY_NO_POINTS[answer])
    raise ValueError(f"unknown question kind {kind!r}")


def band_index(bands, score):
    """The index of the band a rounded score (0–100) falls in; bands are sorted by their upper bound."""
    for index, band in enumerate(bands):
        if score <= band["max_score"]:
            return index
    return len(bands) - 1


@dataclass
class DimensionScore:
    dimension: dict
    exact: Fraction | None
    questions: dict = field(default_factory=dict)  # question id → exact score or None

    @property
    def score(self):
        return None if self.exact is None else int(round_half_up(self.exact))


@dataclass
class Score:
    overall_exact: Fraction | None
    dimensions: list

    @property
    def overall(self):
        return None if self.overall_exact is None else int(round_half_up(self.overall_exact))


def score(snapshot, answers):
    """Score validated ``answers`` ({question id: answer}) against a questionnaire snapshot."""
    dimensions = []
    for dimension in snapshot["dimensions"]:
        question_scores = {q["id"]: question_score(q, answers.get(q["id"])) for q in dimension["questions"]}
        answered = [value for value in question_scores.values() if value is not None]
        exact = sum(answered, Fraction(0)) * 10 / len(answered) if answered else None
        dimensions.append(DimensionScore(dimension, exact, question_scores))
    weighted = [(d.dimension["weight"], d.exact) for d in dimensions if d.exact is not None and d.dimension["weight"]]
    total_weight = sum(weight for weight, _exact in weighted)
    overall = sum((weight * exact for weight, exact in weighted), Fraction(0)) / total_weight if total_weight else None
    return Score(overall, dimensions)


@dataclass
class Advice:
    text: str
    priority: int
    themes: list
    dimension: dict
    question: dict | None
    sort_key: tuple


def advice(snapshot, result):
    """Every advice rule that matches, most urgent first.

    Order: priority (1 = high first), then the weaker dimension first, then the
    questionnaire's order (dimension rules before the rules of its questions).
    """
    matched = []
    for d_index, dim in enumerate(result.dimensions):
        if dim.score is None:
            continue
        for r_index, rule in enumerate(dim.dimension["advice"]):
            if rule["min_score"] <= dim.score <= rule["max_score"]:
                matched.append(_advice(rule, dim, None, (d_index, -1, r_index)))
        for q_index, question in enumerate(dim.dimension["questions"]):
            value = dim.questions[question["id"]]
            if value is None:
                continue
            for r_index, rule in enumerate(question["advice"]):
                if rule["min_score"] <= value <= rule["max_score"]:
                    matched.append(_advice(rule, dim, question, (d_index, q_index, r_index)))
    return sorted(matched, key=lambda item: item.sort_key)


def _advice(rule, dim, question, position):
    priority = int(rule["priority"])
    sort_key = (priority, dim.exact, *position)
    return Advice(rule["text"], priority, list(rule["themes"]), dim.dimension, question, sort_key)
