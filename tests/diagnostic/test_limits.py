"""Abuse of the diagnostic: submissions per address, and the result's e-mail to addresses of the sender's choosing.

The rates are set low here through ``RATE_LIMITS`` (the test settings raise them for every other test);
the counting is the real one (core/ratelimits.py, django-ratelimit in the cache).
"""

from django.core import mail

from diagnostic.records import DiagnosticResult
from tests.diagnostic.example import EXAMPLE_1
from tests.diagnostic.test_api import PROFILE, post
from tests.diagnostic.test_visitor import complete, post_step, step_url


def finish(client, page, **extra):
    """Answer the three steps; the answer to the last one (a redirect to the result, or the 429)."""
    answers = EXAMPLE_1["answers"]
    post_step(client, page, 0, {"sector": "retail", "size_band": "micro"})
    post_step(client, page, 1, {k: answers[k] for k in ("q1", "q2", "q3") if k in answers})
    last = {**{k: answers[k] for k in ("q4", "q5", "q6") if k in answers}, "action": "next"}
    return client.post(step_url(page, 2), last, **extra)


def test_the_submission_over_the_limit_is_a_429_page_in_the_visitors_language(client, nl_page, rates):
    rates(diagnostic="2/h")
    assert [finish(client, nl_page).status_code for _ in range(2)] == [302, 302]

    response = finish(client, nl_page)
    assert response.status_code == 429
    assert response["Content-Type"].startswith("text/html")
    assert 0 < int(response["Retry-After"]) <= 3600
    html = response.content.decode()
    assert '<html lang="nl">' in html
    assert "<h1>Te veel verzoeken</h1>" in html
    assert "U hebt in korte tijd te veel verzoeken verstuurd." in html
    assert DiagnosticResult.objects.count() == 2
    # Another address is not concerned (the answers are still in the session).
    assert finish(client, nl_page, REMOTE_ADDR="192.0.2.7").status_code == 302
    assert DiagnosticResult.objects.count() == 3


def test_the_api_submission_over_the_limit_is_a_json_429_in_the_clients_language(client, diagnostic_page, rates):
    rates(api_write="2/h")
    body = {"profile": PROFILE, "answers": EXAMPLE_1["answers"]}
    assert [post(client, "fr", body).status_code for _ in range(2)] == [201, 201]

    refused = post(client, "fr", body, QUERY_STRING="locale=de")
    assert refused.status_code == 429
    assert refused["Content-Type"] == "application/json"
    assert 0 < int(refused["Retry-After"]) <= 3600
    seconds = int(refused["Retry-After"])
    assert refused.json() == {"message": f"Zu viele Anfragen. Bitte versuchen Sie es in {seconds} Sekunden erneut."}
    assert DiagnosticResult.objects.count() == 2
    # Reading the questionnaire is a read, counted apart.
    assert client.get("/api/v2/diagnostic/fr/").status_code == 200


def test_a_result_is_e_mailed_once_and_never_to_a_second_address(client, diagnostic_page):
    url = complete(client, diagnostic_page)
    sent = client.post(url, {"action": "email", "email": "patron@exemple.be", "consent": "yes"})
    assert sent.status_code == 200
    assert [m.to for m in mail.outbox] == [["patron@exemple.be"]]

    for address in ("victime@exemple.be", "patron@exemple.be"):
        again = client.post(url, {"action": "email", "email": address, "consent": "yes"})
        assert again.status_code == 200
        assert "Ce résultat a déjà été envoyé par e-mail" in again.content.decode()
    assert [m.to for m in mail.outbox] == [["patron@exemple.be"]]


def test_the_adviser_request_is_sent_once(client, diagnostic_page, settings):
    settings.DIAGNOSTIC_ADVISERS_EMAIL = "conseillers@exemple.be"
    url = complete(client, diagnostic_page)
    for address in ("lea@boulangerie.be", "autre@exemple.be"):
        client.post(url, {"action": "contact", "email": address, "consent": "yes"})
    assert len(mail.outbox) == 1
    assert DiagnosticResult.objects.get().contact_email == "lea@boulangerie.be"


def test_the_result_form_is_limited_per_address_across_results(client, diagnostic_page, rates):
    rates(result_form="3/h")
    urls = [complete(client, diagnostic_page) for _ in range(4)]
    for url in urls[:3]:
        assert client.post(url, {"action": "email", "email": "x@exemple.be", "consent": "yes"}).status_code == 200
    refused = client.post(urls[3], {"action": "email", "email": "x@exemple.be", "consent": "yes"})
    assert refused.status_code == 429
    assert "Vous avez envoyé trop de requêtes en peu de temps." in refused.content.decode()
    assert len(mail.outbox) == 3
