"""The home page of each language and the generic content pages (about, legal notice, accessibility).

The home page is the top of the site: it may use every content app (guides,
agenda, testimonials, self-diagnostic, sponsors); no content app imports home.
"""

from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from rest_framework import serializers
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from agenda.models import SEMINAR_LINK_SCHEMA, SeminarPage, seminar_link
from core.api_schema import array_of, nullable, obj
from core.blocks import CONTENT_BLOCKS
from core.fields import OptionalForeignKey, intro_field
from core.translation import PAGE_TRANSLATABLE_FIELDS, synchronized, translated
from diagnostic.models import DiagnosticPage
from guides.models import GuidePage
from guides.serializers import GUIDE_LINK_SCHEMA, guide_link
from sponsors.models import PARTNER_SCHEMA, SPONSOR_SCHEMA, logos_of
from taxonomy.localization import localize_links, localized_pages
from testimonials.models import TESTIMONIAL_LINK_SCHEMA, testimonial_link

HIGHLIGHTED_GUIDES_FALLBACK = 3
NEXT_SEMINARS = 3


class SectionField(serializers.Field):
    """One section of the home page, in its API shape: ``HomePage.<name>_representation(request)``.

    ``schema`` is the section's OpenAPI shape (read by drf-spectacular like ``extend_schema_field``).
    """

    def __init__(self, section, schema, **kwargs):
        self.section = section
        self._spectacular_annotation = {"field": schema}
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, page):
        return getattr(page, f"{self.section}_representation")(self.context.get("request"))


DIAGNOSTIC_SCHEMA = nullable(
    obj(
        {
            "title": "string",
            "text": "string",
            "button": "string",
            "page": obj({"id": "integer", "title": "string", "html_url": "string"}),
        },
        "The call to the self-diagnostic of the home page's language; null when hidden.",
    )
)


