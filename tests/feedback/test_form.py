"""The visitor's form at the end of a guide, testimonial or seminar: errors in their language, spam, limits."""

import pytest
from django.core import mail
from django_tasks_db.models import DBTaskResult
from wagtail.models import Page

from feedback.models import Report
from taxonomy.models import Sector
from testimonials.models import TestimonialIndexPage
from tests.factories import TestimonialPageFactory
from tests.feedback.conftest import report_url, send

ERRORS = {
    "fr": ("Il y a un problème", "Décrivez l’erreur ou l’information manquante."),
    "nl": ("Er is één probleem", "Beschrijf de fout of de ontbrekende informatie."),
    "de": ("Es gibt ein Problem", "Beschreiben Sie den Fehler oder die fehlende Information."),
}


def test_a_guide_ends_with_the_form_and_only_its_translations_offer_the_translation_box(client, guide):
    french = client.get(guide["fr"].url).content.decode()
    assert "Signaler une erreur ou compléter l’information" in french
    assert f'action="/fr/report/{guide["fr"].pk}/"' in french
    assert 'name="is_translation"' not in french
    dutch = client.get(guide["nl"].url).content.decode()
    assert "Een fout melden of informatie toevoegen" in dutch
    assert 'name="is_translation"' in dutch
    assert "Het probleem zit in de vertaling van deze pagina" in dutch


def test_testimonials_and_seminars_end_with_the_form_too(client, seminar):
    index = TestimonialIndexPage.objects.get(locale__language_code="fr")
    sector = Sector.objects.get(slug="retail", locale=index.locale)
    testimonial = TestimonialPageFactory(parent=index, sector=sector)
    for page in (testimonial, seminar):
        html = client.get(page.url).content.decode()
        assert f'action="/fr/report/{page.pk}/"' in html, page


def test_a_report_is_stored_and_the_visitor_thanked_in_their_language(client, guide):
    response = send(
        client, guide["nl"], message="De link naar de FOD werkt niet.", is_translation="on", email="an@example.be"
    )
    assert response.status_code == 302
    assert response["Location"] == f"/nl/report/{guide['nl'].pk}/thanks/"
    report = Report.objects.get()
    assert (report.page_id, report.locale.language_code, report.is_translation) == (guide["nl"].pk, "nl", True)
    assert (report.message, report.email, report.status) == ("De link naar de FOD werkt niet.", "an@example.be", "new")

    thanks = client.get(response["Location"])
    html = thanks.content.decode()
    assert '<html lang="nl">' in html
    assert "Bedankt voor uw melding" in html
    assert f'<a href="{guide["nl"].url}">Terug naar “Wifi beveiligen”</a>' in html


def test_the_source_page_never_records_a_translation_problem(client, guide):
    send(client, guide["fr"], is_translation="on")
    assert Report.objects.get().is_translation is False


@pytest.mark.parametrize("language", ["fr", "nl", "de"])
def test_an_empty_message_is_refused_in_the_visitors_language_with_a_summary(client, guide, language):
    response = send(client, guide[language], message="  ", email="not an address")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    summary, message = ERRORS[language]
    assert 'class="error-summary" role="alert"' in html
    assert message in html
    assert '<a href="#report-message">' in html and '<a href="#report-email">' in html
    assert 'aria-invalid="true" aria-describedby="report-message-error"' in html
    # What the visitor wrote is kept.
    assert 'value="not an address"' in html
    assert not Report.objects.exists()


def test_the_errors_are_plural_where_there_are_several(client, guide):
    html = send(client, guide["de"], message="", email="x@").content.decode()
    assert "Es gibt 2 Probleme" in html
    assert "Geben Sie eine gültige E-Mail-Adresse ein, z. B. name@example.be, oder lassen Sie das Feld leer." in html


