"""E-mail a reminder to everyone with a confirmed seat in a session that takes place tomorrow.

For the scheduler, once a day (see the README's cron line). Idempotent: each
registration is claimed by setting its ``reminded_at`` with a conditional
update before its e-mail is queued, so a second run — even one running at the
same moment on another server — never sends a second reminder.
"""

import datetime as dt

from django.db import transaction
from django.utils import timezone

from agenda import notifications
from agenda.models import SeminarPage
from agenda.records import Registration
from core.tasks import EnqueueableCommand


def tomorrow_bounds(now=None):
    """Tomorrow in Belgian time, as an interval of aware datetimes."""
    today = timezone.localdate(now or timezone.now())
    start = timezone.make_aware(dt.datetime.combine(today + dt.timedelta(days=1), dt.time.min))
    return start, timezone.make_aware(dt.datetime.combine(today + dt.timedelta(days=2), dt.time.min))


class Command(EnqueueableCommand):
    help = "E-mail a reminder to the confirmed registrants of tomorrow's sessions (never twice)."

    def handle(self, *args, **options):
        start, end = tomorrow_bounds()
        due = Registration.objects.filter(
            status=Registration.Status.CONFIRMED,
            reminded_at__isnull=True,
            anonymised_at__isnull=True,
            seminar__live=True,
            seminar__status=SeminarPage.Status.SCHEDULED,
            seminar__start__gte=start,
            seminar__start__lt=end,
        ).select_related("seminar")
        sent = 0
        for registration in due:
            with transaction.atomic():
                claimed = Registration.objects.filter(pk=registration.pk, reminded_at__isnull=True).update(
                    reminded_at=timezone.now()
                )
                if claimed:
                    notifications.send(registration, "reminder")
                    sent += claimed
        self.stdout.write(f"Queued {sent} reminder(s) for tomorrow's sessions.")
