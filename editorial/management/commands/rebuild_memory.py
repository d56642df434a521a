"""Fill the translation memory from every translation reviewers published so far (``editorial.memory``).

Publishing a translation adds it to the memory as it happens; this command is for a site whose
translations were published before the memory existed. Idempotent: a text already remembered is
written again with its reviewed translation, nothing is duplicated.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from editorial.memory import remember_everything


class Command(BaseCommand):
    help = "Fill the translation memory from every published, reviewed translation."

    @transaction.atomic
    def handle(self, *args, **options):
        count = remember_everything()
        self.stdout.write(f"{count} reviewed segment(s) remembered.")
