"""Build the demo content in FR, NL and DE: seeded, reproducible, idempotent.

Runs `setup_site`, creates one demo account per role, then builds each content type from its data file
in the top-level ``demo/`` folder (read by ``core.demo``): the guides through the guide importer, the other types
through their app's builder (`<app>.demo.build`). Running it again creates only what is missing and
leaves alone whatever people changed.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.utils.module_loading import import_string

from cms.demo import DEMO_PASSWORD, DEMO_USERS
from core.demo import demo_data
from editorial.roles import give_admin_language
from editorial.sync import automatic_translation_paused, create_missing_drafts

# Each content type's builder and its data file in demo/, in dependency order (sponsors before the guides
# they credit, guides before the pages linking to them).
BUILDERS = [
    ("sponsors.demo.build", "sponsors.yaml"),
    ("cms.demo.build_guides", "guides.jsonl"),
    ("testimonials.demo.build", "testimonials.yaml"),
    ("diagnostic.demo.build", "diagnostic.yaml"),
    ("agenda.demo.build", "agenda.yaml"),
    ("home.demo.build", "pages.yaml"),
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
            for path, data in BUILDERS:
                import_string(path)(demo_data(data), stdout=self.stdout)
        drafts = create_missing_drafts()
        if drafts:
            self.stdout.write(f"Created {drafts} draft translation(s) waiting for translators")
        self.stdout.write(self.style.SUCCESS("Demo content ready."))

    def ensure_users(self):
        User = get_user_model()
        for username, first_name, last_name, groups, superuser, language, _description in DEMO_USERS:
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
            # Each role's account opens the admin in its language; a language its user chose is kept.
            give_admin_language(user, language)