def test_a_message_too_long_is_refused_and_kept(client, guide):
    html = send(client, guide["fr"], message="x" * 2001).content.decode()
    assert "Votre message doit faire moins de 2000 caractères (il en a 2001)." in html
    assert "x" * 2001 + "</textarea>" in html
    assert not Report.objects.exists()


def test_a_robot_filling_the_hidden_field_is_thanked_and_nothing_is_kept_or_sent(client, guide, run_tasks):
    response = send(client, guide["fr"], website="https://casino.example")
    assert response.status_code == 302
    assert response["Location"].endswith("/thanks/")
    assert not Report.objects.exists()
    assert not DBTaskResult.objects.exists()
    run_tasks()
    assert mail.outbox == []


def test_the_honeypot_is_hidden_by_the_apps_style_sheet(client, guide):
    html = client.get(guide["fr"].url).content.decode()
    assert '<div class="report-website">' in html
    assert "/static/feedback/feedback.css" in html
    css = client.get("/static/feedback/feedback.css")
    assert ".report-website {\n  display: none;" in b"".join(css.streaming_content).decode()


def test_reports_over_the_limit_get_a_429_in_the_visitors_language(client, guide, rates):
    rates(report="2/h")
    assert [send(client, guide["de"]).status_code for _ in range(2)] == [302, 302]
    refused = send(client, guide["de"])
    assert refused.status_code == 429
    assert '<html lang="de">' in refused.content.decode()
    assert 0 < int(refused["Retry-After"]) <= 3600
    assert Report.objects.count() == 2
    # Another address is not concerned.
    assert client.post(report_url(guide["de"]), {"message": "Noch etwas."}, REMOTE_ADDR="192.0.2.9").status_code == 302


def test_bad_page_ids_are_404_and_keep_nothing(client, guide):
    home = Page.objects.get(depth=2, locale__language_code="fr")
    assert client.post("/fr/report/999999/", {"message": "x"}).status_code == 404
    assert client.post(f"/fr/report/{home.pk}/", {"message": "x"}).status_code == 404  # no form on the home page
    assert client.post(f"/fr/report/{guide['nl'].pk}/", {"message": "x"}).status_code == 404  # not in that language
    assert client.get("/fr/report/99999999999999999999/thanks/").status_code == 404
    assert client.get(report_url(guide["fr"])).status_code == 405
    assert not Report.objects.exists()


def test_a_draft_page_cannot_be_reported(client, guide):
    guide["fr"].unpublish()
    assert send(client, guide["fr"]).status_code == 404
    assert client.get(f"/fr/report/{guide['fr'].pk}/thanks/").status_code == 404


@pytest.mark.parametrize("field", ["message", "email"])
def test_a_nul_byte_is_a_clear_400_and_keeps_nothing(client, guide, field):
    """PostgreSQL refuses NUL bytes in text (SQLite takes them): the visitor gets an error page, not a 500."""
    data = {"message": "Le lien\x00est cassé", "email": ""} if field == "message" else {"email": "a\x00@example.be"}
    response = send(client, guide["nl"], **data)
    assert response.status_code == 400
    assert '<html lang="nl">' in response.content.decode()
    assert not Report.objects.exists()


def test_the_form_needs_no_csrf_token_so_cached_pages_keep_working(guide):
    from django.test import Client

    browser = Client(enforce_csrf_checks=True)
    html = browser.get(guide["fr"].url).content.decode()
    form = html[html.index('<section class="report"') :]
    assert "csrfmiddlewaretoken" not in form
    assert send(browser, guide["fr"]).status_code == 302
    assert Report.objects.count() == 1


def test_the_preview_of_a_new_page_shows_no_form(guide):
    from django.template import Context, Template

    from guides.models import GuidePage

    new = GuidePage(title="Brouillon", slug="brouillon", locale=guide["fr"].locale)
    template = Template("{% load feedback_tags %}{% report_form page %}")
    assert template.render(Context({"page": new})).strip() == ""
    assert 'class="report"' in template.render(Context({"page": guide["fr"]}))
