"""The sponsor and partner admin: administrators only, violating saves refused in the editor's language."""

import datetime

import pytest
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile

from sponsors.models import Partner, Sponsor
from tests.factories import PartnerFactory, SponsorFactory

D = datetime.date
ADD_URL = "/admin/snippets/sponsors/sponsor/add/?locale=fr"
LIST_URL = "/admin/snippets/sponsors/sponsor/"


@pytest.fixture
def nuvalis(languages):
    return SponsorFactory(name="Nuvalis", category=Sponsor.Category.SOFTWARE_IT, exclusive=True,
                          contract_start=D(2026, 3, 1), contract_end=D(2026, 6, 30))  # fmt: skip


def form_data(**overrides):
    data = {
        "name": "Logiwal",
        "website": "https://logiwal.example/",
        "description": "Logiciels de caisse",
        "category": "software-it",
        "tier": "supporting",
        "contract_start": "2026-04-01",
        "contract_end": "2026-12-31",
        "logo": "",
    }
    data.update(overrides)
    return data


def speak(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


@pytest.mark.parametrize(
    "language, expected",
    [
        ("fr", ["Nuvalis détient un contrat exclusif", "1 mars 2026", "30 juin 2026"]),
        ("nl", ["Nuvalis heeft een exclusief contract", "1 maart 2026", "30 juni 2026"]),
        ("de", ["Nuvalis hat einen Exklusivvertrag", "1. März 2026", "30. Juni 2026"]),
    ],
)
def test_the_admin_refuses_an_overlapping_contract_in_the_editors_language(
    admin_client, admin_user, nuvalis, language, expected
):
    speak(admin_user, language)
    response = admin_client.post(ADD_URL, form_data())
    assert response.status_code == 200  # the form again, with the error
    html = response.content.decode()
    for fragment in expected:
        assert fragment in html
    assert not Sponsor.objects.filter(name="Logiwal").exists()


def test_the_admin_refuses_an_exclusive_contract_over_an_existing_one(admin_client, admin_user, languages):
    speak(admin_user, "fr")
    SponsorFactory(name="Logiwal", category="software-it", contract_start=D(2026, 1, 1), contract_end=D(2026, 12, 31))
    response = admin_client.post(ADD_URL, form_data(name="Nuvalis", exclusive="on"))
    html = response.content.decode()
    assert "ne peut pas être exclusif" in html and "Logiwal" in html and "1 janvier 2026" in html
    assert not Sponsor.objects.filter(name="Nuvalis").exists()


def test_the_admin_saves_a_hardware_sponsor_beside_the_exclusive_it_one(admin_client, nuvalis):
    response = admin_client.post(ADD_URL, form_data(name="Hesbatech", category="hardware"))
    assert response.status_code == 302
    assert Sponsor.objects.get(name="Hesbatech").category == "hardware"


def test_the_admin_refuses_a_contract_ending_before_it_starts(admin_client, admin_user, languages):
    speak(admin_user, "nl")
    response = admin_client.post(ADD_URL, form_data(contract_start="2026-05-01", contract_end="2026-04-01"))
    assert "Het contract kan niet eindigen voordat het begint." in response.content.decode()
    assert not Sponsor.objects.exists()


def test_the_listing_shows_the_contract_of_each_sponsor(admin_client, admin_user, languages):
    speak(admin_user, "fr")
    SponsorFactory(name="Actif SA", category="telecom", exclusive=True)
    SponsorFactory(name="Ancien SA", contract_start=D(2020, 1, 1), contract_end=D(2020, 12, 31))
    html = admin_client.get(LIST_URL).content.decode()
    assert "Actif SA" in html and "Ancien SA" in html
    assert "Télécoms" in html and "31 décembre 2020" in html
    assert "Actif" in html and "Terminé" in html


def test_the_listing_filters_on_active_contracts_and_category(admin_client, languages):
    SponsorFactory(name="Actif SA", category="telecom")
    SponsorFactory(name="Ancien SA", category="telecom", contract_start=D(2020, 1, 1), contract_end=D(2020, 12, 31))
    SponsorFactory(name="Banque SA", category="banking-payment")
    html = admin_client.get(LIST_URL, {"active": "true", "category": "telecom"}).content.decode()
    assert "Actif SA" in html and "Ancien SA" not in html and "Banque SA" not in html


@pytest.fixture
def editor(django_user_model, languages):
    """A UCM editor: admin access, no sponsor permission."""
    user = django_user_model.objects.create_user("editrice", password="pw")
    user.groups.add(Group.objects.get(name="UCM editors"))
    return user


@pytest.mark.parametrize("url", [LIST_URL, ADD_URL, "/admin/snippets/sponsors/partner/"])
def test_sponsors_and_partners_are_for_administrators_only(client, editor, url):
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200
    response = client.get(url)
    assert response.status_code in (302, 403)
    assert "Nuvalis" not in response.content.decode()


def test_administrators_manage_partners(admin_client, languages):
    PartnerFactory(name="UCM", sort_order=4)
    response = admin_client.post(
        "/admin/snippets/sponsors/partner/add/?locale=fr",
        {"name": "AWT", "website": "https://www.awt.be/", "description": "Agence", "sort_order": 2, "logo": ""},
    )
    assert response.status_code == 302
    assert list(Partner.objects.values_list("name", flat=True)) == ["AWT", "UCM"]
