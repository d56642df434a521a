"""Blank the e-mail addresses visitors left with their reports, REPORT_EMAIL_RETENTION_DAYS after the report.

The days count from when the report was marked done, or, for a report nobody finished, from when it
was made. The report itself (page, message, status, notes) stays. Idempotent: run it every night
(see the README's cron lines).
"""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db.models import Q
from django.utils import timezone

from feedback.models import Report


class Command(BaseCommand):
    help = "Blank the e-mail addresses of reports done (or made) more than REPORT_EMAIL_RETENTION_DAYS days ago."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, help="Override REPORT_EMAIL_RETENTION_DAYS for this run.")

    def handle(self, *args, days=None, **options):
        days = settings.REPORT_EMAIL_RETENTION_DAYS if days is None else days
        cutoff = timezone.now() - timedelta(days=days)
        done = Q(status=Report.Status.DONE, status_changed_at__lt=cutoff)
        untouched = Q(created_at__lt=cutoff) & ~Q(status=Report.Status.DONE, status_changed_at__gte=cutoff)
        count = (
            Report.objects.exclude(email="").filter(done | untouched).update(email="", email_purged_at=timezone.now())
        )
        self.stdout.write(f"Removed the e-mail address of {count} report(s) older than {days} days.")
