"""The agenda as iCalendar (RFC 5545): the calendar of the feeds (``agenda/feeds.py``) and of the e-mails.

Times are written in Europe/Brussels with its VTIMEZONE, so calendar clients
show the right hour across daylight-saving changes. A session keeps the same
UID whatever changes (its translation key and language), so a subscribed
calendar updates it instead of adding a copy; a cancelled session is sent
with ``STATUS:CANCELLED``.
"""

from zoneinfo import ZoneInfo

from django.http import HttpResponse
from django.utils import timezone
from django.utils.html import strip_tags
from icalendar import Calendar, Event

from agenda.choices import Status

BRUSSELS = ZoneInfo("Europe/Brussels")
STATUS = {
    Status.SCHEDULED: "CONFIRMED",
    Status.POSTPONED: "TENTATIVE",
    Status.CANCELLED: "CANCELLED",
}


def seminar_event(seminar, request):
    event = Event()
    event.add("uid", f"seminar-{seminar.translation_key}-{seminar.locale.language_code}@jesuisfantastic.be")
    event.add("dtstamp", timezone.now())
    if seminar.last_published_at:
        event.add("last-modified", seminar.last_published_at)
    event.add("dtstart", seminar.start.astimezone(BRUSSELS))
    event.add("dtend", seminar.end.astimezone(BRUSSELS))
    event.add("summary", seminar.title)
    description = seminar.summary or strip_tags(str(seminar.description))[:1000]
    if description:
        event.add("description", description.strip())
    if seminar.location:
        event.add("location", seminar.location)
    venue = seminar.localized_venue
    if venue and venue.latitude is not None and venue.longitude is not None:
        event.add("geo", (float(venue.latitude), float(venue.longitude)))
    url = seminar.get_full_url(request)
    if url:
        event.add("url", url)
    event.add("status", STATUS.get(seminar.status, "CONFIRMED"))
    for theme in seminar.localized_themes:
        event.add("categories", theme.name)
    return event


def calendar_for(seminars, request, name):
    calendar = Calendar()
    calendar.add("prodid", "-//jesuisfantasTIC//Agenda//FR")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Brussels")
    for seminar in seminars:
        calendar.add_component(seminar_event(seminar, request))
    calendar.add_missing_timezones()
    return calendar


def ics_response(calendar, filename):
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
