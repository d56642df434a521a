"""A seminar's own page and its creation in the admin."""

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail.users.models import UserProfile

from agenda.models import SeminarPage, Venue
from taxonomy.models import Theme
from tests.factories import (
    DocumentFactory,
    SponsorFactory,
    agenda_page,
    brussels,
    days,
    future_day,
    make_seminar,
    make_venue,
    translate,
)


@pytest.fixture
def editor(db):
    user = get_user_model().objects.create_superuser("editrice", "editrice@example.be", "pw")
    UserProfile.get_for_user(user).preferred_language = "fr"
    return user


def sponsor(**fields):
    return SponsorFactory(name="Numérix SA", website="https://numerix.example", **fields)


def test_the_seminar_page_shows_when_where_language_speakers_and_status(client, site, locales):
    theme = Theme.objects.get(slug="e-invoicing-payments", locale=locales["fr"])
    year = future_day(7, 4, weekday=3).year  # a Thursday 4 July
    seminar = make_seminar(
        title="Passer à la facture électronique",
        start=brussels(year, 7, 4, 9, 30),
        end=brussels(year, 7, 4, 12),
        registration_deadline=brussels(year, 7, 1, 12),
        spoken_language="nl",
        capacity=40,
        status="postponed",
        themes=[theme],
        venue=make_venue(),
        speakers=[{"name": "Claire Dubois", "organisation": "RENTIC Namur", "bio": "Conseillère en numérique."}],
        sponsor=sponsor(),
    )
    html = client.get(seminar.url).content.decode()
    assert f"jeudi 4 juillet {year}, 09:30" in html  # Brussels summer time, in French
    assert f'datetime="{year}-07-04T09:30:00+02:00"' in html
    assert "Rue Godefroid 5" in html and "5000 Namur" in html and "À 5 minutes à pied de la gare." in html
    assert '<dd lang="nl">Néerlandais</dd>' in html
    assert "Reportée" in html
    assert "Claire Dubois" in html and "RENTIC Namur" in html
    assert "Facturation électronique et paiement" in html
    assert "Avec le soutien de" in html and "Numérix SA" in html
    assert f"/api/v2/agenda/{seminar.pk}.ics" in html


def test_an_expired_sponsor_is_not_credited(client, site):
    today = timezone.localdate()
    gone = sponsor(contract_start=today - dt.timedelta(days=400), contract_end=today - dt.timedelta(days=1))
    seminar = make_seminar(sponsor=gone)
    html = client.get(seminar.url).content.decode()
    assert "Numérix SA" not in html and "Avec le soutien de" not in html


def test_slides_appear_once_the_session_is_over(client, site):
    slides = DocumentFactory(title="Support de la séance")
    past = make_seminar(start=brussels(2024, 2, 1, 14), presentations=[slides])
    future = make_seminar(start=days(60), presentations=[DocumentFactory(title="Pas encore")])
    assert "Support de la séance" in client.get(past.url).content.decode()
    assert "Pas encore" not in client.get(future.url).content.decode()


def test_the_german_page_shows_german_date_venue_and_terms(client, locales, site):
    venue = make_venue(name="Maison de l'entreprise", city="Arlon", postcode="6700")
    translate(venue, locales["de"], name="Haus der Unternehmen", access_notes="Parkplatz hinter dem Gebäude.")
    theme = Theme.objects.get(slug="security", locale=locales["fr"])
    year = future_day(12, 3, weekday=1).year  # a Tuesday 3 December
    seminar = make_seminar(start=brussels(year, 12, 3, 18), venue=venue, themes=[theme], status="cancelled")
    german = translate(seminar, locales["de"], title="WLAN absichern", slug="wlan", summary="Sicher im Netz.")
    html = client.get(german.url).content.decode()
    assert f"Dienstag, 3 Dezember {year}" in html.replace(".", "") or f"Dienstag 3 Dezember {year}" in html
    assert "Haus der Unternehmen" in html and "Parkplatz hinter dem Gebäude." in html
    assert "Sicherheit" in html and "Abgesagt" in html


