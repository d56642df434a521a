"""Reporters' e-mail addresses are kept REPORT_EMAIL_RETENTION_DAYS after the report is done (or made)."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from feedback.models import Report


@pytest.fixture
def make(guide):
    def make(created_days_ago, status="new", done_days_ago=None, email="an@example.be"):
        report = Report.objects.create(
            page=guide["fr"],
            page_title=guide["fr"].title,
            locale=guide["fr"].locale,
            message="Le lien est cassé.",
            email=email,
            status=status,
        )
        now = timezone.now()
        changed = now - timedelta(days=done_days_ago) if done_days_ago is not None else None
        Report.objects.filter(pk=report.pk).update(
            created_at=now - timedelta(days=created_days_ago), status_changed_at=changed
        )
        return report.pk

    return make


def purge(*args):
    out = StringIO()
    call_command("purge_report_emails", *args, stdout=out)
    return out.getvalue()


def emails():
    return dict(Report.objects.values_list("pk", "email"))


def test_addresses_are_blanked_after_the_retention_period_and_the_reports_stay(make):
    recent = make(10)
    old_untouched = make(91)
    done_long_ago = make(200, status="done", done_days_ago=95)
    old_but_done_lately = make(200, status="done", done_days_ago=5)
    old_in_progress = make(120, status="in_progress", done_days_ago=3)

    assert "3 report(s)" in purge()
    assert emails() == {
        recent: "an@example.be",
        old_untouched: "",
        done_long_ago: "",
        old_but_done_lately: "an@example.be",
        old_in_progress: "",
    }
    assert Report.objects.count() == 5
    assert Report.objects.get(pk=old_untouched).message == "Le lien est cassé."
    assert Report.objects.get(pk=old_untouched).email_purged_at is not None
    # Idempotent.
    assert "0 report(s)" in purge()


def test_the_period_comes_from_the_setting(make, settings):
    settings.REPORT_EMAIL_RETENTION_DAYS = 5
    report = make(10)
    purge()
    assert emails() == {report: ""}


def test_the_period_can_be_given_for_one_run(make):
    report = make(10)
    purge("--days", "30")
    assert emails() == {report: "an@example.be"}
    purge("--days", "7")
    assert emails() == {report: ""}


def test_the_nightly_purge_of_personal_data_blanks_old_addresses(make):
    old = make(91)
    recent = make(10)
    call_command("purge_personal_data", stdout=StringIO())
    assert emails() == {old: "", recent: "an@example.be"}
