"""Practical guides (fiches pratiques): one index per language and the guides under it."""

import math

from django import forms
from django.db import models
from django.db.models import Exists, OuterRef, Prefetch
from django.db.models.functions import Length, Substr
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageViewRestriction
from wagtail.search import index

from core.fields import intro_field
from core.models import ListedPageManager
from core.translation import PAGE_TRANSLATABLE_FIELDS, synchronized, translated
from guides import seo
from guides.blocks import GUIDE_BODY_BLOCKS
from guides.serializers import RelatedGuidesField
from sponsors.models import SponsoredPage
from taxonomy.fields import SectorsField, ThemesField
from taxonomy.forms import TermsPageForm
from taxonomy.listing import TermFilteredIndexPage
from taxonomy.localization import Localized, LocalizedLinksMixin
from taxonomy.serializers import TermsField

WORDS_PER_MINUTE = 200


class GuideIndexPage(TermFilteredIndexPage):
    """The list of the guides of one language, filterable by theme and sector."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["guides.GuidePage"]
    max_count_per_parent = 1
    listing_name = "guides"
    listing_order = ("-last_reviewed", "title")

    intro = intro_field(_("A sentence or two shown above the list of guides."))

    class Meta:
        verbose_name = _("guide index page")
        verbose_name_plural = _("guide index pages")

    @staticmethod
    def filter_items(guides, theme, sector):
        if theme:
            guides = guides.filter(themes__slug=theme)
        if sector:
            # A guide without sector is meant for every sector.
            guides = guides.filter(models.Q(sectors__slug=sector) | models.Q(sectors__isnull=True))
        return guides.distinct()


class GuidePageManager(ListedPageManager):
    """Guides come with their locale, sponsor, themes, sectors and related guides."""

    def listed_with(self):
        return [
            "locale",
            "sponsor__logo",
            "themes",
            "sectors",
            related_guides_with_privacy(RelatedGuide),
            "sponsor__logo__renditions",
        ]


def _private(page_field):
    """Whether the page in ``page_field`` sits under a view restriction (its own or an ancestor's), in SQL."""
    return Exists(
        PageViewRestriction.objects.filter(page__path=Substr(OuterRef(f"{page_field}__path"), 1, Length("page__path")))
    )


def related_guides_with_privacy(link_model, relation="related_guides"):
    """Prefetch of a page's links to guides (``link_model`` rows with a ``guide``), each with its privacy."""
    links = link_model.objects.select_related("guide").annotate(guide_is_private=_private("guide"))
    # Links built in code may have no sort_order: the id keeps their order stable on PostgreSQL.
    return Prefetch(relation, queryset=links.order_by("sort_order", "pk"))


class GuidePage(LocalizedLinksMixin, SponsoredPage, Page):
    """One practical guide: what to do, step by step, for a small business."""

    class Level(models.TextChoices):
        BEGINNER = "beginner", _("Beginner")
        INTERMEDIATE = "intermediate", _("Intermediate")
        ADVANCED = "advanced", _("Advanced")

    parent_page_types = ["guides.GuideIndexPage"]
    subpage_types = []

    summary = models.TextField(
        _("summary"),
        max_length=300,
        help_text=_("What the reader will know or be able to do, in one or two sentences (300 characters at most)."),
    )
    body = StreamField(
        GUIDE_BODY_BLOCKS,
        verbose_name=_("body"),
        help_text=_("The guide itself: headings, text, steps, checklists, tips, images, videos, documents."),
    )
    themes = ThemesField(
        related_name="guides", help_text=_("The themes this guide is about; visitors filter the guides by theme.")
    )
    sectors = SectorsField(related_name="guides", help_text=_("Leave empty when the guide is useful to every sector."))
    level = models.CharField(
        _("level"),
        max_length=20,
        choices=Level.choices,
        default=Level.BEGINNER,
        help_text=_("How much the reader should already know."),
    )
    reading_time = models.PositiveSmallIntegerField(
        _("reading time (minutes)"),
        default=1,
        editable=False,
        help_text=_("Computed from the body when the page is saved."),
    )
    last_reviewed = models.DateField(
        _("last reviewed"),
        null=True,
        blank=True,
        help_text=_("The day an expert last checked that the guide is still correct."),
    )
    objects = GuidePageManager()

    base_form_class = TermsPageForm

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
                FieldRowPanel([FieldPanel("level"), FieldPanel("last_reviewed")]),
            ],
            heading=_("Classification"),
        ),
        InlinePanel(
            "related_guides",
            label=_("Related guides"),
            heading=_("Related guides"),
            help_text=_("Guides to read next, in this order."),
        ),
        FieldPanel("sponsor"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=1.5),
        index.SearchField("body"),
        # search.registry indexes the names the page shows (its ``Localized`` attributes).
        index.RelatedFields("themes", [index.SearchField("name"), index.FilterField("slug")]),
        index.RelatedFields("sectors", [index.SearchField("name"), index.FilterField("slug")]),
        index.FilterField("level"),
        index.FilterField("themes"),
        index.FilterField("sectors"),
        index.FilterField("last_reviewed"),
    ]

    api_fields = [
        APIField("summary"),
        APIField("body"),
        APIField("themes", serializer=TermsField(source="localized_themes")),
        APIField("sectors", serializer=TermsField(source="localized_sectors")),
        APIField("level"),
        APIField("reading_time"),
        APIField("last_reviewed"),
        APIField("related_guides", serializer=RelatedGuidesField(source="*")),
        *SponsoredPage.api_fields,
    ]

    translatable_fields = (
        PAGE_TRANSLATABLE_FIELDS
        + translated("summary", "body")
        # themes, sectors, related guides: synchronised, shown in the page's language (taxonomy/localization.py: why).
        + synchronized("themes", "sectors", "level", "last_reviewed", "related_guides")
        + SponsoredPage.translatable_fields
    )

    og_type = "article"  # link previews (core.seo.head)

    class Meta:
        verbose_name = _("guide")
        verbose_name_plural = _("guides")

    def save(self, *args, **kwargs):
        self.reading_time = self.compute_reading_time()
        return super().save(*args, **kwargs)

    def compute_reading_time(self):
        """Minutes to read the title, summary and body at about 200 words a minute (at least 1)."""
        texts = [self.title or "", self.summary or ""]
        texts += self.body.stream_block.get_searchable_content(self.body)
        words = sum(len(text.split()) for text in texts)
        return max(1, math.ceil(words / WORDS_PER_MINUTE))

    # The links as this page's language shows them (taxonomy.localization).
    localized_themes = Localized("themes")
    localized_sectors = Localized("sectors")
    localized_related_guides = Localized("related_guides", page="guide")

    def structured_data(self, request=None):
        """The guide as a schema.org ``Article`` (``{% page_ld page %}``)."""
        return seo.article(self, request)


class GuideLink(Orderable):
    """A guide to read next, chosen by the editor: a page's ``related_guides`` (a guide's, a testimonial's)."""

    guide = models.ForeignKey(
        "guides.GuidePage",
        verbose_name=_("guide"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A guide to read next."),
    )

    panels = [PageChooserPanel("guide", "guides.GuidePage")]

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = _("related guide")
        verbose_name_plural = _("related guides")


class RelatedGuide(GuideLink):
    page = ParentalKey(GuidePage, on_delete=models.CASCADE, related_name="related_guides")
