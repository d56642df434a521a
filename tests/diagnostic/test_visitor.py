"""The visitor's diagnostic in plain HTML forms (no JavaScript): steps, validation, result, private link."""

import re

from django.core import mail

from diagnostic.records import DiagnosticResult
from tests.diagnostic.example import EXAMPLE_1, EXAMPLE_2
from tests.inline_code import inline_code


def step_url(page, number):
    return f"{page.url}step/{number}/"


def post_step(client, page, number, data, action="next"):
    return client.post(step_url(page, number), {**data, "action": action})


def complete(client, page, example=EXAMPLE_1, profile=None):
    profile = profile or {"sector": "retail", "size_band": "micro", "province": "namur"}
    assert post_step(client, page, 0, profile).status_code == 302
    answers = example["answers"]
    strategy = {k: answers[k] for k in ("q1", "q2", "q3") if k in answers}
    assert post_step(client, page, 1, strategy)["Location"] == step_url(page, 2)
    data = {k: answers[k] for k in ("q4", "q5", "q6") if k in answers}
    response = post_step(client, page, 2, data)
    assert response.status_code == 302
    return response["Location"]


def test_intro_page_offers_to_start_and_states_privacy(client, diagnostic_page):
    response = client.get(diagnostic_page.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "6 questions, in 3 short steps." in html or "6 questions, en 3 courtes étapes." in html
    assert f'href="{step_url(diagnostic_page, 0)}"' in html
    assert "anonyme" in html


def test_steps_show_progress_fieldsets_and_labels(client, diagnostic_page):
    html = client.get(step_url(diagnostic_page, 1)).content.decode()
    assert "Étape 2 sur 3" in html
    assert '<progress max="3" value="2"' in html
    assert '<li aria-current="step"><strong>Stratégie</strong></li>' in html
    assert "<legend>Avez-vous un plan numérique ?" in html
    assert 'aria-describedby="q1-help"' in html
    assert '<label for="q1-1">En tête</label>' in html


def test_missing_answer_is_explained_in_the_visitors_language_and_linked(client, nl_page):
    response = post_step(client, nl_page, 1, {"q1": "q1-b"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Beantwoord deze vraag." in html
    assert 'aria-describedby="q2-help q2-error"' not in html  # q2 has no help text
    assert 'aria-describedby=" q2-error"' in html or 'aria-describedby="q2-error"' in html
    assert 'id="q2-error"' in html
    assert 'href="#q2-0"' in html
    # What was answered is still ticked.
    assert 'id="q1-1" name="q1" value="q1-b" checked' in html


def test_back_and_forward_keep_the_answers(client, diagnostic_page):
    post_step(client, diagnostic_page, 0, {"sector": "retail", "size_band": "micro"})
    post_step(client, diagnostic_page, 1, {"q1": "q1-c", "q2": "yes", "q3": "5"})
    back = post_step(client, diagnostic_page, 2, {"q4": ["q4-p1"]}, action="back")
    assert back["Location"] == step_url(diagnostic_page, 1)
    html = client.get(step_url(diagnostic_page, 1)).content.decode()
    assert 'value="q1-c" checked' in html and 'value="yes" checked' in html and 'value="5" checked' in html
    html = client.get(step_url(diagnostic_page, 2)).content.decode()
    assert 'value="q4-p1" checked' in html


def test_completing_shows_the_result_through_a_private_link(client, diagnostic_page):
    location = complete(client, diagnostic_page)
    result = DiagnosticResult.objects.get()
    assert location == f"{diagnostic_page.url}result/{result.token}/"
    assert len(result.token) >= 40
    response = client.get(location)
    html = response.content.decode()
    assert response["Cache-Control"] == "private, no-store"
    assert "<strong>69</strong>/100" in html and "Modérément avancé" in html
    assert "<strong>66/100</strong>" in html and "<strong>75/100</strong>" in html
    assert '<figure class="radar">' not in html  # two dimensions: the bars only, a radar needs three axes
    assert "Fixez-vous un objectif numérique par trimestre." in html
    assert f"http://testserver{location}" in html
    # Aucune autre entreprise: la comparaison le dit.
    assert "rien à comparer" in html or "nothing to compare" in html


def test_unknown_token_is_not_found(client, diagnostic_page):
    assert client.get(f"{diagnostic_page.url}result/not-a-real-token/").status_code == 404


def test_retake_prefills_and_shows_progress_since_last_time(client, diagnostic_page):
    first = complete(client, diagnostic_page, EXAMPLE_2)
    old = DiagnosticResult.objects.get()
    response = client.get(first + "retake/")
    assert response["Location"] == step_url(diagnostic_page, 0)
    assert 'value="q1-a" checked' in client.get(step_url(diagnostic_page, 1)).content.decode()
    second = complete(client, diagnostic_page, EXAMPLE_1)
    new = DiagnosticResult.objects.exclude(pk=old.pk).get()
    assert new.previous == old
    html = client.get(second).content.decode()
    assert "46" in html and "23/100" in html  # up 46 points since 23/100
    assert f"{diagnostic_page.url}result/{old.token}/" in html


def test_comparison_uses_the_segment_from_five_peers_and_states_n(client, diagnostic_page):
    from diagnostic import results

    profile = {"sector": "retail", "size_band": "micro"}
    for _ in range(4):
        results.record(diagnostic_page, profile, EXAMPLE_2["answers"])
    results.record(diagnostic_page, {"sector": "construction", "size_band": "micro"}, EXAMPLE_1["answers"])
    mine = results.record(diagnostic_page, profile, EXAMPLE_1["answers"])
    comparison = results.present(mine)["comparison"]
    assert (comparison["scope"], comparison["n"], comparison["overall_mean"]) == ("all", 5, 32)

    results.record(diagnostic_page, profile, EXAMPLE_2["answers"])
    comparison = results.present(mine)["comparison"]
    assert (comparison["scope"], comparison["n"], comparison["overall_mean"]) == ("segment", 5, 23)
    assert comparison["dimensions"] == {"strategy": 13, "data": 42}
    html = client.get(f"{diagnostic_page.url}result/{mine.token}/").content.decode()
    assert "5 entreprises" in html or "5 businesses" in html


def test_nothing_personal_is_stored_without_consent(client, diagnostic_page):
    complete(client, diagnostic_page)
    result = DiagnosticResult.objects.get()
    assert (result.contact_email, result.contact_name) == ("", "")
    assert result.email_consent_at is None and result.contact_consent_at is None
    stored = repr([(f.name, getattr(result, f.attname)) for f in DiagnosticResult._meta.concrete_fields])
    assert "127.0.0.1" not in stored and "@" not in stored
    assert not any("ip" in f.name or "user_agent" in f.name for f in DiagnosticResult._meta.fields)


def test_email_needs_consent_and_is_sent_without_keeping_the_address(client, diagnostic_page):
    # The test settings use Django's locmem e-mail backend: messages land in mail.outbox, no SMTP.
    url = complete(client, diagnostic_page)
    refused = client.post(url, {"action": "email", "email": "patron@exemple.be"})
    assert "Cochez la case" in refused.content.decode() or "Tick the box" in refused.content.decode()
    assert mail.outbox == []
    result = DiagnosticResult.objects.get()
    assert result.email_consent_at is None

    client.post(url, {"action": "email", "email": "patron@exemple.be", "consent": "yes"})
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["patron@exemple.be"]
    assert "69/100" in mail.outbox[0].body and url in mail.outbox[0].body
    result.refresh_from_db()
    assert result.email_consent_at is not None
    assert result.consent_policy_version == diagnostic_page.privacy_policy_version
    assert "patron@exemple.be" not in repr(list(DiagnosticResult.objects.values()))


def test_adviser_contact_is_kept_only_with_consent(client, diagnostic_page, settings):
    settings.DIAGNOSTIC_ADVISERS_EMAIL = "conseillers@exemple.be"
    url = complete(client, diagnostic_page)
    client.post(url, {"action": "contact", "email": "pas-valide", "consent": "yes"})
    assert DiagnosticResult.objects.get().contact_email == ""
    client.post(url, {"action": "contact", "email": "lea@boulangerie.be", "name": "Léa", "consent": "yes"})
    result = DiagnosticResult.objects.get()
    assert (result.contact_name, result.contact_email) == ("Léa", "lea@boulangerie.be")
    assert result.contact_consent_at is not None and result.consent_policy_version == "2026-01"
    assert mail.outbox[-1].to == ["conseillers@exemple.be"]
    assert re.search(r"Léa <lea@boulangerie.be>", mail.outbox[-1].body)


def test_steps_and_result_need_no_inline_script_or_style(client, diagnostic_page):
    """The site's Content-Security-Policy refuses inline code: the error focus and the score bars do without."""
    response = post_step(client, diagnostic_page, 1, {"q1": "q1-b"})
    html = response.content.decode()
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert inline_code(html) == []
    assert 'class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" autofocus' in html

    html = client.get(complete(client, diagnostic_page)).content.decode()
    assert inline_code(html) == []
    assert '<rect class="bar-score" width="66" height="10"/>' in html
    assert '<rect class="bar-score" width="75" height="10"/>' in html