class HomePage(Page):
    """The root of each language's site: hero, highlighted guides, next seminars, a testimonial,
    the call to the self-diagnostic and the partner and sponsor logos.

    Chosen pages (guides, testimonial) are synchronised between languages and
    shown in the home page's own language when rendered or serialised.
    """

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    hero_title = models.CharField(
        _("hero title"),
        max_length=255,
        blank=True,
        help_text=_("The big sentence at the top of the home page."),
    )
    hero_text = models.TextField(
        _("hero text"),
        blank=True,
        help_text=_("One or two sentences under the hero title."),
    )
    featured_testimonial = OptionalForeignKey(
        "testimonials.TestimonialPage",
        verbose_name=_("testimonial"),
        help_text=_("The testimonial shown on the home page. Leave empty to show none."),
    )
    diagnostic_title = models.CharField(
        _("self-diagnostic title"),
        max_length=120,
        blank=True,
        help_text=_("E.g. “Where does your business stand?”. Leave empty to hide the call to the self-diagnostic."),
    )
    diagnostic_text = models.TextField(
        _("self-diagnostic text"),
        blank=True,
        max_length=400,
        help_text=_("What the visitor gets from the self-diagnostic, in a sentence or two."),
    )
    diagnostic_button = models.CharField(
        _("self-diagnostic button"),
        max_length=60,
        blank=True,
        help_text=_(
            "The link's text, e.g. “Take the self-diagnostic”. It leads to the self-diagnostic of this language."
        ),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("hero_title"), FieldPanel("hero_text")], heading=_("Hero")),
        InlinePanel(
            "menu_items",
            label=_("Menu item"),
            heading=_("Main menu"),
            help_text=_(
                "The sections shown in the header of every page of this language, in this order "
                "(guides, testimonials, agenda, self-diagnostic, sponsors…)."
            ),
        ),
        InlinePanel(
            "highlighted_guides",
            label=_("Highlighted guides"),
            heading=_("Highlighted guides"),
            help_text=_("Guides shown on the home page, in this order. Without any, the latest guides are shown."),
        ),
        FieldPanel("featured_testimonial"),
        MultiFieldPanel(
            [FieldPanel("diagnostic_title"), FieldPanel("diagnostic_text"), FieldPanel("diagnostic_button")],
            heading=_("Call to the self-diagnostic"),
        ),
    ]

    search_fields = Page.search_fields + [index.SearchField("hero_title"), index.SearchField("hero_text")]

    api_fields = [
        APIField("hero_title"),
        APIField("hero_text"),
        APIField("highlighted_guides", serializer=SectionField("highlighted_guides", array_of(GUIDE_LINK_SCHEMA))),
        APIField("next_seminars", serializer=SectionField("next_seminars", array_of(SEMINAR_LINK_SCHEMA))),
        APIField("testimonial", serializer=SectionField("testimonial", TESTIMONIAL_LINK_SCHEMA)),
        APIField("diagnostic", serializer=SectionField("diagnostic", DIAGNOSTIC_SCHEMA)),
        APIField("partners", serializer=SectionField("partners", array_of(PARTNER_SCHEMA))),
        APIField("sponsors", serializer=SectionField("sponsors", array_of(SPONSOR_SCHEMA))),
    ]

    translatable_fields = (
        PAGE_TRANSLATABLE_FIELDS
        + translated("hero_title", "hero_text", "diagnostic_title", "diagnostic_text", "diagnostic_button")
        + synchronized("highlighted_guides", "featured_testimonial")
        + translated("menu_items")
    )

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    # The sections, computed once per page object for the template (home_tags.home_sections) and the API.

    @cached_property
    def guides(self):
        """The guides the editors chose, in this language; without any, the latest live guides of this site."""
        links = self.highlighted_guides.select_related("guide").order_by("sort_order", "pk")
        chosen = [link.guide for link in links if link.guide_id]
        if chosen:
            return localized_pages(chosen, self.locale)
        return list(
            GuidePage.objects.live()
            .public()
            .descendant_of(self)
            .order_by("-first_published_at", "-pk")[:HIGHLIGHTED_GUIDES_FALLBACK]
        )

    @cached_property
    def seminars(self):
        """The next upcoming live seminars of this home page's site and language, soonest first."""
        upcoming = SeminarPage.objects.live().public().descendant_of(self).for_listing().upcoming()
        return localize_links(upcoming[:NEXT_SEMINARS])

    @cached_property
    def testimonial(self):
        if self.featured_testimonial_id is None:
            return None
        found = localized_pages([self.featured_testimonial], self.locale)
        return found[0] if found else None

    @cached_property
    def diagnostic_page(self):
        """The live self-diagnostic of this language, when the call to it has a title."""
        if not self.diagnostic_title:
            return None
        return DiagnosticPage.objects.live().public().child_of(self).first()

    @cached_property
    def logos(self):
        return logos_of(self.locale)

    def highlighted_guides_representation(self, request):
        return [guide_link(guide, request) for guide in self.guides]

    def next_seminars_representation(self, request):
        return [seminar_link(seminar, request) for seminar in self.seminars]

    def testimonial_representation(self, request):
        return testimonial_link(self.testimonial, request) if self.testimonial else None

    def diagnostic_representation(self, request):
        page = self.diagnostic_page
        if page is None:
            return None
        return {
            "title": self.diagnostic_title,
            "text": self.diagnostic_text,
            "button": self.diagnostic_button,
            "page": {"id": page.pk, "title": page.title, "html_url": page.get_full_url(request)},
        }

    def partners_representation(self, request):
        return [partner.api_representation() for partner in self.logos[0]]

    def sponsors_representation(self, request):
        return [sponsor.api_representation() for sponsor in self.logos[1]]


class HomeHighlightedGuide(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="highlighted_guides")
    guide = models.ForeignKey(
        "guides.GuidePage",
        verbose_name=_("guide"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A guide to put forward on the home page."),
    )

    panels = [PageChooserPanel("guide", "guides.GuidePage")]

    class Meta(Orderable.Meta):
        verbose_name = _("highlighted guide")
        verbose_name_plural = _("highlighted guides")


class HomeMenuItem(TranslatableMixin, Orderable):
    """A section in the header's main menu: a page of the site and an optional label.

    Each language's home page has its own items (translated with the page: the
    label is translated, the chosen page and the order stay in sync); the chosen
    page is shown in the menu's language (``home.navigation``).
    """

    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="menu_items")
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The section the item leads to, e.g. the guides or the agenda."),
    )
    label = models.CharField(
        _("label"),
        max_length=60,
        blank=True,
        help_text=_("The item's text in the menu. Leave empty to use the page's title."),
    )

    panels = [PageChooserPanel("link_page"), FieldPanel("label")]

    translatable_fields = translated("label") + synchronized("link_page")

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("menu item")
        verbose_name_plural = _("menu items")


class ContentPage(Page):
    """About, legal notice, accessibility statement: a title, an intro and a body."""

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["home.ContentPage"]

    intro = intro_field()
    body = StreamField(CONTENT_BLOCKS, verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    api_fields = [APIField("intro"), APIField("body")]

    translatable_fields = PAGE_TRANSLATABLE_FIELDS + translated("intro", "body")

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")
