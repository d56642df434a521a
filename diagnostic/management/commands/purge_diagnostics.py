"""Anonymise (or delete) self-diagnostic results older than DIAGNOSTIC_RETENTION_MONTHS.

Anonymising keeps the scores, sector and size band for statistics and drops
the private link (token), the link to the previous result, the province and
any contact details given with consent. ``--delete`` removes the results
instead. Idempotent: run it daily (see the README's cron line).
"""

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from diagnostic.records import DiagnosticResult, months_ago, retention_months


class Command(BaseCommand):
    help = "Anonymise (or with --delete, delete) self-diagnostic results older than the retention period."

    def add_arguments(self, parser):
        parser.add_argument("--delete", action="store_true", help="Delete old results instead of anonymising them.")
        parser.add_argument("--months", type=int, help="Override DIAGNOSTIC_RETENTION_MONTHS for this run.")

    @transaction.atomic
    def handle(self, *args, delete=False, months=None, **options):
        months = retention_months() if months is None else months
        cutoff = months_ago(timezone.now(), months)
        old = DiagnosticResult.objects.older_than(cutoff)
        if delete:
            # Newer results pointing to these lose their "previous" link (SET_NULL).
            _total, by_model = old.delete()
            count = by_model.get(DiagnosticResult._meta.label, 0)
            self.stdout.write(f"Deleted {count} result(s) older than {months} months.")
            return
        pending = old.filter(anonymised_at__isnull=True)
        # Newer results of the same visitor must not lead to an anonymised one.
        DiagnosticResult.objects.filter(previous__in=pending).update(previous=None)
        count = pending.update(
            token=None, previous=None, province="", contact_name="", contact_email="", anonymised_at=timezone.now()
        )
        self.stdout.write(f"Anonymised {count} result(s) older than {months} months.")
