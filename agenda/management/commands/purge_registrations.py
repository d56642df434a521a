"""Anonymise seminar registrations REGISTRATION_RETENTION_MONTHS after their session ended.

Name, company, e-mail and phone are blanked and ``anonymised_at`` set; the
registration itself stays (its status, language, sector and company size), so
the number of people registered, waitlisted or cancelled per session is kept.
Idempotent: ``manage.py purge_personal_data`` runs it every night with the
other purges (see the README).
"""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from agenda.records import Registration
from diagnostic.records import months_ago


def retention_months():
    return int(getattr(settings, "REGISTRATION_RETENTION_MONTHS", 12))


def anonymise_registrations(months=None, now=None):
    """Blank the personal data of registrations for sessions that ended ``months`` ago or earlier; the count."""
    months = retention_months() if months is None else months
    cutoff = months_ago(now or timezone.now(), months)
    pending = Registration.objects.filter(seminar__end__lte=cutoff, anonymised_at__isnull=True)
    return pending.update(name="", company="", email="", phone="", anonymised_at=timezone.now())


class Command(BaseCommand):
    help = "Anonymise the registrations of sessions that ended more than the retention period ago."

    def add_arguments(self, parser):
        parser.add_argument("--months", type=int, help="Override REGISTRATION_RETENTION_MONTHS for this run.")

    @transaction.atomic
    def handle(self, *args, months=None, **options):
        months = retention_months() if months is None else months
        count = anonymise_registrations(months)
        self.stdout.write(f"Anonymised {count} registration(s) of sessions over for {months} months.")
