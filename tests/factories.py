"""Factories shared by the tests (seeded Faker: the same data on every run)."""

import datetime
import datetime as dt
from zoneinfo import ZoneInfo

import factory
import factory.random
import wagtail_factories
from django.core.files.base import ContentFile
from django.utils import timezone
from factory.django import DjangoModelFactory
from faker import Faker
from wagtail.models import Locale

from guides.models import GuidePage
from sponsors.models import Partner, Sponsor
from testimonials.models import TestimonialPage

factory.random.reseed_random("jesuisfantastic")


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Image {n}")


class SponsorFactory(DjangoModelFactory):
    class Meta:
        model = Sponsor

    locale = factory.LazyFunction(Locale.get_default)
    name = factory.Faker("company", locale="fr_BE")
    website = factory.Sequence(lambda n: f"https://sponsor-{n}.example/")
    description = factory.Faker("sentence", locale="fr_FR")
    category = Sponsor.Category.TELECOM
    tier = Sponsor.Tier.SUPPORTING
    contract_start = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=30))
    contract_end = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=300))
    exclusive = False


class PartnerFactory(DjangoModelFactory):
    class Meta:
        model = Partner

    locale = factory.LazyFunction(Locale.get_default)
    name = factory.Sequence(lambda n: f"Partenaire {n}")
    website = factory.Sequence(lambda n: f"https://partner-{n}.example/")
    description = factory.Faker("sentence", locale="fr_FR")
    sort_order = factory.Sequence(int)


def many_to_many(name):
    """A declaration that sets the page's many-to-many ``name`` from ``name=[...]`` (saved when created)."""

    def set_related(page, create, extracted, **kwargs):
        if extracted:
            setattr(page, name, extracted)
            if create:
                page.save()

    return factory.PostGeneration(set_related)