def add_seminar(client, speakers=(), presentations=(), themes=(), **fields):
    """Post the admin's form for a new seminar under the French agenda, with "publish": a scheduled thematic
    seminar without description unless ``fields`` say otherwise."""
    data = nested_form_data(
        {
            "kind": "thematic-seminar",
            "status": "scheduled",
            "description": streamfield([]),
            **fields,
            "speakers": inline_formset(list(speakers)),
            "presentations": inline_formset(list(presentations)),
            "action-publish": "publish",
        }
    )
    if themes:
        data["themes"] = list(themes)
    return client.post(f"/admin/pages/add/agenda/seminarpage/{agenda_page('fr').pk}/", data)


def test_an_editor_creates_a_seminar_in_the_admin(client, site, editor):
    client.force_login(editor)
    venue = make_venue()
    theme = Theme.objects.get(slug="marketing", locale__language_code="fr")
    slides = DocumentFactory(title="Slides marketing")
    year = future_day(5, 14).year
    response = add_seminar(
        client,
        title="Se faire connaître sur les réseaux sociaux",
        slug="reseaux-sociaux",
        summary="Les bases pour une petite entreprise.",
        start=f"{year}-05-14 09:30",
        end=f"{year}-05-14 12:00",
        spoken_language="fr",
        venue=venue.pk,
        online_link="",
        capacity="30",
        registration_deadline=f"{year}-05-10 17:00",
        speakers=[{"name": "Luc Martin", "organisation": "AWT", "bio": "Expert web."}],
        presentations=[{"document": slides.pk, "title": ""}],
        themes=[theme.pk],
    )
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    seminar = SeminarPage.objects.get(slug="reseaux-sociaux", locale__language_code="fr")
    assert seminar.live
    assert seminar.start == brussels(year, 5, 14, 9, 30)
    assert [s.name for s in seminar.speakers.all()] == ["Luc Martin"]
    assert list(seminar.themes.all()) == [theme]
    assert seminar.presentations.get().document == slides


def test_the_admin_refuses_an_end_before_the_start_in_the_editors_language(client, site, editor):
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "de"
    profile.save()
    client.force_login(editor)
    year = future_day(5, 14).year
    response = add_seminar(
        client,
        title="Falsch",
        slug="falsch",
        start=f"{year}-05-14 12:00",
        end=f"{year}-05-14 09:00",
        spoken_language="de",
        online_link="https://meet.example.be/x",
    )
    assert response.status_code == 200
    assert "Die Veranstaltung muss nach ihrem Beginn enden." in response.content.decode()
    assert not SeminarPage.objects.filter(slug="falsch").exists()


def test_an_editor_creates_a_venue_snippet(client, site, editor):
    client.force_login(editor)
    response = client.post(
        "/admin/snippets/agenda/venue/add/",
        {
            "name": "Charleroi Espace Meeting",
            "address": "Rue de la Science 1",
            "postcode": "6000",
            "city": "Charleroi",
            "latitude": "50.4108",
            "longitude": "4.4446",
            "access_notes": "Métro Janson.",
        },
    )
    assert response.status_code == 302
    venue = Venue.objects.get(name="Charleroi Espace Meeting")
    assert venue.locale.language_code == "fr" and venue.city == "Charleroi"


def test_the_sponsor_area_lists_the_seminars_it_supports(client, site):
    from sponsors.models import SponsorPage, SponsorsIndexPage

    supporter = sponsor()
    seminar = make_seminar(title="Séminaire soutenu", sponsor=supporter)
    index = SponsorsIndexPage.objects.get(locale__language_code="fr")
    area = index.add_child(instance=SponsorPage(title="Numérix SA", slug="numerix", sponsor=supporter))
    assert [page.pk for _label, pages in area.supported_pages() for page in pages] == [seminar.pk]
