"""The agenda API's registration fields and ``POST /api/v2/agenda/<id>/registrations/``."""

import datetime as dt
import json

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from agenda.models import SeminarPage
from agenda.records import Registration
from core.translation import save_translation, translated_copy
from tests.factories import BRUSSELS, agenda_page, make_seminar, make_venue

BODY = {
    "name": "Léa Dupont",
    "company": "Boulangerie Dupont",
    "email": "lea@boulangerie.be",
    "phone": "+32 81 22 33 44",
    "sector": "retail",
    "company_size": "micro",
    "consent": True,
}


def post(client, seminar_id, body, **extra):
    data = body if isinstance(body, str) else json.dumps(body)
    content_type = extra.pop("content_type", "application/json")
    return client.post(f"/api/v2/agenda/{seminar_id}/registrations/", data, content_type=content_type, **extra)


def person(number):
    return {**BODY, "name": f"Personne {number}", "email": f"personne{number}@example.be"}


@pytest.fixture
def seminar(site):
    return make_seminar(title="Sécuriser sa caisse", capacity=2)


@pytest.fixture
def dutch(seminar, locales):
    return save_translation(seminar, locales["nl"], translated_copy(seminar, title="Uw kassa beveiligen"))


def test_a_registration_is_confirmed_while_seats_are_left(client, seminar, run_tasks):
    response = post(client, seminar.pk, BODY)
    assert response.status_code == 201, response.content
    data = response.json()
    assert data["status"] == "confirmed" and data["waitlist_position"] is None
    assert data["seats_left"] == 1 and data["seminar"] == seminar.pk
    assert "private" in response["Cache-Control"]
    registration = Registration.objects.get()
    assert (registration.name, registration.email, registration.language) == ("Léa Dupont", "lea@boulangerie.be", "fr")
    assert registration.sector.slug == "retail" and registration.company_size == "micro"
    run_tasks()
    assert [message.to for message in mail.outbox] == [["lea@boulangerie.be"]]


def test_beyond_the_capacity_people_join_the_waitlist_with_their_position(client, seminar):
    assert [post(client, seminar.pk, person(n)).json()["status"] for n in (1, 2)] == ["confirmed", "confirmed"]
    third = post(client, seminar.pk, person(3))
    fourth = post(client, seminar.pk, person(4))
    assert third.status_code == fourth.status_code == 201
    assert (third.json()["status"], third.json()["waitlist_position"]) == ("waitlisted", 1)
    assert (fourth.json()["status"], fourth.json()["waitlist_position"]) == ("waitlisted", 2)
    assert fourth.json()["seats_left"] == 0
    fifth = post(client, seminar.pk, person(5), HTTP_ACCEPT_LANGUAGE="nl").json()
    assert fifth["message"] == "De sessie is volzet: u staat als nummer 3 op de wachtlijst."


def test_a_translations_id_registers_for_the_source_in_its_language(client, seminar, dutch):
    post(client, seminar.pk, person(1))
    response = post(client, dutch.pk, BODY)
    assert response.status_code == 201
    assert response.json()["seats_left"] == 0  # the seats are the French page's
    registration = Registration.objects.get(email="lea@boulangerie.be")
    assert registration.seminar_id == seminar.pk and registration.language == "nl"
    assert post(client, dutch.pk, person(2)).json()["status"] == "waitlisted"


REQUIRED = {
    "fr": ("Certains champs ne sont pas valides.", "Indiquez votre nom."),
    "nl": ("Sommige velden zijn ongeldig.", "Vul uw naam in."),
    "de": ("Einige Felder sind ungültig.", "Geben Sie Ihren Namen ein."),
}


@pytest.mark.parametrize("language", list(REQUIRED))
def test_field_errors_are_a_400_in_the_clients_language(client, seminar, language):
    body = {**BODY, "email": "lea@", "consent": False}
    del body["name"]
    for extra in ({"HTTP_ACCEPT_LANGUAGE": language}, {}):
        url_language = {} if extra else {"locale": language}
        response = client.post(
            f"/api/v2/agenda/{seminar.pk}/registrations/?{'&'.join(f'{k}={v}' for k, v in url_language.items())}",
            json.dumps(body),
            content_type="application/json",
            **extra,
        )
        assert response.status_code == 400
        data = response.json()
        assert data["message"] == REQUIRED[language][0]
        errors = {error["field"]: error for error in data["errors"]}
        assert set(errors) == {"name", "email", "consent"}
        assert errors["name"]["code"] == "required" and errors["name"]["message"] == REQUIRED[language][1]
        assert errors["email"]["code"] == "invalid"
    assert not Registration.objects.exists()


