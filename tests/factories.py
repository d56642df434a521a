"""Factories shared by the tests (seeded Faker: the same data on every run)."""

import datetime

import factory
import factory.random
import wagtail_factories
from django.utils import timezone
from factory.django import DjangoModelFactory
from wagtail.models import Locale

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
