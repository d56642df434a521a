"""The demo agenda: twelve sessions in six Walloon cities, past ones with slides, in FR/NL/DE, idempotent."""

import io

from django.utils import timezone
from icalendar import Calendar
from wagtail.documents import get_document_model
from wagtail.models import Page

from agenda import demo
from agenda.models import SeminarPage, Venue
from core.demo import demo_data


def snapshot():
    return Page.objects.count(), Venue.objects.count(), get_document_model().objects.count()


def test_the_demo_agenda_has_past_and_upcoming_sessions_in_six_cities_and_three_languages(demo_content, client):
    now = timezone.now()
    french = SeminarPage.objects.live().filter(locale__language_code="fr")
    assert french.count() == 12
    assert {s.venue.city for s in french if s.venue} == {"Namur", "Liège", "Charleroi", "Mons", "Arlon", "Wavre"}
    past = [s for s in french if s.end < now]
    assert len(past) == 6 and all(s.presentations.exists() for s in past)
    assert all(
        p.document.file_size and p.document.file.read(5) == b"%PDF-" for s in past for p in s.presentations.all()
    )
    for code in ("nl", "de"):
        assert SeminarPage.objects.live().filter(locale__language_code=code).count() == 12
        assert Venue.objects.filter(locale__language_code=code).count() == 6
    german = translation_of("logiciels-libres-au-bureau", "de")
    assert german.slug == "freie-software-im-buro"  # its own slug, from its title
    assert german.title == "Freie Software im Büro" and german.spoken_language == "de"
    assert german.speakers.get().bio.startswith("Installiert seit 2012")
    html = client.get(german.get_parent().url, {"archive": "1"}).content.decode()
    assert "Freie Software im Büro" in html and "Präsentation" not in html and ".pdf" in html
    feed = Calendar.from_ical(client.get("/api/v2/agenda.ics", {"locale": "nl"}).content)
    assert len(feed.walk("VEVENT")) == 6


def translation_of(slug, language):
    """The demo session ``slug`` (the French page's slug) in ``language``."""
    french = SeminarPage.objects.get(locale__language_code="fr", slug=slug)
    return SeminarPage.objects.get(locale__language_code=language, translation_key=french.translation_key)


def test_each_speaker_of_a_translated_session_has_their_own_bio(demo_content):
    """Speakers are matched to their data by name: rows come back from the database in no set order."""
    speakers = {speaker["name"]: speaker["bio"] for speaker in demo_data("agenda.yaml")["speakers"].values()}
    for language in ("fr", "nl", "de"):
        for slug in ("chantier-connecte", "horeca-reservations-avis"):
            seminar = translation_of(slug, language)
            shown = {speaker.name: speaker.bio for speaker in seminar.speakers.all()}
            assert len(shown) == 2
            assert shown == {name: speakers[name][language] for name in shown}


def test_building_the_demo_twice_creates_nothing_more(demo_content):
    # The run's demo is the first build (tests/demo_snapshot.py); this is the second.
    before = snapshot()
    demo.build(demo_data("agenda.yaml"), io.StringIO())
    assert snapshot() == before


def test_the_demo_has_a_session_that_takes_registrations(demo_content, client):
    """`make api-fuzz` sends its registrations there (bin/api-fuzz): without one, they could reach no form."""
    session = demo.open_session()
    assert session is not None and session.start > timezone.now()
    response = client.post(
        f"/api/v2/agenda/{session.pk}/registrations/",
        {"name": "Zoë D’Hondt", "email": "zoe@example.be", "company": "Brasserie « L’Écluse » 🍺",
         "sector": "horeca-tourism", "company_size": "micro", "consent": True},
        content_type="application/json",
    )  # fmt: skip
    assert response.status_code == 201, response.content


def test_the_demo_advice_slot_is_full_with_two_people_waiting(demo_content, client):
    from agenda.records import Registration, waitlist_position

    demo.build(demo_data("agenda.yaml"), io.StringIO())  # again, on the built demo: nobody is registered twice
    seminar = SeminarPage.objects.get(locale__language_code="fr", slug=demo_data("agenda.yaml")["full_seminar"])
    assert seminar.registration_state == "full"
    waiting = Registration.objects.filter(seminar=seminar, status="waitlisted")
    assert Registration.objects.filter(seminar=seminar, status="confirmed").count() == seminar.capacity
    assert [waitlist_position(r) for r in waiting] == [1, 2]
    dutch = translation_of(demo_data("agenda.yaml")["full_seminar"], "nl")
    html = client.get(dutch.url).content.decode()
    assert "Alle plaatsen zijn bezet" in html
