"""Registrations for a seminar: confirmed seats up to its capacity, then a waitlist.

A seminar's translations share one list of seats: every registration points at the
seminar's source-language page (:func:`source_seminar`), whatever language the
visitor registered in (kept in ``language``, for the e-mails).

Every change to a seminar's seats runs in a transaction that first locks the
seminar's row (``select_for_update``): two visitors taking the last seat at the
same moment are served one after the other, so exactly one is confirmed and the
other joins the waitlist. (SQLite has no row locks; it serialises writers itself.)
"""

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from diagnostic.profile import SIZE_BANDS

# What a seminar's registration form can do now (``registration_state``).
OPEN = "open"
FULL = "full"  # every seat is taken: new registrations join the waitlist
CLOSED = "closed"  # the registration deadline has passed
CANCELLED = "cancelled"
POSTPONED = "postponed"
STARTED = "started"
ACCEPTING = (OPEN, FULL)


class Registration(models.Model):
    """One person's registration for a seminar, in the seminar's source language."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        WAITLISTED = "waitlisted", _("On the waitlist")
        CANCELLED = "cancelled", _("Cancelled")

    seminar = models.ForeignKey(
        "agenda.SeminarPage", verbose_name=_("seminar"), on_delete=models.CASCADE, related_name="registrations"
    )
    name = models.CharField(_("name"), max_length=150)
    company = models.CharField(_("company"), max_length=150)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    sector = models.ForeignKey(
        "taxonomy.Sector", verbose_name=_("sector"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    company_size = models.CharField(_("company size"), max_length=20, choices=SIZE_BANDS)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.CONFIRMED)
    created_at = models.DateTimeField(_("registered at"), default=timezone.now, db_index=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("reminded at"), null=True, blank=True)
    anonymised_at = models.DateTimeField(_("anonymised at"), null=True, blank=True)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                "seminar",
                Lower("email"),
                # Anonymised registrations have no address left: they are not duplicates of one another.
                condition=~models.Q(status="cancelled") & models.Q(anonymised_at__isnull=True),
                name="agenda_registration_one_per_email",
                violation_error_message=_("This e-mail address is already registered for this session."),
            )
        ]

    def __str__(self):
        return f"{self.name} — {self.seminar}"

    @property
    def is_active(self):
        return self.status != self.Status.CANCELLED


class RegistrationError(Exception):
    """A registration refused: ``code`` is ``duplicate`` or the seminar's state (``closed``, ``cancelled``…)."""

    def __init__(self, code, message):
        super().__init__(str(message))
        self.code = code
        self.message = message


def source_seminar(seminar):
    """The page whose registrations the seminar (one of its translations) shares."""
    from agenda.models import SeminarPage

    if seminar.locale.language_code == settings.LANGUAGE_CODE:
        return seminar
    sources = SeminarPage.objects.filter(
        translation_key=seminar.translation_key, locale__language_code=settings.LANGUAGE_CODE
    )
    return sources.select_related("locale").first() or seminar


def _locked(seminar):
    """The seminar's source page, its row locked until the end of the transaction."""
    from agenda.models import SeminarPage

    source = source_seminar(seminar)
    return SeminarPage.objects.select_for_update(of=("self",)).select_related("locale").get(pk=source.pk)


def active_registrations(seminar):
    return Registration.objects.filter(seminar=source_seminar(seminar)).exclude(status=Registration.Status.CANCELLED)


def seats_left(seminar):
    """Free seats, or ``None`` when the seminar has no capacity (no limit)."""
    if hasattr(seminar, "prefetched_seats_left"):  # a listing's, in bulk (prefetch_seats_left)
        return seminar.prefetched_seats_left
    source = source_seminar(seminar)
    if source.capacity is None:
        return None
    taken = Registration.objects.filter(seminar=source, status=Registration.Status.CONFIRMED).count()
    return max(source.capacity - taken, 0)


def prefetch_seats_left(seminars):
    """Set the seats left of each seminar of a listing (any language) in one query, whatever their number."""
    from agenda.models import SeminarPage

    seminars = list(seminars)
    if not seminars:
        return seminars
    confirmed = models.Count("registrations", filter=models.Q(registrations__status=Registration.Status.CONFIRMED))
    keys = {seminar.translation_key for seminar in seminars}
    sources = SeminarPage.objects.filter(
        models.Q(translation_key__in=keys, locale__language_code=settings.LANGUAGE_CODE)
        | models.Q(pk__in=[seminar.pk for seminar in seminars])
    ).annotate(taken=confirmed)
    rows = list(sources.values_list("pk", "translation_key", "locale__language_code", "capacity", "taken"))
    by_key = {key: (capacity, taken) for _pk, key, code, capacity, taken in rows if code == settings.LANGUAGE_CODE}
    by_pk = {pk: (capacity, taken) for pk, _key, _code, capacity, taken in rows}
    for seminar in seminars:
        capacity, taken = by_key.get(seminar.translation_key) or by_pk[seminar.pk]  # no source: its own seats
        seminar.prefetched_seats_left = None if capacity is None else max(capacity - taken, 0)
    return seminars