class ThemedPageFactory(wagtail_factories.PageFactory):
    """A page that takes ``themes=[...]`` (a many-to-many to taxonomy.Theme)."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    themes = many_to_many("themes")


class GuidePageFactory(ThemedPageFactory):
    """A published French-language guide; pass ``parent`` (a guide index page)."""

    title = factory.Sequence(lambda n: f"Fiche pratique {n}")
    slug = factory.Sequence(lambda n: f"fiche-pratique-{n}")
    summary = factory.Faker("sentence", nb_words=12, locale="fr_FR")
    body = factory.LazyFunction(
        lambda: [
            {"type": "heading", "value": "Pourquoi"},
            {"type": "paragraph", "value": "<p>Un outil simple fait gagner une heure par jour.</p>"},
            {"type": "checklist", "value": {"title": "", "items": ["Un ordinateur", "Une connexion"]}},
        ]
    )
    level = GuidePage.Level.BEGINNER
    last_reviewed = factory.Faker(
        "date_between", start_date=datetime.date(2025, 1, 1), end_date=datetime.date(2026, 6, 30)
    )

    sectors = many_to_many("sectors")

    class Meta:
        model = GuidePage
        skip_postgeneration_save = True


class TestimonialPageFactory(ThemedPageFactory):
    """A published French testimonial; pass ``parent`` (a testimonial index page) and ``sector``."""

    title = factory.Sequence(lambda n: f"Témoignage {n}")
    slug = factory.Sequence(lambda n: f"temoignage-{n}")
    person_name = factory.Faker("name", locale="fr_BE")
    role = "gérante"
    company = factory.Faker("company", locale="fr_BE")
    town = "Namur"
    video_url = factory.Sequence(lambda n: f"https://vimeo.com/{900000000 + n}")
    pull_quote = "Le numérique nous fait gagner une demi-journée par semaine."
    transcript = "Je tiens un commerce à Namur.\n\nDepuis que nous vendons en ligne, tout a changé."

    class Meta:
        model = TestimonialPage
        skip_postgeneration_save = True


def vtt_document(title="Sous-titres", text="Bonjour.", content=None, name=None):
    """A WebVTT captions document (``content`` replaces the whole file, ``name`` its file name)."""
    from wagtail.documents import get_document_model

    if content is None:
        content = f"WEBVTT\n\n1\n00:00:00.000 --> 00:00:04.000\n{text}\n".encode()
    document = get_document_model()(title=title, file=ContentFile(content, name=name or "captions.vtt"))
    document._set_document_file_metadata()
    document.save()
    return document


fake = Faker("fr_BE")
Faker.seed(2026)

BRUSSELS = ZoneInfo("Europe/Brussels")


class DocumentFactory(wagtail_factories.DocumentFactory):
    title = factory.Sequence(lambda n: f"Présentation {n}")
    file = factory.LazyAttribute(lambda o: ContentFile(b"%PDF-1.4\n%%EOF\n", name=f"{o.title}.pdf"))


def brussels(year, month, day, hour=0, minute=0):
    return dt.datetime(year, month, day, hour, minute, tzinfo=BRUSSELS)


# Dates are derived when a test runs, never at import time, and never a hard-coded "future" year:
# the suite must pass on any day (and through midnight).


def days(n, hour=9):
    """Half past `hour`, Brussels time, `n` days from today (negative: in the past)."""
    return (dt.datetime.now(BRUSSELS) + dt.timedelta(days=n)).replace(hour=hour, minute=30, second=0, microsecond=0)


def future_day(month, day, weekday=None, years_ahead=3):
    """`day`/`month` at least `years_ahead` years from now; on `weekday` (0 = Monday) when given."""
    year = timezone.localdate().year + years_ahead
    while weekday is not None and dt.date(year, month, day).weekday() != weekday:
        year += 1
    return dt.date(year, month, day)


# --- agenda -----------------------------------------------------------------------------------


def make_venue(locale=None, **fields):
    from agenda.models import Venue

    values = {
        "name": "Maison de l'entreprise",
        "address": "Rue Godefroid 5",
        "postcode": "5000",
        "city": "Namur",
        "latitude": "50.466900",
        "longitude": "4.867500",
        "access_notes": "À 5 minutes à pied de la gare.",
    }
    values.update(fields)
    if locale is not None:
        values["locale"] = locale
    return Venue.objects.create(**values)


def agenda_page(locale_code="fr"):
    from agenda.models import AgendaPage

    return AgendaPage.objects.get(locale__language_code=locale_code)


def make_seminar(parent=None, *, themes=(), sectors=(), speakers=(), presentations=(), publish=True, **fields):
    """A seminar under the French agenda (or ``parent``, in its language), live unless ``publish=False``."""
    from agenda.models import SeminarPage, SeminarPresentation, SeminarSpeaker

    parent = parent or agenda_page()
    start = fields.pop("start", None) or dt.datetime.now(BRUSSELS).replace(microsecond=0) + dt.timedelta(days=7)
    values = {
        "title": fields.pop("title", None) or f"Séminaire {fake.unique.word()}",
        "start": start,
        "end": start + dt.timedelta(hours=2),
        "summary": "Découvrir les outils numériques utiles à une petite entreprise.",
    }
    values.update(fields)
    values["live"] = publish
    if "venue" not in values and not values.get("online_link"):
        values["venue"] = make_venue()
    seminar = SeminarPage(**values)
    seminar.speakers = [SeminarSpeaker(**speaker) for speaker in speakers]
    seminar.presentations = [SeminarPresentation(document=document) for document in presentations]
    seminar.themes = list(themes)
    seminar.sectors = list(sectors)
    parent.add_child(instance=seminar)
    seminar.save_revision()
    return SeminarPage.objects.get(pk=seminar.pk)


def translate(source, locale, **fields):
    """Publish the ``locale`` translation of a page or snippet with the given translated fields."""
    from core.translation import save_translation, translated_copy

    return save_translation(source, locale, translated_copy(source, **fields), publish=True)
