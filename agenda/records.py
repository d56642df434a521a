"""Registrations for a seminar and its seats: the Registration model, seat counts and registration states.

A seminar's translations share one list of seats: every registration points at the
seminar's source-language page (:func:`source_seminar`), whatever language the
visitor registered in (kept in ``language``, for the e-mails).

This module sits below the page (``agenda/models.py`` imports it for its seats and state; the services
that change the seats and e-mail are ``agenda/registrations.py``); Django finds the model through
``agenda.models``.
"""

from django.conf import settings
from django.db import models
from django.db.models.functions import Coalesce, Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from agenda.choices import Status as SeminarStatus
from core.fields import OptionalForeignKey
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
    sector = OptionalForeignKey("taxonomy.Sector", verbose_name=_("sector"))
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


def seminar_pages():
    """``SeminarPage.objects``, reached through the model registrations point at (its module imports this one)."""
    return Registration._meta.get_field("seminar").related_model.objects


def source_seminar(seminar):
    """The page whose registrations the seminar (one of its translations) shares."""
    if seminar.locale.language_code == settings.LANGUAGE_CODE:
        return seminar
    sources = seminar_pages().filter(
        translation_key=seminar.translation_key, locale__language_code=settings.LANGUAGE_CODE
    )
    return sources.select_related("locale").first() or seminar


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
    seminars = list(seminars)
    if not seminars:
        return seminars
    confirmed = models.Count("registrations", filter=models.Q(registrations__status=Registration.Status.CONFIRMED))
    keys = {seminar.translation_key for seminar in seminars}
    sources = (
        seminar_pages()
        .filter(
            models.Q(translation_key__in=keys, locale__language_code=settings.LANGUAGE_CODE)
            | models.Q(pk__in=[seminar.pk for seminar in seminars])
        )
        .annotate(taken=confirmed)
    )
    rows = list(sources.values_list("pk", "translation_key", "locale__language_code", "capacity", "taken"))
    by_key = {key: (capacity, taken) for _pk, key, code, capacity, taken in rows if code == settings.LANGUAGE_CODE}
    by_pk = {pk: (capacity, taken) for pk, _key, _code, capacity, taken in rows}
    for seminar in seminars:
        capacity, taken = by_key.get(seminar.translation_key) or by_pk[seminar.pk]  # no source: its own seats
        seminar.prefetched_seats_left = None if capacity is None else max(capacity - taken, 0)
    return seminars


def registration_state(seminar, now=None):
    """``open``, ``full`` (waitlist open), ``closed`` (deadline), ``cancelled``, ``postponed`` or ``started``."""
    now = now or timezone.now()
    if seminar.status == SeminarStatus.CANCELLED:
        return CANCELLED
    if seminar.status == SeminarStatus.POSTPONED:
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


def with_waitlist_position(registrations):
    """``registrations`` with each one's ``position`` on its seminar's waitlist (1 for the first person
    waiting; ``None`` for the others), whatever else the queryset leaves out."""
    waiting = Registration.Status.WAITLISTED
    ahead = (
        Registration.objects.filter(seminar_id=models.OuterRef("seminar_id"), status=waiting)
        .filter(
            models.Q(created_at__lt=models.OuterRef("created_at"))
            | models.Q(created_at=models.OuterRef("created_at"), pk__lt=models.OuterRef("pk"))
        )
        .values("seminar_id")
        .annotate(count=models.Count("pk"))
        .values("count")
    )
    return registrations.annotate(
        position=models.Case(
            models.When(status=waiting, then=Coalesce(models.Subquery(ahead), 0) + 1),
            default=None,
            output_field=models.IntegerField(),
        )
    )


def waitlist_position(registration):
    """1 for the first person waiting; ``None`` unless the registration is on the waitlist."""
    registrations = with_waitlist_position(Registration.objects.filter(pk=registration.pk))
    return registrations.values_list("position", flat=True)[0]
