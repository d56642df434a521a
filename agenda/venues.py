"""Where seminars take place (``Venue``, a reviewed translatable snippet); Django finds it through ``agenda.models``.

Its own module, below the models: the agenda's filters list the venues' cities without importing the pages.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from rest_framework import serializers
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.api import APIField
from wagtail.models import TranslatableMixin
from wagtail.search import index

from core.models import ReviewedSnippet
from core.translation import synchronized, translated


class Venue(ReviewedSnippet, TranslatableMixin, index.Indexed, models.Model):
    """Where seminars take place; the address is the same in every language."""

    name = models.CharField(
        _("name"), max_length=150, help_text=_("As visitors know it, e.g. “Maison de l'entreprise”.")
    )
    address = models.CharField(_("address"), max_length=255, help_text=_("Street and number."))
    postcode = models.CharField(_("postcode"), max_length=10)
    city = models.CharField(
        _("city"), max_length=100, help_text=_("Used by the agenda's city filter: spell it the same for every venue.")
    )
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True, help_text=_("For maps, e.g. 50.4669.")
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True, help_text=_("For maps, e.g. 4.8675.")
    )
    access_notes = models.TextField(
        _("access notes"),
        blank=True,
        max_length=1000,
        help_text=_("Public transport, parking, step-free access, where to enter the building."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("address"),
        FieldRowPanel([FieldPanel("postcode"), FieldPanel("city")]),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
        FieldPanel("access_notes"),
    ]

    search_fields = [
        index.SearchField("name"),
        index.SearchField("city"),
        index.AutocompleteField("name"),
        index.FilterField("city"),
    ]

    api_fields = [
        APIField("name"),
        APIField("address"),
        APIField("postcode"),
        APIField("city"),
        APIField("latitude", serializer=serializers.FloatField()),
        APIField("longitude", serializer=serializers.FloatField()),
        APIField("access_notes"),
    ]

    translatable_fields = translated("name", "access_notes") + synchronized(
        "address", "postcode", "city", "latitude", "longitude"
    )

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("venue")
        verbose_name_plural = _("venues")
        ordering = ["city", "name"]

    def __str__(self):
        return f"{self.name} ({self.city})"

    @property
    def full_address(self):
        return f"{self.address}, {self.postcode} {self.city}"

    def api_representation(self):
        """The one JSON shape of a venue inside other objects."""
        return {
            "id": self.pk,
            "name": self.name,
            "address": self.address,
            "postcode": self.postcode,
            "city": self.city,
            "latitude": float(self.latitude) if self.latitude is not None else None,
            "longitude": float(self.longitude) if self.longitude is not None else None,
            "access_notes": self.access_notes,
        }
