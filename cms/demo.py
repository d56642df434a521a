"""The demo's accounts (shared by `build_demo` and `demo_logins`) and its guides.

One account per role with a documented password (see the README). They are
for a local demonstration only: `build_demo` refuses to run with DEBUG off.
The demo guides are ``demo/guides.jsonl``, imported by the guide importer
itself; the loader of the other data files is ``core/demo.py``.
"""

import json

from django.core.management.base import CommandError
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from core.demo import translations_changed_by_people
from editorial.roles import AWT_EDITORS, DE_TRANSLATORS, NL_TRANSLATORS, REVIEWERS, UCM_EDITORS
from guides.importer import GuideImporter
from guides.models import GuidePage

DEMO_PASSWORD = "demo-jesuisfantastic"

# (username, first name, last name, role groups, superuser, admin language, description)
DEMO_USERS = [
    ("admin", "Alex", "Admin", [], True, "fr", _("Administrator: everything")),
    (
        "editor-ucm",
        "Ursule",
        "Collard",
        [UCM_EDITORS],
        False,
        "fr",
        _("UCM editor: agenda, testimonials, home and pages in French"),
    ),
    (
        "editor-awt",
        "Arnaud",
        "Wéry",
        [AWT_EDITORS],
        False,
        "fr",
        _("AWT editor: guides, self-diagnostic, home and pages in French"),
    ),
    ("reviewer", "Rita", "Lambert", [REVIEWERS], False, "fr", _("Reviewer: approves and publishes, every language")),
    ("translator-nl", "Noor", "Peeters", [NL_TRANSLATORS], False, "nl", _("Dutch translator")),
    ("translator-de", "Dieter", "Krings", [DE_TRANSLATORS], False, "de", _("German translator")),
]


@transaction.atomic
def build_guides(lines, stdout):
    """Import the lines of ``demo/guides.jsonl`` with the guide importer, published, but the guides people changed.

    A second run reports every guide unchanged and saves nothing.
    """
    source = Locale.objects.get(language_code="fr")
    kept = {page.slug for page in GuidePage.objects.filter(locale=source) if translations_changed_by_people(page)}
    for slug in sorted(kept):
        stdout.write(f"Left the demo guide {slug!r} as people changed it")
    lines = [line for line in lines if json.loads(line)["slug"] not in kept]
    report = GuideImporter(publish=True).run(lines)
    if report.failed:
        raise CommandError(f"Demo guides failed: {report.failed}")
    if report.created:
        stdout.write(f"Created {len(report.created)} demo guides in FR, NL and DE")
