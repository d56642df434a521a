"""The organisers' registrations screen: list, waitlist, cancelling (promotion and e-mail), CSV/XLSX, who sees it."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from django.utils import translation
from openpyxl import load_workbook

from agenda.records import Registration
from agenda.registrations import register
from core.translation import save_translation, translated_copy
from editorial import roles
from taxonomy.models import Sector
from tests.factories import make_seminar

ROLE_GROUPS = {
    "editor-ucm": roles.UCM_EDITORS,
    "editor-awt": roles.AWT_EDITORS,
    "reviewer": roles.REVIEWERS,
    "translator-nl": roles.NL_TRANSLATORS,
    "translator-de": roles.DE_TRANSLATORS,
    "administrator": roles.ADMINISTRATORS,
}
ORGANISERS = {"editor-ucm", "administrator"}  # the agenda is UCM's section (EDITORIAL_SECTIONS)

PEOPLE = [
    ("Léa Dupont", "Boulangerie Dupont", "lea@boulangerie.be", "+32 81 22 33 44"),
    ('=HYPERLINK("https://evil.example","x")', "@SUM(A1)", "marc@garage.be", ""),
    ("Anne Petit", "-2+3", "anne@petit.be", "0470 11 22 33"),
    ("Jan Peeters", "Peeters BV", "jan@peeters.be", ""),
]


@pytest.fixture
def users(site):
    accounts = {}
    for username, group in ROLE_GROUPS.items():
        user = get_user_model().objects.create_user(username, f"{username}@example.be", "pw")
        user.groups.set([Group.objects.get(name=group)])
        accounts[username] = user
    return accounts


@pytest.fixture
def seminar(site, locales, run_tasks):
    """Two seats, four people: two confirmed, two on the waitlist (the fourth registered in Dutch)."""
    page = make_seminar(title="Sécuriser sa caisse", capacity=2)
    retail = Sector.objects.get(slug="retail", locale=locales["fr"])
    for number, (name, company, email, phone) in enumerate(PEOPLE):
        data = {"name": name, "company": company, "email": email, "phone": phone, "sector": retail}
        register(page, {**data, "company_size": "micro"}, "nl" if number == 3 else "fr")
    run_tasks()  # their confirmation and waitlist e-mails
    mail.outbox.clear()
    return page


def url(name, seminar, *args):
    return reverse(name, args=[seminar.pk, *args])


def listed(response, status):
    """[(e-mail, waitlist position)] of the listing's rows in ``status``, in the listing's order."""
    return [(r.email, r.position) for r in response.context["object_list"] if r.status == status]


def test_organisers_see_the_registrations_and_the_waitlist_in_order(client, users, seminar):
    client.force_login(users["editor-ucm"])
    response = client.get(url("agenda_registrations", seminar))
    assert response.status_code == 200
    assert listed(response, "confirmed") == [("lea@boulangerie.be", None), ("marc@garage.be", None)]
    assert listed(response, "waitlisted") == [
        ("anne@petit.be", 1),
        ("jan@peeters.be", 2),
    ]
    html = response.content.decode()
    assert "Liste d'attente (2)" in html and "Confirmées (2)" in html and "Léa Dupont" in html
    assert "Boulangerie Dupont" in html and "+32 81 22 33 44" in html


def test_the_list_takes_the_id_of_a_translation(client, users, seminar, locales):
    dutch = save_translation(seminar, locales["nl"], translated_copy(seminar, title="Uw kassa beveiligen"))
    client.force_login(users["administrator"])
    response = client.get(url("agenda_registrations", dutch))
    assert response.status_code == 200
    assert len(listed(response, "confirmed")) == 2 and response.context["seminar"].pk == seminar.pk


def test_cancelling_promotes_the_first_person_waiting_who_is_emailed(client, users, seminar, run_tasks):
    client.force_login(users["editor-ucm"])
    lea = Registration.objects.get(email="lea@boulangerie.be")
    response = client.post(url("agenda_registration_status", seminar, lea.pk), {"status": "cancelled"}, follow=True)
    assert response.status_code == 200
    assert "Anne Petit a maintenant une place" in response.content.decode()  # the admin is in French here
    assert Registration.objects.get(pk=lea.pk).status == Registration.Status.CANCELLED
    assert Registration.objects.get(email="anne@petit.be").status == Registration.Status.CONFIRMED
    assert Registration.objects.get(email="jan@peeters.be").status == Registration.Status.WAITLISTED
    assert listed(response, "waitlisted") == [("jan@peeters.be", 1)]
    run_tasks()
    recipients = [message.to for message in mail.outbox]
    assert ["anne@petit.be"] in recipients and ["lea@boulangerie.be"] in recipients
    assert not any("jan@peeters.be" in to for to in recipients)


def test_an_unknown_status_changes_nothing(client, users, seminar):
    client.force_login(users["editor-ucm"])
    lea = Registration.objects.get(email="lea@boulangerie.be")
    client.post(url("agenda_registration_status", seminar, lea.pk), {"status": "confirmed"})
    assert Registration.objects.get(pk=lea.pk).status == Registration.Status.CONFIRMED
    assert Registration.objects.filter(status=Registration.Status.WAITLISTED).count() == 2


def test_the_csv_export_lists_everyone_with_formulas_neutralised(client, users, seminar):
    client.force_login(users["editor-ucm"])
    response = client.get(url("agenda_registrations", seminar), {"export": "csv"})
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"] and "no-store" in response["Cache-Control"]
    rows = list(csv.reader(io.StringIO(response.getvalue().decode("utf-8-sig"))))
    assert rows[0][:6] == ["Inscrit le", "Statut", "Place sur la liste d'attente", "Nom", "Entreprise", "E-mail"]
    by_email = {row[5]: row for row in rows[1:]}
    assert len(by_email) == 4
    with translation.override("fr"):
        confirmed, waitlisted = str(Registration.Status.CONFIRMED.label), str(Registration.Status.WAITLISTED.label)
    assert by_email["lea@boulangerie.be"][1:7] == [
        confirmed, "", "Léa Dupont", "Boulangerie Dupont", "lea@boulangerie.be", "'+32 81 22 33 44",
    ]  # fmt: skip
    assert by_email["marc@garage.be"][3:5] == ['\'=HYPERLINK("https://evil.example","x")', "'@SUM(A1)"]
    assert by_email["anne@petit.be"][1:5] == [waitlisted, "1", "Anne Petit", "'-2+3"]
    assert by_email["jan@peeters.be"][2] == "2" and by_email["jan@peeters.be"][9] == "nl"
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


def test_the_xlsx_export_holds_text_only(client, users, seminar):
    client.force_login(users["administrator"])
    response = client.get(url("agenda_registrations", seminar), {"export": "xlsx"})
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.getvalue())).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert len(rows) == 5
    marc = next(row for row in rows if row[5] == "marc@garage.be")
    assert marc[3] == '\'=HYPERLINK("https://evil.example","x")'
    assert all(cell.data_type == "s" for row in sheet.iter_rows(min_row=2) for cell in row if cell.value)


@pytest.mark.parametrize("role", list(ROLE_GROUPS))
def test_only_the_agendas_editors_and_administrators_see_registrations(client, users, seminar, role):
    client.force_login(users[role])
    allowed = role in ORGANISERS
    for export in ({}, {"export": "csv"}, {"export": "xlsx"}):
        response = client.get(url("agenda_registrations", seminar), export)
        assert response.status_code == (200 if allowed else 403), export
    lea = Registration.objects.get(email="lea@boulangerie.be")
    response = client.post(url("agenda_registration_status", seminar, lea.pk), {"status": "cancelled"})
    assert response.status_code == (302 if allowed else 403)
    assert Registration.objects.get(pk=lea.pk).status == (
        Registration.Status.CANCELLED if allowed else Registration.Status.CONFIRMED
    )


@pytest.mark.parametrize("role", ["editor-ucm", "editor-awt", "reviewer"])
def test_the_page_listing_and_edit_view_link_to_the_registrations(client, users, seminar, role):
    client.force_login(users[role])
    link = url("agenda_registrations", seminar)
    listing = client.get(reverse("wagtailadmin_explore", args=[seminar.get_parent().pk])).content.decode()
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[seminar.pk])).content.decode()
    if role == "editor-ucm":
        assert link in listing and "Inscriptions (4)" in listing
        assert link in edit and "Inscriptions (4)" in edit
    else:
        assert link not in listing and link not in edit


def test_a_page_that_is_not_a_seminar_is_a_404(client, users, seminar):
    client.force_login(users["administrator"])
    response = client.get(reverse("agenda_registrations", args=[seminar.get_parent().pk]))
    # Django's 404 (under /admin/ the locale middleware answers it with a redirect to /fr/admin/…)
    assert response.status_code == 404 or response["Location"].startswith("/fr/admin/")


def test_wagtails_filters_search_and_empty_lists(client, users, seminar):
    """The status, language, size and sector filters of Wagtail's drawer, its search, the results fragment it
    fetches, and each status's own words when nobody is in it."""
    client.force_login(users["editor-ucm"])
    page = client.get(url("agenda_registrations", seminar)).content.decode()
    for name in ("status", "language", "company_size", "sector", "q"):
        assert f'name="{name}"' in page
    assert f'href="{url("agenda_registrations", seminar)}?status=waitlisted">Liste d\'attente (2)' in page
    waiting = client.get(url("agenda_registrations_results", seminar), {"status": "waitlisted"})
    assert "<html" not in waiting.content.decode()
    assert listed(waiting, "waitlisted") == [("anne@petit.be", 1), ("jan@peeters.be", 2)]
    assert len(waiting.context["object_list"]) == 2
    # The position is the person's place on the whole waitlist, whatever the other filters leave out.
    dutch = client.get(url("agenda_registrations", seminar), {"language": "nl"})
    assert listed(dutch, "waitlisted") == [("jan@peeters.be", 2)] and len(dutch.context["object_list"]) == 1
    found = client.get(url("agenda_registrations", seminar), {"q": "boulangerie"})
    assert [r.email for r in found.context["object_list"]] == ["lea@boulangerie.be"]
    nobody = client.get(url("agenda_registrations", seminar), {"status": "cancelled"}).content.decode()
    assert "Aucune annulation." in nobody  # the admin is in French here


def test_the_export_follows_the_filters_in_the_users_language(client, users, seminar):
    """A German-speaking administrator exports the waitlist: German headings and statuses, two rows."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(users["administrator"])
    profile.preferred_language = "de"
    profile.save()
    client.force_login(users["administrator"])
    response = client.get(url("agenda_registrations", seminar), {"status": "waitlisted", "export": "csv"})
    rows = list(csv.reader(io.StringIO(response.getvalue().decode("utf-8-sig"))))
    assert rows[0][:4] == ["Angemeldet am", "Status", "Platz auf der Warteliste", "Name"]
    assert [row[1:4] for row in rows[1:]] == [
        ["Auf der Warteliste", "1", "Anne Petit"],
        ["Auf der Warteliste", "2", "Jan Peeters"],
    ]
