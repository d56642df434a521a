"""The iCalendar feed and per-seminar files: valid RFC 5545 a calendar application can subscribe to."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from wagtail.models import Site

from tests.factories import agenda_page, brussels, days, future_day, make_seminar, make_venue, translate


def parse(response):
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def events(calendar):
    return list(calendar.walk("VEVENT"))


@pytest.fixture
def summer_year():
    return future_day(7, 3).year


@pytest.fixture
def seminars(site, summer_year):
    venue = make_venue(name="Maison de l'entreprise", address="Rue Godefroid 5", postcode="5000", city="Namur")
    summer = make_seminar(
        title="Sécuriser le Wi-Fi",
        start=brussels(summer_year, 7, 3, 9, 30),
        end=brussels(summer_year, 7, 3, 12),
        venue=venue,
    )
    online = make_seminar(
        title="Webinaire facturation", start=brussels(summer_year, 12, 2, 14),
        end=brussels(summer_year, 12, 2, 15, 30),
        venue=None, online_link="https://meet.example.be/facture", status="cancelled",
    )  # fmt: skip
    past = make_seminar(title="L'an dernier", start=days(-300))
    return {"summer": summer, "online": online, "past": past}


def test_the_feed_is_valid_icalendar_with_the_brussels_time_zone(client, seminars, summer_year):
    calendar = parse(client.get("/api/v2/agenda.ics"))
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    [timezone] = calendar.walk("VTIMEZONE")
    assert timezone["TZID"] == "Europe/Brussels"
    assert [str(e["SUMMARY"]) for e in events(calendar)] == ["Sécuriser le Wi-Fi", "Webinaire facturation"]
    first = events(calendar)[0]
    assert first["DTSTART"].params["TZID"] == "Europe/Brussels"
    assert first["DTSTART"].dt == dt.datetime(summer_year, 7, 3, 9, 30, tzinfo=ZoneInfo("Europe/Brussels"))
    assert first["DTEND"].dt.hour == 12
    assert (
        f"DTSTART;TZID=Europe/Brussels:{summer_year}0703T093000" in client.get("/api/v2/agenda.ics").content.decode()
    )


def test_location_url_uid_and_cancelled_status(client, seminars):
    summer, online = events(parse(client.get("/api/v2/agenda.ics")))
    assert str(summer["LOCATION"]) == "Maison de l'entreprise, Rue Godefroid 5, 5000 Namur"
    assert str(summer["URL"]) == seminars["summer"].get_full_url()
    assert str(summer["URL"]).startswith("http://testserver/fr/agenda/")
    assert str(summer["STATUS"]) == "CONFIRMED"
    assert str(online["LOCATION"]) == "https://meet.example.be/facture"
    assert str(online["STATUS"]) == "CANCELLED"
    again = events(parse(client.get("/api/v2/agenda.ics")))
    assert [str(e["UID"]) for e in again] == [str(summer["UID"]), str(online["UID"])]
    assert summer["UID"] != online["UID"]


def test_the_feed_takes_the_agenda_filters(client, seminars):
    assert [str(e["SUMMARY"]) for e in events(parse(client.get("/api/v2/agenda.ics", {"city": "Namur"})))] == [
        "Sécuriser le Wi-Fi"
    ]
    past = events(parse(client.get("/api/v2/agenda.ics", {"past": "true"})))
    assert [str(e["SUMMARY"]) for e in past] == ["L'an dernier"]
    assert client.get("/api/v2/agenda.ics", {"kind": "party"}).status_code == 400


def test_one_file_per_seminar(client, seminars, summer_year):
    seminar = seminars["online"]
    response = client.get(f"/api/v2/agenda/{seminar.pk}.ics")
    [event] = events(parse(response))
    assert str(event["SUMMARY"]) == "Webinaire facturation"
    assert str(event["STATUS"]) == "CANCELLED"
    assert event["DTSTART"].dt == brussels(summer_year, 12, 2, 14)  # winter time, +01:00
    assert 'filename="' in response["Content-Disposition"]
    assert client.get("/api/v2/agenda/999999.ics").status_code == 404


def test_a_draft_has_no_calendar_file(client, site):
    draft = make_seminar(publish=False)
    assert client.get(f"/api/v2/agenda/{draft.pk}.ics").status_code == 404


def test_the_dutch_feed_has_dutch_titles_venue_and_urls(client, locales, site):
    venue = make_venue()
    translate(venue, locales["nl"], name="Ondernemershuis", access_notes="Vlak bij het station.")
    seminar = make_seminar(title="Wi-Fi", start=days(30), venue=venue)
    dutch = translate(seminar, locales["nl"], title="Wifi beveiligen", slug="wifi-beveiligen")
    [event] = events(parse(client.get("/api/v2/agenda.ics", {"locale": "nl"})))
    assert str(event["SUMMARY"]) == "Wifi beveiligen"
    assert str(event["LOCATION"]).startswith("Ondernemershuis, Rue Godefroid 5")
    assert str(event["URL"]) == dutch.get_full_url() and "/nl/" in str(event["URL"])
    assert agenda_page("nl").url in str(event["URL"])


def test_a_host_no_site_answers_for_gets_no_seminar_like_the_api(client, seminars):
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.is_default_site = "localhost", False
    site.save()
    # The calendar answers as the API does: nothing from a site the host is not (before: the first
    # default site, or an error when there was none).
    assert events(parse(client.get("/api/v2/agenda.ics", HTTP_HOST="testserver"))) == []
    assert client.get(f"/api/v2/agenda/{seminars['summer'].pk}.ics", HTTP_HOST="testserver").status_code == 404
    assert client.get("/api/v2/guides/", HTTP_HOST="testserver").json()["items"] == []
    # The site's own host still gets its seminars.
    assert len(events(parse(client.get("/api/v2/agenda.ics", HTTP_HOST="localhost")))) == 2
