"""Seats, the waitlist and cancellations: the services every way of registering goes through."""

import pytest
from django.core import mail
from django.db import IntegrityError, transaction
from django.utils import timezone

from agenda import records
from agenda.records import Registration, registration_state, seats_left, waitlist_position
from agenda.registrations import RegistrationError, cancel, promote_waitlist, register
from taxonomy.models import Sector
from tests.factories import agenda_page, days, make_seminar, translate

pytestmark = pytest.mark.django_db


def person(n, **fields):
    values = {
        "name": f"Personne {n}",
        "company": f"Entreprise {n}",
        "email": f"personne{n}@example.be",
        "company_size": "micro",
        "sector": Sector.objects.get(slug="retail", locale__language_code="fr"),
    }
    values.update(fields)
    return values


@pytest.fixture
def seminar(site):
    return make_seminar(title="Sécuriser le Wi-Fi du magasin", capacity=2, start=days(10))


def test_seats_up_to_the_capacity_are_confirmed_then_people_wait_in_order(seminar):
    first, second, third, fourth = (register(seminar, person(n), "fr") for n in range(4))
    assert [r.status for r in (first, second, third, fourth)] == ["confirmed", "confirmed", "waitlisted", "waitlisted"]
    assert seats_left(seminar) == 0
    assert registration_state(seminar) == records.FULL
    assert [waitlist_position(r) for r in (first, third, fourth)] == [None, 1, 2]


def test_a_seminar_without_capacity_confirms_everyone(site):
    seminar = make_seminar(capacity=None, start=days(10))
    for n in range(5):
        assert register(seminar, person(n), "fr").status == "confirmed"
    assert seats_left(seminar) is None
    assert seminar.registration_state == "open"


def test_translations_share_one_list_of_seats(seminar, locales):
    dutch = translate(seminar, locales["nl"], title="De wifi van de winkel beveiligen")
    register(seminar, person(1), "fr")
    registration = register(dutch, person(2), "nl")
    assert registration.seminar_id == seminar.pk and registration.language == "nl"
    assert seats_left(dutch) == 0 and dutch.registration_state == "full"
    assert register(dutch, person(3), "nl").status == "waitlisted"


def test_the_same_email_cannot_register_twice_whatever_its_case(seminar, locales):
    register(seminar, person(1), "fr")
    with pytest.raises(RegistrationError) as refused:
        register(seminar, person(2, email="PERSONNE1@Example.BE"), "fr")
    assert refused.value.code == "duplicate"
    assert "déjà inscrite" in str(refused.value.message)
    dutch = translate(seminar, locales["nl"], title="Wifi")
    with pytest.raises(RegistrationError):
        register(dutch, person(3, email="personne1@example.be"), "nl")
    assert Registration.objects.count() == 1


def test_the_database_refuses_a_second_active_registration_for_one_address(seminar):
    register(seminar, person(1), "fr")
    with pytest.raises(IntegrityError), transaction.atomic():
        Registration.objects.create(seminar=seminar, **person(2, email="Personne1@example.be"), language="fr")


def test_after_cancelling_the_same_address_may_register_again(seminar):
    cancel(register(seminar, person(1), "fr"))
    assert register(seminar, person(1), "fr").status == "confirmed"


def test_a_cancellation_frees_the_seat_for_the_first_person_waiting_who_is_emailed(seminar, run_tasks):
    first, _second, third, fourth = (register(seminar, person(n), "fr") for n in range(4))
    run_tasks()
    mail.outbox.clear()
    cancel(first)
    assert first.status == "cancelled" and first.cancelled_at is not None
    third.refresh_from_db()
    fourth.refresh_from_db()
    assert third.status == "confirmed"
    assert fourth.status == "waitlisted" and waitlist_position(fourth) == 1
    run_tasks()
    assert sorted(message.to[0] for message in mail.outbox) == ["personne0@example.be", "personne2@example.be"]


def test_cancelling_twice_changes_nothing_more(seminar, run_tasks):
    first = register(seminar, person(1), "fr")
    waiting = [register(seminar, person(n), "fr") for n in (2, 3, 4)]
    cancel(first)
    cancelled_at = first.cancelled_at
    cancel(first)
    assert first.cancelled_at == cancelled_at
    assert [r.status for r in Registration.objects.filter(pk__in=[r.pk for r in waiting])] == [
        "confirmed",
        "confirmed",
        "waitlisted",
    ]


def test_cancelling_a_waitlisted_registration_promotes_nobody(seminar):
    for n in range(2):
        register(seminar, person(n), "fr")
    waiting, last = register(seminar, person(2), "fr"), register(seminar, person(3), "fr")
    cancel(waiting)
    last.refresh_from_db()
    assert last.status == "waitlisted" and waitlist_position(last) == 1
    assert seats_left(seminar) == 0


def test_a_larger_capacity_promotes_people_waiting(seminar):
    people = [register(seminar, person(n), "fr") for n in range(5)]
    seminar.capacity = 4
    seminar.save()
    promoted = promote_waitlist(seminar)
    assert [r.pk for r in promoted] == [people[2].pk, people[3].pk]
    assert waitlist_position(Registration.objects.get(pk=people[4].pk)) == 1


@pytest.mark.parametrize(
    ("fields", "state", "words"),
    [
        ({"status": "cancelled"}, "cancelled", "annulée"),
        ({"status": "postponed"}, "postponed", "reportée"),
        ({"start": days(-1)}, "started", "commencé"),
        ({"start": days(10), "registration_deadline": days(-1)}, "closed", "date limite"),
    ],
)
def test_closed_sessions_take_no_registration(site, fields, state, words):
    seminar = make_seminar(capacity=10, **fields)
    assert seminar.registration_state == state
    with pytest.raises(RegistrationError) as refused:
        register(seminar, person(1), "fr")
    assert refused.value.code == state
    assert words in str(refused.value.message)
    assert not Registration.objects.exists()


def test_nobody_is_promoted_into_a_cancelled_session(seminar):
    people = [register(seminar, person(n), "fr") for n in range(3)]
    seminar.status = "cancelled"
    seminar.save()
    cancel(people[0])
    assert Registration.objects.get(pk=people[2].pk).status == "waitlisted"


def test_the_deadline_keeps_the_waitlist_moving_until_the_start(site):
    seminar = make_seminar(capacity=1, start=days(10))
    first, waiting = register(seminar, person(1), "fr"), register(seminar, person(2), "fr")
    seminar.registration_deadline = timezone.now()
    seminar.save()
    assert seminar.registration_state == "closed"
    cancel(first)
    assert Registration.objects.get(pk=waiting.pk).status == "confirmed"


def test_registrations_belong_to_the_agenda_of_the_source_language(seminar):
    assert seminar.get_parent().specific == agenda_page("fr")
