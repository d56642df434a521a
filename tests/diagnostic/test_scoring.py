"""The worked examples of docs/diagnostic.md, reproduced exactly, and the versioning guarantee."""

from fractions import Fraction

import pytest

from diagnostic import results
from diagnostic.models import DiagnosticPage
from diagnostic.records import QuestionnaireVersion
from diagnostic.scoring import advice, band_index, round_half_up, score
from tests.diagnostic.example import EXAMPLE_1, EXAMPLE_2, EXAMPLE_3

PROFILE = {"sector": "retail", "size_band": "micro", "province": "namur"}


@pytest.mark.parametrize("example", [EXAMPLE_1, EXAMPLE_2, EXAMPLE_3], ids=["example-1", "example-2", "example-3"])
def test_worked_examples_score_exactly_as_documented(diagnostic_page, example):
    snapshot = diagnostic_page.snapshot()
    scored = score(snapshot, example["answers"])
    questions = {
        qid: (float(round_half_up(value, 1)) if value is not None else None)
        for dim in scored.dimensions
        for qid, value in dim.questions.items()
    }
    assert questions == example["questions"]
    assert {d.dimension["id"]: d.score for d in scored.dimensions} == example["dimensions"]
    assert scored.overall == example["overall"]
    assert snapshot["bands"][band_index(snapshot["bands"], scored.overall)]["label"] == example["band"]


def test_example_1_exact_values_before_rounding(diagnostic_page):
    scored = score(diagnostic_page.snapshot(), EXAMPLE_1["answers"])
    assert scored.dimensions[0].exact == Fraction(590, 9)
    assert scored.overall_exact == Fraction(1855, 27)


def test_rounding_is_half_up_not_to_even():
    assert round_half_up(Fraction(25, 2)) == 13  # Python's round() would give 12
    assert round_half_up(Fraction(205, 2)) == 103
    assert round_half_up(Fraction(20, 3), 1) == Fraction(67, 10)


BOUNDARIES = [(0, 0), (25, 0), (26, 1), (50, 1), (51, 2), (75, 2), (76, 3), (100, 3)]


@pytest.mark.parametrize(("score_value", "band"), BOUNDARIES)
def test_band_boundaries(diagnostic_page, score_value, band):
    assert band_index(diagnostic_page.snapshot()["bands"], score_value) == band


def test_example_2_priorities_are_the_three_most_urgent_advice(diagnostic_page):
    snapshot = diagnostic_page.snapshot()
    matched = advice(snapshot, score(snapshot, EXAMPLE_2["answers"]))
    assert [item.text for item in matched] == [
        "Commencez par un diagnostic avec un conseiller.",
        "Écrivez un plan d'une page.",
        "Sauvegardez chaque semaine.",
        "Faites l'inventaire de vos données.",
    ]
    result = results.record(diagnostic_page, PROFILE, EXAMPLE_2["answers"])
    presented = results.present(result)
    assert [p["text"] for p in presented["priorities"]] == [item.text for item in matched[:3]]
    assert presented["recommendations"]["themes"] == ["website", "marketing", "security"]


def test_changed_questionnaire_does_not_change_an_older_result(diagnostic_page):
    old = results.record(diagnostic_page, PROFILE, EXAMPLE_1["answers"])
    assert old.overall == 69

    # An editor makes the plan question stricter and doubles the weight of data.
    page = DiagnosticPage.objects.get(pk=diagnostic_page.pk)
    stream = page.questionnaire.raw_data
    stream[0]["value"]["questions"][0]["value"]["options"][1]["value"]["points"] = 0
    stream[1]["value"]["weight"] = 4
    page.questionnaire = list(stream)
    page.save_revision().publish()
    page = DiagnosticPage.objects.get(pk=page.pk)

    new = results.record(page, PROFILE, EXAMPLE_1["answers"])
    assert new.version != old.version
    assert (old.version.number, new.version.number) == (1, 2)
    assert new.overall != 69

    old.refresh_from_db()
    rescored = results.rescore(old)
    assert rescored.overall == 69
    assert {d.dimension["id"]: d.score for d in rescored.dimensions} == EXAMPLE_1["dimensions"]
    assert results.present(old)["overall"]["score"] == 69
    assert QuestionnaireVersion.objects.filter(page=page).count() == 2


def test_unchanged_questionnaire_reuses_its_version(diagnostic_page):
    first = results.record(diagnostic_page, PROFILE, EXAMPLE_1["answers"])
    diagnostic_page.save_revision().publish()
    second = results.record(DiagnosticPage.objects.get(pk=diagnostic_page.pk), PROFILE, EXAMPLE_2["answers"])
    assert first.version == second.version
    assert len(first.version.digest) == 64
