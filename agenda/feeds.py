"""The agenda's iCalendar feeds: a subscribable feed of the sessions and one file per seminar (``agenda/ical.py``)."""

from django.conf import settings
from django.utils import translation
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe
from wagtail.api.v2.utils import BadRequestError
from wagtail.models import Locale

from agenda.filters import FILTERS, SeminarFilterForm
from agenda.ical import calendar_for, ics_response
from agenda.models import SeminarPage
from core.endpoints import LOCALE, error_response, public_pages
from core.numbers import whole_number
from taxonomy.localization import localize_links


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
