"""Demo guides: twenty practical guides in FR with NL and DE, through the guide importer.

The texts live in ``guides/demo_guides.py``; each guide is written as a line
of the import format (Markdown bodies) and imported, published, with
``GuideImporter``, like a partner's file would be. What the import format does
not carry (level, last reviewed date, related guides, sponsor credits) is then
set on the three languages. Idempotent: a second run reports every guide
unchanged and saves nothing, and a guide that a person has changed in any
language since the demo wrote it (``core.demo.changed_by_people``) is left
exactly as it is.
"""

import datetime
import json

from django.core.management.base import CommandError
from django.db import transaction
from wagtail.models import Locale

from core.demo import translations_changed_by_people
from guides.demo_guides import GUIDES, HEADINGS
from guides.importer import GuideImporter
from guides.models import GuidePage, RelatedGuide
from sponsors.models import Sponsor

SOURCE = "fr"

# Guides credited to a demo sponsor (built by sponsors.demo, which runs first).
SPONSOR_CREDITS = {
    "facturer-electroniquement-avec-peppol": "Nuvalis Logiciels",
    "devis-et-factures-sur-tablette-au-chantier": "Nuvalis Logiciels",
    "accepter-le-paiement-electronique": "Banque Sambre & Meuse",
    "choisir-un-smartphone-professionnel": "Mosaline Télécom",
    "choisir-une-caisse-enregistreuse": "Hesbatech Matériel",
}


def markdown(guide, language):
    """The Markdown body of a guide in one language: why, three steps, a checklist, a tip."""
    texts = guide[language]
    why, how, check = HEADINGS[language]
    separator = " :" if language == "fr" else ":"
    steps = "\n".join(
        f"{number}. **{title}**{separator} {text}" for number, (title, text) in enumerate(texts["steps"], start=1)
    )
    checklist = "\n".join(f"- [ ] {item}" for item in texts["checklist"])
    tip_title, tip_text = texts["tip"]
    return (
        f"## {why}\n\n{texts['why']}\n\n## {how}\n\n{steps}\n\n## {check}\n\n{checklist}\n\n"
        f"> [!TIP] {tip_title}\n> {tip_text}\n"
    )


def import_lines(guides=GUIDES):
    """The demo guides as lines of the import format (docs/import.md)."""
    for guide in guides:
        yield json.dumps(
            {
                "slug": guide["slug"],
                "themes": guide["themes"],
                "sectors": guide["sectors"],
                "translations": {
                    language: {
                        "title": guide[language]["title"],
                        "summary": guide[language]["summary"],
                        "body": markdown(guide, language),
                    }
                    for language in ("fr", "nl", "de")
                },
            },
            ensure_ascii=False,
        )


@transaction.atomic
def build(stdout):
    source = Locale.objects.get(language_code=SOURCE)
    existing = {page.slug: page for page in GuidePage.objects.filter(locale=source)}
    kept = {slug for slug, page in existing.items() if translations_changed_by_people(page)}
    for slug in sorted(kept):
        stdout.write(f"Left the demo guide {slug!r} as people changed it")
    guides = [guide for guide in GUIDES if guide["slug"] not in kept]
    report = GuideImporter(publish=True).run(list(import_lines(guides)))
    if report.failed:
        raise CommandError(f"Demo guides failed: {report.failed}")
    if report.created:
        stdout.write(f"Created {len(report.created)} demo guides in FR, NL and DE")
    pages = {page.slug: page for page in GuidePage.objects.filter(locale=source)}
    sponsors = {sponsor.name: sponsor for sponsor in Sponsor.objects.filter(locale=source)}
    for guide in guides:
        fr = pages[guide["slug"]]
        wanted = {
            "level": guide["level"],
            "last_reviewed": datetime.date.fromisoformat(guide["reviewed"]),
            "sponsor": sponsors.get(SPONSOR_CREDITS.get(guide["slug"])),
            "related": [pages[slug] for slug in guide["related"]],
        }
        for page in [fr, *GuidePage.objects.filter(translation_key=fr.translation_key).exclude(pk=fr.pk)]:
            if set_details(page, wanted):
                stdout.write(f"Completed the demo guide {page.title!r} ({page.locale.language_code})")


def set_details(page, wanted):
    """Give ``page`` the level, review date, sponsor and related guides wanted; True when it changed.

    Links are given to the French objects, as wagtail-localize's sync does;
    ``GuidePage.save`` points them at the page's language.
    """
    sponsor = wanted["sponsor"]
    current = (
        page.level,
        page.last_reviewed,
        page.sponsor.translation_key if page.sponsor else None,
        [link.guide.translation_key for link in page.related_guides.all()],
    )
    target = (
        wanted["level"],
        wanted["last_reviewed"],
        sponsor.translation_key if sponsor else None,
        [guide.translation_key for guide in wanted["related"]],
    )
    if current == target:
        return False
    page.level, page.last_reviewed, page.sponsor = wanted["level"], wanted["last_reviewed"], sponsor
    page.related_guides = [RelatedGuide(guide=guide, sort_order=n) for n, guide in enumerate(wanted["related"])]
    page.save_revision().publish()
    return True
