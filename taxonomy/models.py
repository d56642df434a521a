"""Themes and sectors: the programme's public vocabulary, shared by every content app.

The slugs are stable identifiers used by API filters and importers: they are
the same in every language (synchronised) while names and descriptions are
translated.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import TranslatableMixin
from wagtail.search import index

from core.api_schema import obj
from core.models import ReviewedSnippet
from core.translation import synchronized, translated

TERM_SCHEMA = obj(
    {"id": "integer", "slug": "string", "name": "string"},
    "A theme or sector inside another object (``Term.api_representation``).",
)


class TermQuerySet(models.QuerySet):
    def in_locale(self, locale):
        """The published terms of a language, as visitors may choose them."""
        return self.filter(locale=locale, live=True)


class Term(ReviewedSnippet, TranslatableMixin, index.Indexed, models.Model):
    """A vocabulary term. Changes, translators' included, are drafts until a reviewer publishes them."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=60,
        help_text=_("Stable identifier used by the API and importers: the same in every language. Do not change it."),
    )
    description = models.TextField(_("description"), blank=True, max_length=500)

    objects = TermQuerySet.as_manager()

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("slug")]

    api_fields = [APIField("name"), APIField("slug"), APIField("description")]

    translatable_fields = translated("name", "description") + synchronized("slug", overridable=False)

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]
        # A slug names one term per language (unique_theme_slug_per_locale, unique_sector_slug_per_locale).
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_%(class)s_slug_per_locale"),
        ]

    def __str__(self):
        return self.name

    def api_representation(self):
        """The one JSON shape of a theme or sector inside other objects."""
        return {"id": self.pk, "slug": self.slug, "name": self.name}


class Theme(Term):
    class Meta(Term.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")


class Sector(Term):
    class Meta(Term.Meta):
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")
