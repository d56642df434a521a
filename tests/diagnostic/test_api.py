"""GET /api/v2/diagnostic/<key>/ (the questionnaire) and POST (answers → the full result)."""

import json

import pytest
from django.test import RequestFactory

from diagnostic.api import DiagnosticAPIView
from diagnostic.records import DiagnosticResult
from tests.diagnostic.example import EXAMPLE_1

PROFILE = {"sector": "retail", "size_band": "micro", "province": "liege"}


def post(client, key, body, **extra):
    return client.post(f"/api/v2/diagnostic/{key}/", json.dumps(body), content_type="application/json", **extra)


def test_questionnaire_of_a_language(client, nl_page):
    response = client.get("/api/v2/diagnostic/nl/")
    assert response.status_code == 200
    data = response.json()
    assert (data["id"], data["locale"], data["version"]["number"]) == (nl_page.pk, "nl", 1)
    strategy = data["dimensions"][0]
    assert (strategy["id"], strategy["title"], strategy["weight"]) == ("strategy", "Strategie", 2)
    q1 = strategy["questions"][0]
    assert q1["text"] == "Hebt u een digitaal plan?"
    assert [c["value"] for c in q1["choices"]] == ["q1-a", "q1-b", "q1-c"]
    q3 = strategy["questions"][2]
    assert q3["kind"] == "adoption_scale" and q3["choices"][0] == {"value": "0", "label": "0 — niet gebruikt"}
    sector = data["profile"][0]
    assert sector["id"] == "sector" and {"value": "retail", "label": "Detailhandel"} in sector["choices"]
    assert [band["max_score"] for band in data["bands"]] == [25, 50, 75, 100]


def test_questionnaire_by_page_id_and_unknown_keys(client, diagnostic_page):
    assert client.get(f"/api/v2/diagnostic/{diagnostic_page.pk}/").json()["locale"] == "fr"
    # Called without the middleware: Django's LocaleMiddleware turns an /api/ 404 into a redirect to
    # /<language>/api/… until the API's own middleware (cms/middleware.py) keeps API answers as they are.
    request = RequestFactory().get("/api/v2/diagnostic/xx/", HTTP_ACCEPT_LANGUAGE="de")
    missing = DiagnosticAPIView.as_view()(request, key="xx")
    assert missing.status_code == 404
    assert missing.data == {"message": "Hier gibt es keine Selbstdiagnose."}


def test_answers_give_the_full_result(client, diagnostic_page):
    response = post(client, "fr", {"profile": PROFILE, "answers": EXAMPLE_1["answers"]})
    assert response.status_code == 201, response.content
    data = response.json()
    assert data["overall"] == {"score": 69, "band": "Modérément avancé", "band_index": 2}
    assert [(d["id"], d["score"]) for d in data["dimensions"]] == [("strategy", 66), ("data", 75)]
    assert data["dimensions"][0]["questions"] == {"q1": 6.7, "q2": 5.0, "q3": 8.0}
    assert data["priorities"][0]["text"] == "Fixez-vous un objectif numérique par trimestre."
    assert data["recommendations"]["themes"] == ["collaboration"]
    assert data["comparison"] == {
        "scope": "all",
        "n": 0,
        "sector": None,
        "size_band": None,
        "overall_mean": None,
        "dimensions": {},
    }
    result = DiagnosticResult.objects.get()
    assert data["url"] == f"http://testserver{diagnostic_page.url}result/{result.token}/"
    assert response["Cache-Control"] == "private, no-store"


def test_a_retake_through_the_api_shows_progress(client, diagnostic_page):
    first = post(client, "fr", {"profile": PROFILE, "answers": {**EXAMPLE_1["answers"], "q3": 0}}).json()
    second = post(client, "fr", {"profile": PROFILE, "answers": EXAMPLE_1["answers"], "previous": first["token"]})
    data = second.json()
    assert data["previous"]["overall"] == first["overall"]["score"]
    assert data["dimensions"][0]["previous"] == first["dimensions"][0]["score"]


