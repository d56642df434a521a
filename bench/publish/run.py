"""How long an editor waits for "Publish" on a French guide, with machine translation configured.

``make bench-publish``. A fresh SQLite database (``setup_site``), a DeepL-compatible
HTTP server on 127.0.0.1 that answers each translation request after
``BENCH_TRANSLATOR_SECONDS`` (1 s), and the product's settings otherwise. Each
round publishes a new guide as the admin's Publish button does
(``revision.publish()``: Wagtail's publish signals and everything connected to
them) and times it, in two configurations:

- ``immediate``: background tasks run inside the request (``TASKS_BACKEND=immediate``,
  as every publication ran before the task framework took this work);
- ``database``: the default, tasks queued in the database; the worker's time to
  do the queued work afterwards (``manage.py db_worker --batch``) is printed too.

Prints a Markdown table (docs/tasks.md quotes it).
"""

import contextlib
import io
import json
import os
import platform
import statistics
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "5"))
DELAY = float(os.environ.get("BENCH_TRANSLATOR_SECONDS", "1"))


class FakeDeepL(BaseHTTPRequestHandler):
    """POST /v2/translate as DeepL answers it, after DELAY seconds; the "translation" is the text in brackets."""

    calls = 0

    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        fields = parse_qs(self.rfile.read(length).decode())
        time.sleep(DELAY)
        type(self).calls += 1
        target = fields.get("target_lang", ["?"])[0]
        body = json.dumps({"translations": [{"text": f"[{target}] {text}"} for text in fields.get("text", [])]})
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body.encode())

    def log_message(self, *args):
        pass


def main():
    workdir = Path(tempfile.mkdtemp(prefix="bench-publish-"))
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir / 'db.sqlite3'}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    os.environ["TASKS_BACKEND"] = "database"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command
    from django.test.utils import override_settings
    from wagtail.models import Page

    from guides.models import GuideIndexPage, GuidePage

    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeDeepL)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    translator = {
        "CLASS": "bench.publish.translator.LocalDeepL",
        "OPTIONS": {"AUTH_KEY": "bench", "URL": f"http://127.0.0.1:{server.server_address[1]}/v2/translate"},
    }

    def run_worker():
        with contextlib.suppress(SystemExit):  # the worker may end its batch with SystemExit(0)
            call_command(
                "db_worker", "--backend=background", "--batch", "--no-startup-delay", "--no-reload", verbosity=0
            )

    call_command("migrate", verbosity=0)
    with contextlib.redirect_stdout(io.StringIO()):
        call_command("setup_site", verbosity=0)
        run_worker()  # what setting up the site queued (search indexing)
    index = GuideIndexPage.objects.get(locale__language_code="fr")
    immediate = {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}
    database = {"BACKEND": "django_tasks_db.DatabaseBackend"}
    results = {}
    for mode, backend in (("immediate", immediate), ("database", database)):
        waits, workers, calls = [], [], []
        with override_settings(
            WAGTAILLOCALIZE_MACHINE_TRANSLATOR=translator,
            TASKS={"default": immediate, "background": backend},
            EMAIL_DELIVERY_BACKEND="django.core.mail.backends.locmem.EmailBackend",
        ):
            for number in range(ROUNDS):
                guide = index.add_child(
                    instance=GuidePage(
                        title=f"Fiche {mode} {number}",
                        slug=f"fiche-{mode}-{number}",
                        summary=f"Résumé de la fiche {number} : sécuriser le Wi-Fi de la boutique.",
                        body=[
                            {"type": "heading", "value": f"Pourquoi ({number})"},
                            {
                                "type": "paragraph",
                                "value": f"<p>Un mot de passe solide protège la caisse ({number}).</p>",
                            },
                        ],
                        live=False,
                    )
                )
                revision = guide.save_revision()
                FakeDeepL.calls = 0
                started = time.perf_counter()
                revision.publish()
                waits.append(time.perf_counter() - started)
                started = time.perf_counter()
                if mode == "database":
                    run_worker()
                workers.append(time.perf_counter() - started)
                calls.append(FakeDeepL.calls)
                drafts = Page.objects.filter(translation_key=guide.translation_key, live=False).count()
                assert drafts == 2, f"{mode}: {drafts} translation drafts"
        results[mode] = (waits, workers, calls)
    server.shutdown()

    print(
        f"Publish a French guide, machine translator answering in {DELAY:g} s, {ROUNDS} rounds "
        f"(Python {platform.python_version()}, SQLite, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f})"
    )
    print()
    print("| background tasks | editor waits (median) | min | max | then the worker (median) | translator calls |")
    print("| --- | --- | --- | --- | --- | --- |")
    for mode, (waits, workers, calls) in results.items():
        worker = f"{statistics.median(workers):.2f} s" if mode == "database" else "—"
        print(
            f"| {mode} | {statistics.median(waits):.2f} s | {min(waits):.2f} s | {max(waits):.2f} s | {worker} "
            f"| {statistics.median(calls):g} |"
        )


if __name__ == "__main__":
    main()
