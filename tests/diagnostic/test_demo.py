"""The demo questionnaire: complete, translated in NL and DE with synchronised structure, idempotent."""

import io

import pytest

from core.demo import demo_data
from diagnostic import demo, results
from diagnostic.models import DiagnosticPage
from diagnostic.scoring import score
from diagnostic.validation import validate_answers
from taxonomy.vocabulary import THEMES


@pytest.fixture
def demo_page(site):
    out = io.StringIO()
    demo.build(demo_data("diagnostic.yaml"), out)
    assert "6 dimensions, 20 questions" in out.getvalue()
    return DiagnosticPage.objects.get(locale__language_code="fr")


def test_demo_questionnaire_has_six_dimensions_and_twenty_questions(demo_page):
    snapshot = demo_page.snapshot()
    assert [d["title"] for d in snapshot["dimensions"]] == [
        "Stratégie numérique",
        "Équipement et usages numériques",
        "Compétences numériques",
        "Données et sécurité",
        "Automatisation et IA",
        "Numérique durable",
    ]
    questions = [q for d in snapshot["dimensions"] for q in d["questions"]]
    assert len(questions) == 20
    assert {q["kind"] for q in questions} == {"single_choice", "multiple_choice", "adoption_scale", "yes_partly_no"}
    assert all(len(d["band_texts"]) == 4 for d in snapshot["dimensions"])
    demo_page.full_clean()


def test_every_advice_links_to_real_themes(demo_page):
    themes = [
        slug
        for dimension in demo_data("diagnostic.yaml")["dimensions"]
        for rules in [dimension["advice"], *[question["advice"] for question in dimension["questions"]]]
        for rule in rules
        for slug in rule["themes"]
    ]
    assert themes and set(themes) <= set(THEMES)


def test_translations_share_structure_and_scores(demo_page, locales):
    fr = demo_page.snapshot()
    for lang in ("nl", "de"):
        page = DiagnosticPage.objects.get(locale=locales[lang])
        assert page.live
        other = page.snapshot()
        assert other != fr

        def structure(snapshot):
            return [
                (
                    d["id"],
                    d["weight"],
                    [
                        (q["id"], q["kind"], q["required"], [o["id"] for o in q.get("options", [])])
                        for q in d["questions"]
                    ],
                )
                for d in snapshot["dimensions"]
            ]

        assert structure(other) == structure(fr)
    nl = DiagnosticPage.objects.get(locale=locales["nl"]).snapshot()
    assert nl["dimensions"][0]["title"] == "Digitale strategie"
    assert nl["bands"][0]["label"] == "Basis"
    de = DiagnosticPage.objects.get(locale=locales["de"]).snapshot()
    assert de["dimensions"][3]["questions"][0]["options"][0]["label"] == "Nie"


def test_all_worst_and_all_best_answers(demo_page):
    snapshot = demo_page.snapshot()
    worst, best = {}, {}
    for dimension in snapshot["dimensions"]:
        for q in dimension["questions"]:
            if q["kind"] == "single_choice":
                worst[q["id"]] = min(q["options"], key=lambda o: o["points"])["id"]
                best[q["id"]] = max(q["options"], key=lambda o: o["points"])["id"]
            elif q["kind"] == "multiple_choice":
                worst[q["id"]] = [o["id"] for o in q["options"] if o["negative"]]
                best[q["id"]] = [o["id"] for o in q["options"] if not o["negative"]]
            elif q["kind"] == "adoption_scale":
                worst[q["id"]], best[q["id"]] = 0, 5
            else:
                worst[q["id"]], best[q["id"]] = "no", "yes"
    assert validate_answers(snapshot, worst) == [] and validate_answers(snapshot, best) == []
    assert score(snapshot, worst).overall == 0
    assert score(snapshot, best).overall == 100
    result = results.record(demo_page, {"sector": "retail", "size_band": "solo"}, worst)
    priorities = results.present(result)["priorities"]
    assert len(priorities) == 3 and all(p["priority"] == 1 for p in priorities)


def test_building_twice_creates_nothing(demo_page):
    revisions = demo_page.revisions.count()
    out = io.StringIO()
    demo.build(demo_data("diagnostic.yaml"), out)
    assert out.getvalue() == ""
    assert DiagnosticPage.objects.get(pk=demo_page.pk).revisions.count() == revisions
