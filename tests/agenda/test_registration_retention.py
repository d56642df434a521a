"""Registrations are anonymised REGISTRATION_RETENTION_MONTHS after their session, by the nightly purge."""

import datetime as dt
import io

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from agenda.records import Registration
from diagnostic import results
from diagnostic.models import DiagnosticPage
from diagnostic.records import DiagnosticResult
from home.models import ContentPage, HomePage
from tests.diagnostic.example import EXAMPLE_1, QUESTIONNAIRE
from tests.factories import BRUSSELS, make_seminar


def session_ended(days_ago):
    start = dt.datetime.now(BRUSSELS).replace(microsecond=0) - dt.timedelta(days=days_ago)
    return make_seminar(start=start, capacity=2)


def registrations(seminar):
    people = [
        ("Léa Dupont", "Boulangerie Dupont", "lea@boulangerie.be", "+32 81 22 33 44", Registration.Status.CONFIRMED),
        ("Marc Lambert", '=HYPERLINK("x")', "marc@garage.be", "", Registration.Status.CANCELLED),
        ("Anne Petit", "Petit SRL", "anne@petit.be", "0470 11 22 33", Registration.Status.WAITLISTED),
    ]
    return [
        Registration.objects.create(
            seminar=seminar, name=name, company=company, email=email, phone=phone, status=status,
            company_size="micro", language="fr",
        )
        for name, company, email, phone, status in people
    ]  # fmt: skip


def statuses(seminar):
    return sorted(Registration.objects.filter(seminar=seminar).values_list("status", flat=True))


@pytest.fixture
def sessions(site):
    old = session_ended(days_ago=13 * 31)  # over for 13 months
    recent = session_ended(days_ago=11 * 30)  # over for 11 months
    return {"old": old, "recent": recent, "old_people": registrations(old), "recent_people": registrations(recent)}


def test_personal_data_goes_after_the_retention_and_the_counts_stay(sessions, settings):
    settings.REGISTRATION_RETENTION_MONTHS = 12
    before = statuses(sessions["old"])
    out = io.StringIO()
    call_command("purge_registrations", stdout=out)
    assert "Anonymised 3 registration(s) of sessions over for 12 months." in out.getvalue()
    for registration in Registration.objects.filter(seminar=sessions["old"]):
        assert (registration.name, registration.company, registration.email, registration.phone) == ("", "", "", "")
        assert registration.anonymised_at is not None
        assert registration.company_size == "micro" and registration.language == "fr"
    assert statuses(sessions["old"]) == before  # how many registered, waited, cancelled: kept
    kept = Registration.objects.filter(seminar=sessions["recent"])
    assert sorted(r.email for r in kept) == ["anne@petit.be", "lea@boulangerie.be", "marc@garage.be"]
    assert all(r.anonymised_at is None for r in kept)


def test_the_purge_is_idempotent(sessions, settings):
    settings.REGISTRATION_RETENTION_MONTHS = 12
    call_command("purge_registrations", stdout=io.StringIO())
    first = dict(Registration.objects.filter(seminar=sessions["old"]).values_list("pk", "anonymised_at"))
    out = io.StringIO()
    call_command("purge_registrations", stdout=out)
    assert "Anonymised 0 registration(s)" in out.getvalue()
    assert dict(Registration.objects.filter(seminar=sessions["old"]).values_list("pk", "anonymised_at")) == first


def test_the_retention_is_a_setting(sessions, settings):
    settings.REGISTRATION_RETENTION_MONTHS = 6
    call_command("purge_registrations", stdout=io.StringIO())
    assert not Registration.objects.filter(anonymised_at__isnull=True).exists()
    assert not Registration.objects.exclude(email="").exists()


def test_an_upcoming_session_keeps_its_registrations(site, settings):
    settings.REGISTRATION_RETENTION_MONTHS = 0
    upcoming = make_seminar(capacity=5)
    registrations(upcoming)
    call_command("purge_registrations", stdout=io.StringIO())
    assert Registration.objects.filter(seminar=upcoming, anonymised_at__isnull=True).count() == 3


def test_the_nightly_command_purges_registrations_and_diagnostic_results(sessions, settings):
    diagnostic_page = DiagnosticPage.objects.get(locale__language_code="fr")
    diagnostic_page.questionnaire = QUESTIONNAIRE
    diagnostic_page.save_revision().publish()
    settings.REGISTRATION_RETENTION_MONTHS = 12
    settings.DIAGNOSTIC_RETENTION_MONTHS = 24
    result = results.record(diagnostic_page, {"sector": "retail", "size_band": "micro"}, EXAMPLE_1["answers"])
    DiagnosticResult.objects.filter(pk=result.pk).update(
        created_at=timezone.now() - dt.timedelta(days=2 * 366), contact_email="lea@boulangerie.be"
    )
    out = io.StringIO()
    call_command("purge_personal_data", stdout=out)
    assert "Anonymised 1 result(s) older than 24 months." in out.getvalue()
    assert "Anonymised 3 registration(s)" in out.getvalue()
    result.refresh_from_db()
    assert result.anonymised_at is not None and result.contact_email == ""
    assert not Registration.objects.filter(seminar=sessions["old"], anonymised_at__isnull=True).exists()


def test_the_privacy_notice_gives_the_retention(locales):
    from core.demo import demo_data
    from home import demo

    legal = next(page for page in demo_data("pages.yaml")["pages"] if page["key"] == "legal")
    demo.build_page(HomePage.objects.get(locale=locales["fr"]), legal, locales, io.StringIO())
    texts = {
        "fr": "anonymisées 12 mois après la séance",
        "nl": "geanonimiseerd 12 maanden na de sessie",
        "de": "12 Monate nach der Veranstaltung anonymisiert",
    }
    for language, text in texts.items():
        page = ContentPage.objects.get(locale__language_code=language, slug=legal[language]["slug"])
        assert text in str(page.body)


def test_a_failing_purge_does_not_stop_the_others(sessions, settings):
    settings.REGISTRATION_RETENTION_MONTHS = 12
    settings.PERSONAL_DATA_PURGES = ["purge_something_missing", "purge_registrations"]
    err = io.StringIO()
    with pytest.raises(CommandError, match="purge_something_missing"):
        call_command("purge_personal_data", stdout=io.StringIO(), stderr=err)
    assert "purge_something_missing failed" in err.getvalue()
    assert not Registration.objects.filter(seminar=sessions["old"], anonymised_at__isnull=True).exists()
