"""The registration services every way of registering goes through: register, cancel, promote the waitlist.

Every change to a seminar's seats runs in a transaction that first locks the
seminar's row (``select_for_update``): two visitors taking the last seat at the
same moment are served one after the other, so exactly one is confirmed and the
other joins the waitlist. (SQLite has no row locks; it serialises writers itself.)
Each change queues its e-mail (``agenda/notifications.py``) in the same transaction.
The model and the seat counts are in ``agenda/records.py``.
"""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from agenda import notifications
from agenda.choices import Status as SeminarStatus
from agenda.records import (
    ACCEPTING,
    Registration,
    active_registrations,
    registration_state,
    seats_left,
    seminar_pages,
    source_seminar,
    state_message,
)


class RegistrationError(Exception):
    """A registration refused: ``code`` is ``duplicate`` or the seminar's state (``closed``, ``cancelled``…)."""

    def __init__(self, code, message):
        super().__init__(str(message))
        self.code = code
        self.message = message


def _locked(seminar):
    """The seminar's source page, its row locked until the end of the transaction."""
    source = source_seminar(seminar)
    return seminar_pages().select_for_update(of=("self",)).select_related("locale").get(pk=source.pk)


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
    promoted = []
    with transaction.atomic():
        locked = _locked(seminar)
        if locked.status != SeminarStatus.SCHEDULED or locked.start <= timezone.now():
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
