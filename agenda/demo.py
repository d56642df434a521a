"""Demo agenda: six venues in Walloon cities and twelve sessions, in FR with NL and DE translations.

The data is ``demo/agenda.yaml``. Dates are relative to the day the demo is
built (six sessions in the past with their slides, six to come), so the agenda
always shows both. Venues, speakers and addresses are fictional. Idempotent:
venues are found again by name and city, seminars by slug, slides by title;
translations are only added when missing, each with its language's slug. A translated speaker is matched to the
data by name, never by position.
"""

import datetime as dt
from zoneinfo import ZoneInfo

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Locale

from agenda.models import AgendaPage, SeminarPage, SeminarPresentation, SeminarSpeaker, Venue
from agenda.records import Registration
from core.demo import translations_to_write
from core.slugs import ascii_slug
from core.translation import save_translation, translated_copy
from sponsors.models import Sponsor
from taxonomy.models import Sector, Theme

SOURCE = "fr"
BRUSSELS = ZoneInfo("Europe/Brussels")


def tiny_pdf(title, lines):
    """A one-page PDF (Helvetica, WinAnsi) with a title and a few lines: real slides stand-in for the demo."""

    def text(value):
        escaped = value.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        return escaped.encode("cp1252", "replace")

    stream = b"BT /F1 22 Tf 60 760 Td (" + text(title) + b") Tj /F1 14 Tf"
    for line in lines:
        stream += b" 0 -32 Td (" + text(line) + b") Tj"
    stream += b" ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    pdf = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(pdf)
    pdf += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    pdf += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    pdf += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return pdf


def slides(title, summary):
    Document = get_document_model()
    name = f"Présentation – {title}"
    document = Document.objects.filter(title=name).first()
    if document is None:
        slug = "".join(c if c.isalnum() else "-" for c in title.lower()).strip("-")[:60]
        content = tiny_pdf(title, [summary[:90], "jesuisfantasTIC – AWT / UCM"])
        document = Document(title=name, file=ContentFile(content, name=f"{slug}.pdf"))
        document._set_document_file_metadata()
        document.save()
    return document


@transaction.atomic
def build(data, stdout):
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    venues = build_venues(data["venues"], locales, stdout)
    agenda = AgendaPage.objects.get(locale=locales[SOURCE])
    for row in data["seminars"]:
        build_seminar(agenda, row, venues, data["speakers"], locales, stdout)
    build_registrations(agenda, data["full_seminar"], data["registrants"], stdout)


def open_session():
    """The first live session whose registration form is open, or None: where `make api-fuzz` registers."""
    sessions = SeminarPage.objects.live().order_by("start", "pk")
    return next((session for session in sessions if session.registration_state == "open"), None)


def build_registrations(agenda, slug, registrants, stdout):
    """Fill one session's seats and put the rest on its waitlist (written directly: the demo sends no e-mail)."""
    seminar = SeminarPage.objects.child_of(agenda).filter(slug=slug).first()
    if seminar is None or Registration.objects.filter(seminar=seminar).exists():
        return
    sectors = {s.slug: s for s in Sector.objects.filter(locale=agenda.locale)}
    start = timezone.now() - dt.timedelta(days=len(registrants))
    for n, person in enumerate(registrants):
        full = seminar.capacity is not None and n >= seminar.capacity
        Registration.objects.create(
            seminar=seminar,
            name=person["name"],
            company=person["company"],
            email=f"{person['name'].split()[0].lower()}@{person['email_domain']}",
            sector=sectors.get(person["sector"]),
            company_size=person["company_size"],
            language=person["language"],
            status=Registration.Status.WAITLISTED if full else Registration.Status.CONFIRMED,
            created_at=start + dt.timedelta(days=n),
        )
    stdout.write(f"Registered {len(registrants)} people for {seminar.url_path}")


def build_venues(rows, locales, stdout):
    venues = {}
    for data in rows:
        venue = Venue.objects.filter(locale=locales[SOURCE], name=data["name"][SOURCE], city=data["city"]).first()
        if venue is None:
            venue = Venue(
                locale=locales[SOURCE],
                name=data["name"][SOURCE],
                address=data["address"],
                postcode=data["postcode"],
                city=data["city"],
                latitude=data["latitude"],
                longitude=data["longitude"],
                access_notes=data["access"][SOURCE],
            )
            venue.full_clean()
            venue.save()
            stdout.write(f"Created the venue {venue}")
        for code, locale in locales.items():
            if code != SOURCE and not venue.has_translation(locale):
                copy = translated_copy(venue, name=data["name"][code], access_notes=data["access"][code])
                save_translation(venue, locale, copy, publish=True)
        venues[data["key"]] = venue
    return venues


def build_seminar(agenda, row, venues, speakers, locales, stdout):
    slug, kind, city = row["slug"], row["kind"], row["venue"]
    seminar = SeminarPage.objects.child_of(agenda).filter(slug=slug).first()
    if seminar is None:
        texts = row[SOURCE]
        day = timezone.localdate() + dt.timedelta(days=row["days_from_today"])
        start = dt.datetime(day.year, day.month, day.day, row["hour"], 0, tzinfo=BRUSSELS)
        category = row["sponsor_category"]
        seminar = SeminarPage(
            title=texts["title"],
            slug=slug,
            kind=kind,
            status=row["status"],
            summary=texts["summary"],
            start=start,
            end=start + dt.timedelta(hours=1 if kind == "individual-advice" else 3),
            registration_deadline=start - dt.timedelta(days=2),
            venue=venues[city] if city else None,
            online_link="" if city else "https://webinaire.jesuisfantastic.be/" + slug,
            spoken_language=row["spoken_language"],
            capacity=row["capacity"],
            description=[("paragraph", f"<p>{texts['description']}</p>")],
            sponsor=Sponsor.objects.filter(locale=locales[SOURCE], category=category).first() if category else None,
        )
        seminar.themes = list(Theme.objects.filter(locale=locales[SOURCE], slug__in=row["themes"]))
        seminar.sectors = list(Sector.objects.filter(locale=locales[SOURCE], slug__in=row["sectors"]))
        seminar.speakers = [
            SeminarSpeaker(
                name=speakers[key]["name"],
                organisation=speakers[key]["organisation"],
                bio=speakers[key]["bio"][SOURCE],
            )
            for key in row["speakers"]
        ]
        if row["days_from_today"] < 0:
            seminar.presentations = [SeminarPresentation(document=slides(texts["title"], texts["summary"]))]
        agenda.add_child(instance=seminar)
        seminar.save_revision().publish()
        stdout.write(f"Created the seminar {seminar.url_path}")
    # A speaker's bio is found by the speaker's name (synchronised): rows come back in no set order.
    bios = {speakers[key]["name"]: speakers[key]["bio"] for key in row["speakers"]}
    for code, locale in translations_to_write(seminar, locales):
        texts = row[code]
        block = seminar.description[0]
        copy = translated_copy(
            seminar,
            title=texts["title"],
            slug=texts.get("slug") or ascii_slug(texts["title"]),
            summary=texts["summary"],
            description=[{"type": "paragraph", "value": f"<p>{texts['description']}</p>", "id": block.id}],
        )
        copy_speakers = list(copy.speakers.all())
        for speaker in copy_speakers:
            if speaker.name in bios:
                speaker.bio = bios[speaker.name][code]
        copy.speakers = copy_speakers
        save_translation(seminar, locale, copy, publish=True)