def test_values_of_the_wrong_type_and_unknown_fields_are_refused(client, seminar):
    body = {**BODY, "name": 42, "consent": "yes", "sector": ["retail"], "admin": True}
    response = post(client, seminar.pk, body, HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 400
    codes = {error["field"]: error["code"] for error in response.json()["errors"]}
    assert codes == {"name": "invalid", "consent": "invalid", "sector": "invalid", "admin": "unknown_field"}
    assert post(client, seminar.pk, ["Léa"]).status_code == 400
    assert post(client, seminar.pk, '{"name": ').status_code == 400
    assert post(client, seminar.pk, {**BODY, "sector": "bakery"}).status_code == 400
    assert post(client, seminar.pk, {**BODY, "company_size": "huge"}).status_code == 400
    assert post(client, seminar.pk, {**BODY, "name": "Léa\x00"}).status_code == 400
    assert not Registration.objects.exists()


def test_no_such_session_is_a_404(client, seminar, site):
    draft = make_seminar(title="Brouillon", publish=False, capacity=5)
    for page_id in (999999, agenda_page().pk, draft.pk, 2**31, 10**15):
        response = post(client, page_id, BODY, HTTP_ACCEPT_LANGUAGE="nl")
        assert response.status_code == 404, page_id
        assert response.json()["message"]
    assert not Registration.objects.exists()


def test_a_duplicate_or_a_closed_session_is_a_409(client, seminar):
    assert post(client, seminar.pk, BODY).status_code == 201
    again = post(client, seminar.pk, {**BODY, "email": "LEA@boulangerie.be"}, HTTP_ACCEPT_LANGUAGE="de")
    assert again.status_code == 409 and again.json()["code"] == "duplicate"
    now = dt.datetime.now(BRUSSELS)
    cases = {
        "closed": {"registration_deadline": now - dt.timedelta(hours=1)},
        "cancelled": {"status": SeminarPage.Status.CANCELLED},
        "started": {"start": now - dt.timedelta(minutes=5)},
    }
    for code, fields in cases.items():
        page = make_seminar(title=f"Séance {code}", capacity=10, venue=make_venue(), **fields)
        response = post(client, page.pk, BODY, HTTP_ACCEPT_LANGUAGE="nl")
        assert response.status_code == 409, code
        assert response.json()["code"] == code
    assert Registration.objects.count() == 1


def test_a_body_too_large_is_a_413_and_not_json_a_415(client, seminar, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    response = post(client, seminar.pk, {**BODY, "company": "x" * 2000}, HTTP_ACCEPT_LANGUAGE="nl")
    assert response.status_code == 413
    assert response.json()["message"] == "De inhoud van het verzoek is te groot."
    response = post(client, seminar.pk, "name=Léa", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 415
    assert response.json()["message"] == "Envoyez le corps de la requête en JSON."
    assert not Registration.objects.exists()


def test_too_many_registrations_from_one_address_is_a_429(client, seminar, rates):
    rates(api_write="2/h")
    assert post(client, seminar.pk, person(1)).status_code == 201
    assert post(client, seminar.pk, person(2)).status_code == 201
    response = post(client, seminar.pk, person(3), HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 429 and int(response["Retry-After"]) > 0
    assert response.json()["message"].startswith("Zu viele Anfragen")
    assert Registration.objects.count() == 2


def test_it_needs_no_csrf_token_and_reads_no_session(seminar, django_user_model):
    client = Client(enforce_csrf_checks=True)
    client.force_login(django_user_model.objects.create_superuser("admin", "admin@example.be", "pw"))
    response = post(client, seminar.pk, BODY)
    assert response.status_code == 201
    assert "Set-Cookie" not in response.headers or "sessionid" not in response.headers["Set-Cookie"]


def test_each_seminar_has_its_seats_left_registration_state_and_closing_time(client, seminar, dutch):
    post(client, seminar.pk, person(1))
    unlimited = make_seminar(title="Sans limite", capacity=None)
    detail = client.get(f"/api/v2/agenda/{dutch.pk}/").json()
    assert (detail["seats_left"], detail["registration_state"]) == (1, "open")
    assert detail["registrations_close_at"] == detail["start"]
    post(client, seminar.pk, person(2))
    listing = client.get("/api/v2/agenda/", {"locale": "fr"}).json()["items"]
    by_id = {item["id"]: item for item in listing}
    assert (by_id[seminar.pk]["seats_left"], by_id[seminar.pk]["registration_state"]) == (0, "full")
    assert (by_id[unlimited.pk]["seats_left"], by_id[unlimited.pk]["registration_state"]) == (None, "open")
    dutch_listing = client.get("/api/v2/agenda/", {"locale": "nl"}).json()["items"]
    assert [(item["id"], item["seats_left"]) for item in dutch_listing] == [(dutch.pk, 0)]


def test_the_fields_cost_no_query_per_seminar(client, site, locales):
    venue = make_venue()

    def add(n):
        for number in range(n):
            start = dt.datetime.now(BRUSSELS).replace(microsecond=0) + dt.timedelta(days=number + 2)
            page = make_seminar(title=f"Séance {number}-{n}", start=start, capacity=3, venue=venue)
            save_translation(page, locales["nl"], translated_copy(page, title=f"Sessie {number}-{n}"))
            Registration.objects.create(
                seminar=page,
                name="Léa",
                company="B",
                email=f"lea{number}@example.be",
                company_size="micro",
                language="fr",
            )

    def count(locale):
        client.get("/api/v2/agenda/", {"locale": locale, "limit": 100})
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/api/v2/agenda/", {"locale": locale, "limit": 100, "fields": "*"})
        items = response.json()["items"]
        assert all(item["seats_left"] == 2 and item["registration_state"] == "open" for item in items)
        return len(items), len(queries)

    add(3)
    few = {locale: count(locale) for locale in ("fr", "nl")}
    add(12)
    many = {locale: count(locale) for locale in ("fr", "nl")}
    for locale in ("fr", "nl"):
        assert (few[locale][0], many[locale][0]) == (3, 15)
        assert many[locale][1] == few[locale][1], locale


def test_the_document_describes_the_registration(client, site):
    document = client.get("/api/v2/schema/").json()
    operation = document["paths"]["/api/v2/agenda/{id}/registrations/"]["post"]
    body = operation["requestBody"]["content"]["application/json"]["schema"]
    assert {"name", "company", "email", "company_size", "consent"} <= set(body["required"])
    assert "phone" not in body["required"] and body["additionalProperties"] is False
    assert set(operation["responses"]) == {"201", "400", "404", "409", "413", "414", "415", "429"}
    seminar = document["components"]["schemas"]["agenda.SeminarPage"]["properties"]
    assert {"seats_left", "registration_state", "registrations_close_at"} <= set(seminar)
