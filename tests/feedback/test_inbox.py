"""The inbox in the admin: each role sees its own reports, changes their status; the menu counts the new ones."""

import json

import pytest

from feedback.models import Report
from tests.feedback.conftest import send

INBOX = "/admin/visitor-reports/"


@pytest.fixture
def reports(client, guide, seminar):
    """An error on the French guide, a translation problem on the Dutch and German guides, an error on a seminar."""
    send(client, guide["fr"], message="Le lien vers le SPF est cassé.")
    send(client, guide["nl"], message="Vertaalfout in de tweede alinea.", is_translation="on")
    send(client, guide["de"], message="Übersetzungsfehler im Titel.", is_translation="on")
    send(client, seminar, message="La salle a changé.")
    return {report.message: report for report in Report.objects.all()}


def listed(client, user):
    client.force_login(user)
    response = client.get(INBOX)
    assert response.status_code == 200
    html = response.content.decode()
    return {
        message
        for message in (
            "Le lien vers le SPF est cassé.",
            "Vertaalfout in de tweede alinea.",
            "Übersetzungsfehler im Titel.",
            "La salle a changé.",
        )
        if Report.objects.get(message=message).page_title in html
        and f"{INBOX}edit/{Report.objects.get(message=message).pk}/" in html
    }


def test_each_role_sees_the_reports_it_answers_for(client, users, reports):
    # AWT editors: the guides section, every language of its pages.
    assert listed(client, users["editor-awt"]) == {
        "Le lien vers le SPF est cassé.",
        "Vertaalfout in de tweede alinea.",
        "Übersetzungsfehler im Titel.",
    }
    # UCM editors: the agenda.
    assert listed(client, users["editor-ucm"]) == {"La salle a changé."}
    # Translators: the translation problems of their language only.
    assert listed(client, users["translator-nl"]) == {"Vertaalfout in de tweede alinea."}
    assert listed(client, users["translator-de"]) == {"Übersetzungsfehler im Titel."}
    # Administrators and reviewers: everything.
    assert listed(client, users["administrator"]) == set(reports)
    assert listed(client, users["reviewer"]) == set(reports)


def test_a_report_outside_ones_scope_is_not_found(client, users, reports):
    seminar_report = reports["La salle a changé."]
    client.force_login(users["translator-nl"])
    # Refused (redirected to the dashboard with a message) or not found.
    assert client.get(f"{INBOX}edit/{seminar_report.pk}/").status_code in (302, 404)
    assert client.post(f"{INBOX}edit/{seminar_report.pk}/", {"status": "done", "notes": ""}).status_code in (302, 404)
    assert client.get(f"{INBOX}history/{seminar_report.pk}/").status_code in (302, 404)
    assert Report.objects.get(pk=seminar_report.pk).status == "new"


def test_a_visitor_or_a_user_without_a_role_never_sees_the_inbox(client, reports, django_user_model):
    assert client.get(INBOX).status_code == 302  # to the login page
    nobody = django_user_model.objects.create_user("nobody", "nobody@example.be", "pw")
    client.force_login(nobody)
    assert client.get(INBOX).status_code in (302, 403)


def test_the_inbox_filters_by_status_and_links_to_the_page_and_its_language(client, users, reports, guide):
    Report.objects.filter(message="Le lien vers le SPF est cassé.").update(status="done")
    client.force_login(users["editor-awt"])
    html = client.get(INBOX, {"status": "new"}).content.decode()
    assert "Vertaalfout in de tweede alinea." not in html  # the message is in the report, not the list
    assert f"{INBOX}edit/{reports['Vertaalfout in de tweede alinea.'].pk}/" in html
    assert f"{INBOX}edit/{reports['Le lien vers le SPF est cassé.'].pk}/" not in html
    # The Dutch guide, on the site and in the page editor, and its language (in the editor's language: French).
    assert f'href="{guide["nl"].url}"' in html
    assert f'href="/admin/pages/{guide["nl"].pk}/edit/"' in html
    assert "néerlandais" in html.lower()


def test_changing_the_status_records_who_handled_the_report(client, users, reports):
    report = reports["Le lien vers le SPF est cassé."]
    client.force_login(users["editor-awt"])
    page = client.get(f"{INBOX}edit/{report.pk}/").content.decode()
    assert "Le lien vers le SPF est cassé." in page
    assert "Sécuriser le Wi-Fi" in page
    response = client.post(f"{INBOX}edit/{report.pk}/", {"status": "in_progress", "notes": "Lien à jour demandé."})
    assert response.status_code == 302
    report.refresh_from_db()
    assert (report.status, report.notes, report.handled_by) == (
        "in_progress",
        "Lien à jour demandé.",
        users["editor-awt"],
    )
    assert report.status_changed_at is not None


def test_the_menu_counts_the_new_reports_the_user_answers_for(client, users, reports):
    Report.objects.filter(message="Übersetzungsfehler im Titel.").update(status="done")
    client.force_login(users["editor-awt"])  # admin in French
    html = client.get("/admin/").content.decode()
    start = html.index('id="wagtail-sidebar-props"')
    props = html[html.index(">", start) + 1 : html.index("</script>", start)]
    assert "Signalements des visiteurs (2)" in json.loads(props) or "Signalements des visiteurs (2)" in props
    client.force_login(users["translator-de"])  # admin in German: its only report is done
    html = client.get("/admin/").content.decode()
    assert "Meldungen von Besuchern" in html
    assert "Meldungen von Besuchern (" not in html
