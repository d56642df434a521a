"""The agenda as iCalendar (RFC 5545): a subscribable feed and one file per seminar.

Times are written in Europe/Brussels with its VTIMEZONE, so calendar clients
show the right hour across daylight-saving changes. A session keeps the same
UID whatever changes (its translation key and language), so a subscribed
calendar updates it instead of adding a copy; a cancelled session is sent
with ``STATUS:CANCELLED``.
"""

from zoneinfo import ZoneInfo

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.html import strip_tags
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe
from icalendar import Calendar, Event
from wagtail.api.v2.utils import BadRequestError
from wagtail.models import Locale

from agenda.filters import FILTERS, SeminarFilterForm
from agenda.models import SeminarPage
from core.endpoints import LOCALE, error_response, public_pages, whole_number
from taxonomy.localization import localize_links

BRUSSELS = ZoneInfo("Europe/Brussels")
STATUS = {
    SeminarPage.Status.SCHEDULED: "CONFIRMED",
    SeminarPage.Status.POSTPONED: "TENTATIVE",
    SeminarPage.Status.CANCELLED: "CANCELLED",
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


def site_seminars(request):
    """Live public seminars of the request's site, in every language, as the API lists pages.

    A host no site answers for gets no seminar (an empty calendar, a 404 for one session), like the API.
    """
    return public_pages(request, SeminarPage)


# Public and read-only like the rest of the API: no CSRF check (another method is a 405, not a 403).
@csrf_exempt
@require_safe
def feed(request):
    """``/api/v2/agenda.ics``: the upcoming sessions (``?past=true`` for past ones), with the API's filters."""
    try:
        for parameter in (LOCALE, *FILTERS):
            parameter.check(request.GET)
    except BadRequestError as error:
        return error_response(400, str(error))
    code = request.GET.get("locale") or settings.LANGUAGE_CODE
    locale = Locale.objects.get(language_code=code)
    # Error messages in the client's language; the calendar in the requested one.
    form = SeminarFilterForm(request.GET, locale=locale, with_dates=True)
    if not form.is_valid():
        return error_response(400, form.error_message())
    with translation.override(code):
        seminars = site_seminars(request).filter(locale=locale).for_listing()
        past = request.GET.get("past", "").lower() in ("1", "true", "yes")
        seminars = form.apply(seminars.past() if past else seminars.upcoming())
        seminars = localize_links(seminars[:500])
        calendar = calendar_for(seminars, request, f"jesuisfantasTIC — {translation.gettext('Agenda')}")
    return ics_response(calendar, "agenda.ics")


@csrf_exempt
@require_safe
def seminar(request, pk):
    """``/api/v2/agenda/<id>.ics``: one session, to add to a calendar."""
    # An id beyond the database's integers names no session (SQLite raised OverflowError: a 500).
    page = site_seminars(request).for_listing().filter(pk=pk).first() if whole_number(pk) is not None else None
    if page is None:
        return error_response(404)
    with translation.override(page.locale.language_code):
        [page] = localize_links([page])
        calendar = calendar_for([page], request, page.title)
    return ics_response(calendar, f"{page.slug}.ics")
