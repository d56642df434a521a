"""Factories shared by the tests (seeded Faker: the same data on every run)."""

import datetime

import factory
import factory.random
import wagtail_factories
from django.utils import timezone
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from guides.models import GuidePage
from sponsors.models import Partner, Sponsor

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


class GuidePageFactory(wagtail_factories.PageFactory):
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

    class Meta:
        model = GuidePage
        skip_postgeneration_save = True

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if extracted:
            self.themes = extracted
            if create:
                self.save()

    @factory.post_generation
    def sectors(self, create, extracted, **kwargs):
        if extracted:
            self.sectors = extracted
            if create:
                self.save()
