import time

from django.core.management.base import BaseCommand

from editorial.webhooks import drain


class Command(BaseCommand):
    help = "Send the webhook deliveries that are due (once, or with --loop until stopped)."

    def add_arguments(self, parser):
        parser.add_argument("--loop", action="store_true", help="Keep running, looking for due deliveries.")
        parser.add_argument("--interval", type=float, default=5.0, help="Seconds between two looks (with --loop).")

    def handle(self, *args, loop=False, interval=5.0, **options):
        while True:
            sent = drain()
            if sent:
                self.stdout.write(f"{sent} delivery attempt(s).")
            if not loop:
                return
            time.sleep(interval)