BAD = [
    ("unknown question", {"q99": "yes"}, "answers.q99", "unknown_question", "Deze vraag bestaat niet."),
    ("unknown option", {"q1": "q1-z"}, "answers.q1", "unknown_option", "Dit antwoord is geen van de keuzes."),
    (
        "option of another question",
        {"q4": ["q1-a"]},
        "answers.q4",
        "unknown_option",
        "Dit antwoord is geen van de keuzes.",
    ),
    ("missing required", {"q2": None}, "answers.q2", "required", "Beantwoord deze vraag."),
    ("scale out of range", {"q3": 7}, "answers.q3", "out_of_range", "Kies een niveau van 0 tot 5."),
    ("scale not a number", {"q3": "veel"}, "answers.q3", "out_of_range", "Kies een niveau van 0 tot 5."),
    (
        "yes/partly/no out of range",
        {"q2": "maybe"},
        "answers.q2",
        "unknown_option",
        "Antwoord nee, gedeeltelijk of ja.",
    ),
    ("multiple not a list", {"q4": "q4-p1"}, "answers.q4", "invalid", "Geef een lijst van de gekozen antwoorden."),
]


@pytest.mark.parametrize(("case", "change", "field", "code", "message"), BAD, ids=[b[0] for b in BAD])
def test_each_kind_of_bad_answer_is_a_400_saying_which_and_why(
    client, diagnostic_page, case, change, field, code, message
):
    answers = {**EXAMPLE_1["answers"], **change}
    answers = {k: v for k, v in answers.items() if v is not None}
    response = post(client, "fr", {"profile": PROFILE, "answers": answers}, HTTP_ACCEPT_LANGUAGE="nl-BE,nl;q=0.9")
    assert response.status_code == 400
    assert response.json()["errors"] == [{"field": field, "code": code, "message": message}]
    assert DiagnosticResult.objects.count() == 0


def test_bad_profile_and_language_from_the_query(client, diagnostic_page):
    body = {"profile": {"sector": "bakery", "province": "paris"}, "answers": EXAMPLE_1["answers"]}
    response = post(client, f"{diagnostic_page.pk}", body, HTTP_ACCEPT_LANGUAGE="nl")
    assert response.status_code == 400
    response = client.post(
        "/api/v2/diagnostic/fr/?locale=de",
        json.dumps(body),
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="nl",
    )
    data = response.json()
    assert data["message"] == "Einige Antworten sind ungültig."
    assert data["errors"] == [
        {
            "field": "profile.sector",
            "code": "unknown_option",
            "message": "Diese Antwort gehört nicht zu den Auswahlmöglichkeiten.",
        },
        {"field": "profile.size_band", "code": "required", "message": "Bitte beantworten Sie diese Frage."},
        {
            "field": "profile.province",
            "code": "unknown_option",
            "message": "Diese Antwort gehört nicht zu den Auswahlmöglichkeiten.",
        },
    ]


def test_a_body_that_is_not_json_is_a_400(client, diagnostic_page):
    response = client.post("/api/v2/diagnostic/fr/", "q1=q1-a", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400
    assert response.json() == {"message": "Envoyez les réponses sous forme d'objet JSON."}
    assert post(client, "fr", ["q1"]).status_code == 400


def test_no_result_contains_personal_data_without_consent(client, diagnostic_page):
    post(
        client,
        "fr",
        {"profile": PROFILE, "answers": EXAMPLE_1["answers"]},
        REMOTE_ADDR="203.0.113.7",
        HTTP_USER_AGENT="Firefox",
    )
    stored = json.dumps(list(DiagnosticResult.objects.values()), default=str)
    assert "203.0.113.7" not in stored and "Firefox" not in stored
    result = DiagnosticResult.objects.get()
    assert (result.contact_name, result.contact_email, result.email_consent_at, result.contact_consent_at) == (
        "",
        "",
        None,
        None,
    )
