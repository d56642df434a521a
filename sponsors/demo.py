"""Demo sponsors, their areas and the programme's partners, in FR with NL and DE translations.

The data is ``demo/sponsors.yaml``: fictional sponsors (one exclusive software &
IT sponsor, a telecom operator, a bank and a hardware maker) whose contracts run
from 1 January of this year to 31 December of next year, so they are active
whenever the demo is built.
Idempotent: objects are found again by name (sponsors, partners, logos) or by
sponsor (areas), and nothing is created twice.
"""

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale

from core.demo import generated_image, translations_to_write
from core.slugs import ascii_slug
from core.translation import save_translation, translated_copy
from sponsors.models import Partner, Sponsor, SponsorPage, SponsorsIndexPage

SOURCE = "fr"


def logo(title, text, colour):
    """A generated logo (PNG, 480×160) stored as a Wagtail image, found again by title."""
    return generated_image(title, text, colour)


def contract_dates(today=None):
    today = today or timezone.localdate()
    return datetime.date(today.year, 1, 1), datetime.date(today.year + 1, 12, 31)


def paragraph(text):
    return f"<p>{text}</p>"


@transaction.atomic
def build(data, stdout):
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    build_partners(data["partners"], locales, stdout)
    sponsors = build_sponsors(data["sponsors"], locales, stdout)
    build_areas(sponsors, locales, stdout)


def build_partners(partners, locales, stdout):
    for order, data in enumerate(partners, start=1):
        partner = Partner.objects.filter(locale=locales[SOURCE], website=data["website"]).first()
        if partner is None:
            partner = Partner.objects.create(
                locale=locales[SOURCE],
                name=data["name"][SOURCE],
                description=data["description"][SOURCE],
                website=data["website"],
                sort_order=order,
                logo=logo(f"Logo {data['short']}", data["short"], data["colour"]),
            )
            stdout.write(f"Created the partner {partner.name}")
        translate(partner, locales, lambda code, data=data: {k: data[k][code] for k in ("name", "description")})


def build_sponsors(rows, locales, stdout):
    start, end = contract_dates()
    sponsors = []
    for data in rows:
        sponsor = Sponsor.objects.filter(locale=locales[SOURCE], name=data["name"]).first()
        if sponsor is None:
            sponsor = Sponsor(
                locale=locales[SOURCE],
                name=data["name"],
                description=data["description"][SOURCE],
                website=data["website"],
                category=data["category"],
                tier=data["tier"],
                exclusive=data["exclusive"],
                contract_start=start,
                contract_end=end,
                logo=logo(f"Logo {data['name']}", data["name"].split()[0], data["colour"]),
            )
            sponsor.full_clean()
            sponsor.save()
            stdout.write(f"Created the sponsor {sponsor.name}")
        translate(sponsor, locales, lambda code, data=data: {"description": data["description"][code]})
        sponsors.append((sponsor, data))
    return sponsors


def build_areas(sponsors, locales, stdout):
    index = SponsorsIndexPage.objects.filter(locale=locales[SOURCE]).first()
    for sponsor, data in sponsors:
        page = SponsorPage.objects.filter(sponsor=sponsor).first()
        area, contact = data["area"][SOURCE], data["contact"]
        if page is None:
            page = index.add_child(
                instance=SponsorPage(
                    locale=locales[SOURCE],
                    title=area["title"],
                    slug=slugify(sponsor.name),
                    sponsor=sponsor,
                    presentation=[("heading", area["heading"]), ("paragraph", paragraph(area["text"]))],
                    contact_name=contact["name"],
                    contact_email=contact["email"],
                    contact_phone=contact["phone"],
                )
            )
            page.save_revision().publish()
            stdout.write(f"Created the sponsor page {page.url_path}")

        def texts(code, page=page, data=data):
            area = data["area"][code]
            blocks = list(page.presentation)
            return {
                "title": area["title"],
                "slug": area.get("slug") or ascii_slug(area["title"]),
                "presentation": [
                    {"type": "heading", "value": area["heading"], "id": blocks[0].id},
                    {"type": "paragraph", "value": paragraph(area["text"]), "id": blocks[1].id},
                ],
            }

        translate(page, locales, texts)


def translate(source, locales, texts):
    for code, locale in translations_to_write(source, locales):
        save_translation(source, locale, translated_copy(source, **texts(code)), publish=True)