def registration_state(seminar, now=None):
    """``open``, ``full`` (waitlist open), ``closed`` (deadline), ``cancelled``, ``postponed`` or ``started``."""
    from agenda.models import SeminarPage

    now = now or timezone.now()
    if seminar.status == SeminarPage.Status.CANCELLED:
        return CANCELLED
    if seminar.status == SeminarPage.Status.POSTPONED:
        return POSTPONED
    if seminar.start <= now:
        return STARTED
    if seminar.registration_deadline and seminar.registration_deadline <= now:
        return CLOSED
    if seats_left(seminar) == 0:
        return FULL
    return OPEN


def state_message(state):
    """Why a seminar takes no registration, in the active language."""
    return {
        CANCELLED: _("This session is cancelled: registration is closed."),
        POSTPONED: _("This session is postponed: registration will open again with its new date."),
        STARTED: _("This session has started: registration is closed."),
        CLOSED: _("The registration deadline has passed."),
    }.get(state, "")


DUPLICATE = _("This e-mail address is already registered for this session.")


def _email_taken(seminar, email):
    return active_registrations(seminar).filter(email__iexact=email).exists()


def register(seminar, data, language):
    """Register someone for ``seminar`` (any of its translations) in ``language``; returns the registration.

    ``data``: ``name``, ``company``, ``email``, ``phone`` (optional), ``sector`` (a Sector or None),
    ``company_size`` (a SIZE_BANDS code) — validated by the caller (the form, the API).
    Confirmed while seats are left, waitlisted beyond. Raises :class:`RegistrationError` when
    registration is closed or the e-mail address is already registered. The confirmation (or
    waitlist) e-mail is queued in the same transaction.
    """
    from agenda import notifications

    with transaction.atomic():
        locked = _locked(seminar)
        state = registration_state(locked)
        if state not in ACCEPTING:
            raise RegistrationError(state, state_message(state))
        email = data["email"].strip()
        if _email_taken(locked, email):
            raise RegistrationError("duplicate", DUPLICATE)
        left = seats_left(locked)
        registration = Registration(
            seminar=locked,
            name=data["name"].strip(),
            company=data["company"].strip(),
            email=email,
            phone=(data.get("phone") or "").strip(),
            sector=data.get("sector"),
            company_size=data["company_size"],
            language=language,
            status=Registration.Status.CONFIRMED if left is None or left > 0 else Registration.Status.WAITLISTED,
        )
        try:
            with transaction.atomic():
                registration.save()
        except IntegrityError as error:  # the same address, registered at the same moment
            raise RegistrationError("duplicate", DUPLICATE) from error
        notifications.registered(registration)
    return registration


def cancel(registration):
    """Cancel a registration (again: nothing happens); a freed seat goes to the first person waiting."""
    from agenda import notifications

    with transaction.atomic():
        locked = _locked(registration.seminar)
        current = Registration.objects.select_for_update().get(pk=registration.pk)
        if current.status == Registration.Status.CANCELLED:
            registration.refresh_from_db()
            return registration
        current.status = Registration.Status.CANCELLED
        current.cancelled_at = timezone.now()
        current.save(update_fields=["status", "cancelled_at"])
        notifications.cancelled(current)
        promote_waitlist(locked)
    registration.refresh_from_db()
    return registration


def promote_waitlist(seminar):
    """Give the free seats to the people waiting, first come first served; each is e-mailed.

    Returns the promoted registrations. Nobody is promoted into a cancelled, postponed or
    started session. Call it too when an organiser raises the capacity.
    """
    from agenda import notifications
    from agenda.models import SeminarPage

    promoted = []
    with transaction.atomic():
        locked = _locked(seminar)
        if locked.status != SeminarPage.Status.SCHEDULED or locked.start <= timezone.now():
            return promoted
        left = seats_left(locked)
        waiting = Registration.objects.filter(seminar=locked, status=Registration.Status.WAITLISTED)
        if left is not None:
            waiting = waiting[:left]
        for registration in waiting:
            registration.status = Registration.Status.CONFIRMED
            registration.save(update_fields=["status"])
            notifications.promoted(registration)
            promoted.append(registration)
    return promoted


def waitlist_position(registration):
    """1 for the first person waiting; ``None`` unless the registration is on the waitlist."""
    if registration.status != Registration.Status.WAITLISTED:
        return None
    ahead = Registration.objects.filter(seminar_id=registration.seminar_id, status=Registration.Status.WAITLISTED)
    ahead = ahead.filter(
        models.Q(created_at__lt=registration.created_at)
        | models.Q(created_at=registration.created_at, pk__lt=registration.pk)
    )
    return ahead.count() + 1
