"""The registration form on a seminar's page: what a visitor sees, in French, Dutch and German."""

import datetime as dt
import re

import pytest
from django.core import mail
from django.utils import timezone

from agenda.models import AgendaPage
from agenda.records import Registration
from home.models import ContentPage
from tests.factories import days, make_seminar, translate

pytestmark = pytest.mark.django_db

VALID = {
    "name": "Ada Lovelace",
    "company": "Analytical SPRL",
    "email": "ada@example.be",
    "phone": "+32 81 23 45 67",
    "sector": "retail",
    "company_size": "micro",
    "consent": "on",
    "website": "",
}

# The message of each field left empty or wrong, in each language.
ERRORS = {
    "fr": {
        "name": "Indiquez votre nom.",
        "company": "Indiquez le nom de votre entreprise.",
        "email": "Saisissez une adresse e-mail valide, comme nom@exemple.be.",
        "phone": "Indiquez un numéro de téléphone avec des chiffres uniquement",
        "sector": "Choisissez votre secteur.",
        "company_size": "Choisissez la taille de votre entreprise.",
        "consent": "Cochez la case pour accepter la déclaration de confidentialité",
        "summary": "Il y a 7 problèmes",
        "title": "Erreur :",
    },
    "nl": {
        "name": "Vul uw naam in.",
        "company": "Vul de naam van uw bedrijf in.",
        "email": "Vul een geldig e-mailadres in, zoals naam@voorbeeld.be.",
        "phone": "Vul een telefoonnummer in met alleen cijfers",
        "sector": "Kies uw sector.",
        "company_size": "Kies de grootte van uw bedrijf.",
        "consent": "Vink het vakje aan om de privacyverklaring te aanvaarden",
        "summary": "Er zijn 7 problemen",
        "title": "Fout:",
    },
    "de": {
        "name": "Geben Sie Ihren Namen ein.",
        "company": "Geben Sie den Namen Ihres Unternehmens ein.",
        "email": "Geben Sie eine gültige E-Mail-Adresse ein, etwa name@beispiel.be.",
        "phone": "Geben Sie eine Telefonnummer nur mit Ziffern ein",
        "sector": "Wählen Sie Ihre Branche.",
        "company_size": "Wählen Sie die Größe Ihres Unternehmens.",
        "consent": "Kreuzen Sie das Kästchen an, um der Datenschutzerklärung zuzustimmen",
        "summary": "Es gibt 7 Probleme",
        "title": "Fehler:",
    },
}


@pytest.fixture
def seminar(site):
    return make_seminar(title="Sécuriser le Wi-Fi du magasin", capacity=2, start=days(10))


@pytest.fixture
def pages(seminar, locales):
    return {
        "fr": seminar,
        "nl": translate(seminar, locales["nl"], title="De wifi van de winkel beveiligen"),
        "de": translate(seminar, locales["de"], title="Das WLAN des Ladens absichern"),
    }


def post(client, page, **changes):
    return client.post(page.url, {**VALID, **changes})


def test_an_open_seminar_shows_the_form_with_the_seats_left_and_the_privacy_notice(client, seminar, site):
    notice = ContentPage(title="Vie privée", slug="vie-privee")
    site.root_page.add_child(instance=notice)
    agenda = AgendaPage.objects.get(pk=seminar.get_parent().pk)
    agenda.privacy_page = notice
    agenda.save()
    html = client.get(seminar.url).content.decode()
    assert "2 places restantes." in html
    for label in ("Votre nom", "Entreprise", "E-mail", "Téléphone", "Secteur", "Taille de l&#x27;entreprise"):
        assert label in html
    assert '<option value="retail">Commerce de détail</option>' in html
    assert f'<a href="{notice.url}">Lire la déclaration de confidentialité</a>' in html
    assert 'class="field honeypot"' in html and "style=" not in html.split("<main")[1]


@pytest.mark.parametrize("language", ["fr", "nl", "de"])
def test_every_field_error_is_explained_in_the_page_language_and_linked_from_a_summary(client, pages, language):
    page = pages[language]
    data = {"phone": "abc", "email": "ada@", "website": ""}
    response = client.post(page.url, data)
    html = response.content.decode()
    expected = ERRORS[language]
    assert response.status_code == 200
    assert f"<title>{expected['title']}" in html
    assert expected["summary"] in html
    for name in ("name", "company", "email", "phone", "sector", "company_size", "consent"):
        assert expected[name] in html, name
        assert f'<a href="#id_{name}">' in html
        tag = re.search(rf"<(input|select)[^>]*id=\"id_{name}\"[^>]*>", html).group(0)
        assert 'aria-invalid="true"' in tag and f"id_{name}-error" in tag, tag
    # What the visitor typed is kept.
    assert 'value="ada@"' in html and 'value="abc"' in html
    assert not Registration.objects.exists()


