"""The nightly purge of personal data: every app's own purge command, one after the other.

The commands are listed in ``PERSONAL_DATA_PURGES`` (cms/settings/base.py); each
one is idempotent and keeps its own retention setting. One failing does not
stop the others; the command then exits with an error naming it.
"""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError

from core.tasks import EnqueueableCommand


class Command(EnqueueableCommand):
    help = "Run every purge of personal data (self-diagnostic results, seminar registrations…): the nightly job."

    def handle(self, *args, **options):
        failed = []
        for name in settings.PERSONAL_DATA_PURGES:
            try:
                call_command(name, stdout=self.stdout, stderr=self.stderr)
            except Exception as error:  # the next purge still runs; the failure is reported below
                self.stderr.write(f"{name} failed: {error!r}")
                failed.append(name)
        if failed:
            raise CommandError(f"Failed: {', '.join(failed)}")
