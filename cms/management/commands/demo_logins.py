from django.conf import settings
from django.core.management.base import BaseCommand

from cms.demo import DEMO_PASSWORD, DEMO_USERS


class Command(BaseCommand):
    help = "Print the site and admin addresses and the demo logins."

    def handle(self, *args, **options):
        base = settings.BASE_URL
        lines = [
            "",
            f"  Site:   {base}/fr/  {base}/nl/  {base}/de/",
            f"  Admin:  {base}/admin/",
            f"  API:    {base}/api/v2/pages/?locale=fr",
            f"  Demo logins (password for all: {DEMO_PASSWORD}):",
        ]
        lines += [f"    {username:<16} {description}" for username, *_rest, description in DEMO_USERS]
        self.stdout.write("\n".join(lines) + "\n")