def test_a_wrong_sector_or_size_is_refused(client, seminar):
    html = post(client, seminar, sector="spaceships", company_size="huge").content.decode()
    assert "Choisissez votre secteur dans la liste." in html
    assert "Choisissez la taille de votre entreprise dans la liste." in html
    assert not Registration.objects.exists()


@pytest.mark.parametrize("language", ["fr", "nl", "de"])
def test_a_registration_leads_to_its_confirmation_in_the_page_language(client, pages, language):
    page = pages[language]
    response = post(client, page)
    assert response.status_code == 302
    assert response["Location"] == page.url + "registered/"
    html = client.get(response["Location"]).content.decode()
    confirmed = {"fr": "Inscription confirmée", "nl": "Inschrijving bevestigd", "de": "Anmeldung bestätigt"}
    assert confirmed[language] in html
    registration = Registration.objects.get()
    assert registration.language == language and registration.seminar_id == pages["fr"].pk
    assert registration.sector.locale.language_code == "fr" and registration.sector.slug == "retail"
    assert (registration.name, registration.company) == ("Ada Lovelace", "Analytical SPRL")
    assert registration.phone == "+32 81 23 45 67"


def test_beyond_the_capacity_the_visitor_is_told_their_place_on_the_waitlist(client, seminar):
    for n in range(2):
        post(client, seminar, email=f"p{n}@example.be")
    html = client.get(seminar.url).content.decode()
    assert "Toutes les places sont prises" in html and "Rejoindre la liste d'attente" in html
    post(client, seminar, email="p2@example.be")
    response = post(client, seminar, email="p3@example.be")
    html = client.get(response["Location"]).content.decode()
    assert "Vous êtes sur la liste d'attente" in html
    assert "vous êtes numéro 2 sur la liste d'attente" in html


def test_the_confirmation_page_needs_a_registration_of_this_visitor(client, seminar):
    response = client.get(seminar.url + "registered/")
    assert response.status_code == 302 and response["Location"] == seminar.url


def test_the_same_email_cannot_register_twice_whatever_its_case(client, seminar):
    post(client, seminar)
    response = post(client, seminar, email="ADA@Example.be", name="Ada L.")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Cette adresse e-mail est déjà inscrite à cette séance." in html
    assert 'value="Ada L."' in html
    assert Registration.objects.count() == 1


def test_the_honeypot_stops_a_bot(client, seminar, run_tasks):
    html = post(client, seminar, website="https://spam.example").content.decode()
    assert "Laissez vide le champ" in html
    assert not Registration.objects.exists()
    run_tasks()
    assert mail.outbox == []


def test_too_many_registrations_from_one_address_are_refused(client, seminar, rates):
    rates(registration="2/h")
    assert post(client, seminar, email="a@example.be").status_code == 302
    assert post(client, seminar, email="b@example.be").status_code == 302
    response = post(client, seminar, email="c@example.be")
    assert response.status_code == 429
    assert "Vous avez envoyé trop de requêtes" in response.content.decode()
    assert Registration.objects.count() == 2


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"status": "cancelled"}, "Cette séance est annulée : les inscriptions sont closes."),
        ({"status": "postponed"}, "Cette séance est reportée : les inscriptions rouvriront avec sa nouvelle date."),
        ({"start": days(10), "registration_deadline": days(-1)}, "La date limite d&#x27;inscription est dépassée."),
        ({"start": "an hour ago"}, "Cette séance a commencé : les inscriptions sont closes."),
    ],
)
def test_a_closed_session_shows_why_and_takes_no_registration(client, site, fields, message):
    fields = {"start": days(10), **fields}
    if fields["start"] == "an hour ago":
        fields.update(start=timezone.now() - dt.timedelta(hours=1), end=timezone.now() + dt.timedelta(hours=2))
    seminar = make_seminar(capacity=10, **fields)
    html = client.get(seminar.url).content.decode()
    assert message in html and "registration-form" not in html
    response = post(client, seminar)
    assert response.status_code == 200 and message in response.content.decode()
    assert not Registration.objects.exists()
