"""The e-mails a registrant receives, each in the registrant's language, queued through ``core.tasks``.

Confirmation (with the session's ``.ics`` and the signed cancellation link), waitlist,
promotion from the waitlist, cancellation, change notice (the session is cancelled,
postponed or moved) and the reminder the day before.
"""

from urllib.parse import urlsplit

from django.core import signing
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from agenda.ical import calendar_for
from agenda.records import Registration, seminar_pages, waitlist_position
from core.tasks import queue_email

CANCEL_SALT = "agenda.registration.cancel"
# A cancellation link is valid long enough to cover any session's registration period.
CANCEL_LINK_MAX_AGE = 60 * 60 * 24 * 400


def cancel_token(registration):
    return signing.dumps(registration.pk, salt=CANCEL_SALT)


def registration_for_token(token):
    """The registration a cancellation link names; ``None`` for a link that is tampered with, expired or gone."""
    try:
        pk = signing.loads(token, salt=CANCEL_SALT, max_age=CANCEL_LINK_MAX_AGE)
    except signing.BadSignature:
        return None
    return Registration.objects.select_related("seminar").filter(pk=pk, anonymised_at__isnull=True).first()


def seminar_in(seminar, language):
    """The seminar's page in ``language`` when it is published in it, else the seminar itself."""
    page = seminar_pages().live().filter(translation_key=seminar.translation_key, locale__language_code=language)
    return page.select_related("locale", "venue").first() or seminar


def _site_root(page):
    url = page.get_full_url() or ""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.netloc else ""


def cancel_url(registration, page=None):
    """The absolute, signed link that cancels the registration, in the registrant's language."""
    page = page or seminar_in(registration.seminar, registration.language)
    with translation.override(registration.language):
        path = reverse("agenda-registration-cancel", args=[cancel_token(registration)])
    return _site_root(page) + path


def seminar_ics(page):
    """The session as an iCalendar file (METHOD:PUBLISH, Europe/Brussels), like the agenda's own ``.ics``."""
    return calendar_for([page], None, page.title).to_ical().decode()


SUBJECTS = {
    "confirmed": lambda: _("Registration confirmed: %(title)s"),
    "waitlisted": lambda: _("You are on the waitlist: %(title)s"),
    "promoted": lambda: _("A seat is yours: %(title)s"),
    "cancelled": lambda: _("Registration cancelled: %(title)s"),
    "seminar-cancelled": lambda: _("Session cancelled: %(title)s"),
    "seminar-postponed": lambda: _("Session postponed: %(title)s"),
    "seminar-changed": lambda: _("Session changed: %(title)s"),
    "reminder": lambda: _("Tomorrow: %(title)s"),
}
# The messages that carry the session's calendar file.
WITH_CALENDAR = {"confirmed", "promoted", "seminar-changed", "reminder"}


def send(registration, kind):
    """Queue the ``kind`` message to the registrant."""
    with translation.override(registration.language):
        page = seminar_in(registration.seminar, registration.language)
        context = {
            "kind": kind,
            "registration": registration,
            "seminar": page,
            "start": timezone.localtime(page.start),
            "end": timezone.localtime(page.end),
            "position": waitlist_position(registration),
            "cancel_url": cancel_url(registration, page) if registration.is_active else "",
            "page_url": page.get_full_url(),
        }
        subject = SUBJECTS[kind]() % {"title": page.title}
        body = render_to_string("agenda/emails/registration.txt", context)
        attachments = [(f"{page.slug}.ics", seminar_ics(page), "text/calendar")] if kind in WITH_CALENDAR else []
    return queue_email(registration.email, subject, body, attachments=attachments)


def registered(registration):
    send(registration, "confirmed" if registration.status == registration.Status.CONFIRMED else "waitlisted")


def promoted(registration):
    send(registration, "promoted")


def cancelled(registration):
    send(registration, "cancelled")
