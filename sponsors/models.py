"""Sponsors of the programme and their contracts.

The programme is half privately funded. A sponsor's credit on a guide or a
seminar shows only while its contract is active (``Sponsor.objects.active()``).
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class SponsorQuerySet(models.QuerySet):
    def active(self, on=None):
        """Sponsors whose contract covers the given day (today by default)."""
        day = on or timezone.localdate()
        return self.filter(contract_start__lte=day, contract_end__gte=day)


class Sponsor(TranslatableMixin, index.Indexed, models.Model):
    class Category(models.TextChoices):
        SOFTWARE_IT = "software-it", _("Software and IT services")
        TELECOM = "telecom", _("Telecom")
        BANKING = "banking-payment", _("Banking and payment")
        HARDWARE = "hardware", _("Hardware")
        OTHER = "other", _("Other")

    class Tier(models.TextChoices):
        MAIN = "main", _("Main sponsor")
        SUPPORTING = "supporting", _("Supporting sponsor")

    name = models.CharField(_("name"), max_length=120)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(_("description"), blank=True, max_length=1000)
    category = models.CharField(_("category"), max_length=20, choices=Category.choices)
    tier = models.CharField(_("tier"), max_length=20, choices=Tier.choices, default=Tier.SUPPORTING)
    contract_start = models.DateField(_("contract start"))
    contract_end = models.DateField(_("contract end"))
    exclusive = models.BooleanField(
        _("exclusive in its category"),
        default=False,
        help_text=_("While this contract runs, no other sponsor may hold a contract in the same category."),
    )

    objects = SponsorQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("logo"),
        FieldPanel("website"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("category"), FieldPanel("tier")]),
                FieldRowPanel([FieldPanel("contract_start"), FieldPanel("contract_end")]),
                FieldPanel("exclusive"),
            ],
            heading=_("Contract"),
        ),
    ]

    search_fields = [
        index.SearchField("name"),
        index.SearchField("description"),
        index.AutocompleteField("name"),
    ]

    api_fields = [
        APIField("name"),
        APIField("website"),
        APIField("description"),
        APIField("category"),
        APIField("tier"),
        APIField("contract_start"),
        APIField("contract_end"),
        APIField("exclusive"),
    ]

    translatable_fields = [
        TranslatableField("description"),
        SynchronizedField("name"),
        SynchronizedField("logo"),
        SynchronizedField("website"),
        SynchronizedField("category"),
        SynchronizedField("tier"),
        SynchronizedField("contract_start"),
        SynchronizedField("contract_end"),
        SynchronizedField("exclusive"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("sponsor")
        verbose_name_plural = _("sponsors")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def is_active(self, on=None):
        day = on or timezone.localdate()
        return self.contract_start <= day <= self.contract_end
