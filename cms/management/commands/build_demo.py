"""Build the demo content in FR, NL and DE: seeded, reproducible, idempotent.

Runs `setup_site`, creates one demo account per role, then asks each content
app to build its part (`<app>.demo.build`). Running it again creates nothing new.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.utils.module_loading import import_string

from cms.demo import DEMO_PASSWORD, DEMO_USERS
from editorial.sync import automatic_translation_paused, create_missing_drafts

# Each content app's builder, in dependency order (taxonomy before the pages using it).
BUILDERS = [
    "sponsors.demo.build",
    "guides.demo.build",
    "testimonials.demo.build",
    "diagnostic.demo.build",
    "agenda.demo.build",
    "home.demo.build",
]


class Command(BaseCommand):
    help = "Build the demo content in French, Dutch and German (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Run even with DEBUG off.")

    def handle(self, *args, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError("The demo content and its accounts are for development (DEBUG on); use --force.")
        call_command("setup_site", stdout=self.stdout)
        self.ensure_users()
        # Builders record their own reviewed translations; afterwards, French pages they
        # left untranslated get their draft translations like any newly published page.
        with automatic_translation_paused():
            for path in BUILDERS:
                import_string(path)(stdout=self.stdout)
        drafts = create_missing_drafts()
        if drafts:
            self.stdout.write(f"Created {drafts} draft translation(s) waiting for translators")
        self.stdout.write(self.style.SUCCESS("Demo content ready."))

    def ensure_users(self):
        User = get_user_model()
        for username, first_name, last_name, groups, superuser, _description in DEMO_USERS:
            user, created = User.objects.get_or_create(
                username=username,
                defaults={
                    "first_name": first_name,
                    "last_name": last_name,
                    "email": f"{username}@demo.jesuisfantastic.be",
                    "is_superuser": superuser,
                    "is_staff": superuser,
                },
            )
            if created:
                user.set_password(DEMO_PASSWORD)
                user.save()
                user.groups.set(Group.objects.filter(name__in=groups))
                self.stdout.write(f"Created the demo account {username}")
