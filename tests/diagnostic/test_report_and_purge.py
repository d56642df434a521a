"""The editors' report (no personal data, CSV export) and the retention purge."""

import csv
import io
from datetime import datetime, timedelta

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone

from diagnostic import results
from diagnostic.records import DiagnosticResult, months_ago
from diagnostic.report import dimensions_of
from tests.diagnostic.example import EXAMPLE_1, EXAMPLE_2

RETAIL = {"sector": "retail", "size_band": "micro", "province": "namur"}


@pytest.fixture
def some_results(diagnostic_page):
    made = [results.record(diagnostic_page, RETAIL, EXAMPLE_1["answers"]) for _ in range(3)]
    made += [results.record(diagnostic_page, RETAIL, EXAMPLE_2["answers"]) for _ in range(2)]
    other = {"sector": "construction", "size_band": "small"}
    made.append(results.record(diagnostic_page, other, EXAMPLE_2["answers"]))
    made[0].contact_email, made[0].contact_name = "lea@boulangerie.be", "Léa Dupont"
    made[0].contact_consent_at = timezone.now()
    made[0].save()
    return made


@pytest.fixture
def editor(site, django_user_model):
    """An AWT editor as setup_site's roles make them: the report comes with the role."""
    user = django_user_model.objects.create_user("editrice", password="pw")
    user.groups.add(Group.objects.get(name="AWT editors"))
    return user


def test_report_shows_counts_means_and_distribution_without_personal_data(client, editor, some_results):
    client.force_login(editor)
    admin = client.get("/admin/").content.decode()
    assert "/admin/diagnostic-report/" in admin
    html = client.get("/admin/diagnostic-report/").content.decode()
    assert "6 résultats." in html or "6 results." in html
    # Retail, 2–9 people: 5 results, overall mean (3 × 69 + 2 × 23) / 5 = 50.6 → 51.
    assert "<td>5</td><td>51</td>" in html
    # Construction has one result: below 5, no mean shown.
    assert "<td>1</td><td>–</td>" in html
    assert "60–69" in html
    assert "lea@boulangerie.be" not in html and "Léa" not in html and some_results[0].token not in html


def test_csv_export_has_scores_but_no_personal_data(client, editor, some_results, diagnostic_page):
    client.force_login(editor)
    listing = client.get(f"/admin/diagnostic-report/{diagnostic_page.pk}/results/")
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "export=csv" in html and "export=xlsx" in html
    assert "lea@" not in html and "Léa" not in html and all(r.token not in html for r in some_results)
    response = client.get(f"/admin/diagnostic-report/{diagnostic_page.pk}/results/", {"export": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    assert "no-store" in response["Cache-Control"]
    body = response.getvalue().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(body)))
    dimensions = [title for _key, title in dimensions_of(diagnostic_page)]
    assert rows[0] == ["Créée", "Langue", "Version", "Secteur", "Taille", "Province", "Score global", *dimensions]
    assert len(rows) == 7
    assert ["retail", "micro", "namur", "69", "66", "75"] in [row[3:] for row in rows[1:]]
    assert "lea@" not in body and "Léa" not in body and all(r.token not in body for r in some_results)


def test_wagtails_filters_on_the_results_and_the_export_follows(client, editor, some_results, diagnostic_page):
    """Sector, size, province, language and dates in Wagtail's drawer; the results fragment; the CSV of the
    filtered results, in the editor's admin language (Dutch here)."""
    from wagtail.users.models import UserProfile

    client.force_login(editor)
    listing = f"/admin/diagnostic-report/{diagnostic_page.pk}/results/"
    html = client.get(listing).content.decode()
    for name in ("sector", "size_band", "province", "language", "created_at_from"):
        assert f'name="{name}"' in html
    construction = client.get(f"{listing}results/", {"sector": "construction"})
    assert "<html" not in construction.content.decode()
    assert [r.sector for r in construction.context["object_list"]] == ["construction"]
    assert len(client.get(listing, {"province": "namur", "size_band": "micro"}).context["object_list"]) == 5
    tomorrow = (timezone.localdate() + timedelta(days=1)).isoformat()
    assert not client.get(listing, {"created_at_from": tomorrow}).context["object_list"]
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "nl"
    profile.save()
    response = client.get(listing, {"sector": "retail", "export": "csv"})
    rows = list(csv.reader(io.StringIO(response.getvalue().decode("utf-8-sig"))))
    assert rows[0][:4] == ["Aangemaakt", "Taal", "Versie", "Sector"]
    assert len(rows) == 6 and {row[3] for row in rows[1:]} == {"retail"}


def test_report_is_refused_without_the_permission(client, django_user_model, diagnostic_page):
    """A translator's role does not include the report."""
    user = django_user_model.objects.create_user("traductrice", password="pw")
    user.groups.add(Group.objects.get(name="NL translators"))
    client.force_login(user)
    assert "/admin/diagnostic-report/" not in client.get("/admin/").content.decode()
    assert client.get("/admin/diagnostic-report/").status_code in (302, 403)
    for export in ({}, {"export": "csv"}):
        response = client.get(f"/admin/diagnostic-report/{diagnostic_page.pk}/results/", export)
        assert response.status_code in (302, 403)


def test_months_ago_keeps_calendar_months():
    tz = timezone.get_current_timezone()
    assert months_ago(datetime(2026, 3, 31, 12, tzinfo=tz), 1) == datetime(2026, 2, 28, 12, tzinfo=tz)
    assert months_ago(datetime(2026, 11, 26, tzinfo=tz), 24) == datetime(2024, 11, 26, tzinfo=tz)


def test_purge_anonymises_results_older_than_the_retention(diagnostic_page, settings, some_results):
    settings.DIAGNOSTIC_RETENTION_MONTHS = 24
    old, newer = some_results[0], some_results[1]
    DiagnosticResult.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=2 * 366))
    DiagnosticResult.objects.filter(pk=newer.pk).update(previous=old)
    out = io.StringIO()
    call_command("purge_diagnostics", stdout=out)
    assert "Anonymised 1 result(s) older than 24 months." in out.getvalue()
    old.refresh_from_db()
    assert (old.token, old.contact_email, old.contact_name, old.province) == (None, "", "", "")
    assert old.anonymised_at is not None and old.overall == 69 and old.sector == "retail"
    newer.refresh_from_db()
    assert newer.previous is None and newer.token
    call_command("purge_diagnostics", stdout=out)
    assert "Anonymised 0 result(s)" in out.getvalue()


def test_purge_can_delete_instead(diagnostic_page, some_results):
    DiagnosticResult.objects.filter(pk=some_results[0].pk).update(created_at=timezone.now() - timedelta(days=40))
    out = io.StringIO()
    call_command("purge_diagnostics", "--delete", "--months=1", stdout=out)
    assert "Deleted 1 result(s) older than 1 months." in out.getvalue()
    assert DiagnosticResult.objects.count() == 5
