"""Sponsors of the programme, their contracts and areas, and the partners.

The programme is half privately funded. A sponsor's credit on a guide or a
seminar, its logo and its area (``SponsorPage``) show only while its contract
is active (``Sponsor.objects.active()``). While a sponsor holds an exclusive
contract in a category, no other sponsor may hold an overlapping contract in
that category (``Sponsor.clean``); docs/sponsors.md states the rules.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index

from core.api_schema import array_of, obj
from core.blocks import CONTENT_BLOCKS, IMAGE_SCHEMA, image_representation
from core.fields import OptionalForeignKey, intro_field
from core.models import FieldErrorsMixin
from core.translation import PAGE_TRANSLATABLE_FIELDS, synchronized, translated

LOGO_SPEC = "max-240x80"


def with_logo_renditions(queryset, spec=LOGO_SPEC):
    """``queryset`` with its logos and their ``spec`` renditions fetched in two queries in all."""
    return queryset.prefetch_related(
        models.Prefetch("logo", queryset=get_image_model().objects.prefetch_renditions(spec))
    )


def logo_representation(owner):
    """API shape of a sponsor's or partner's logo: ``image_representation`` at the logo size, its alternative
    text the owner's name in the owner's language (as the site's templates show it), not the image library's."""
    return image_representation(owner.logo, LOGO_SPEC, alt=owner.name)


@extend_schema_field(IMAGE_SCHEMA)
class LogoField(serializers.Field):
    """A sponsor's or partner's ``logo`` API field (``logo_representation``)."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, owner):
        return logo_representation(owner)


class Organisation(models.Model):
    """What sponsors and partners both are: a name, a logo and a website, shown in credits, areas and the
    footer, and in the API (the logo through ``LogoField``)."""

    name = models.CharField(_("name"), max_length=120)
    logo = OptionalForeignKey("wagtailimages.Image", verbose_name=_("logo"))
    website = models.URLField(_("website"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("logo"), FieldPanel("website")]

    api_fields = [APIField("name"), APIField("logo", serializer=LogoField()), APIField("website")]

    class Meta:
        abstract = True

    def __str__(self):
        return self.name


class SponsorQuerySet(models.QuerySet):
    def active(self, on=None):
        """Sponsors whose contract covers the given day (today by default)."""
        day = on or timezone.localdate()
        return self.filter(contract_start__lte=day, contract_end__gte=day)

    def overlapping(self, start, end):
        """Contracts sharing at least one day with [start, end] (both days included)."""
        return self.filter(contract_start__lte=end, contract_end__gte=start)


class Sponsor(TranslatableMixin, index.Indexed, Organisation):
    class Category(models.TextChoices):
        SOFTWARE_IT = "software-it", _("Software and IT services")
        TELECOM = "telecom", _("Telecom")
        BANKING = "banking-payment", _("Banking and payment")
        HARDWARE = "hardware", _("Hardware")
        OTHER = "other", _("Other")

    class Tier(models.TextChoices):
        MAIN = "main", _("Main sponsor")
        SUPPORTING = "supporting", _("Supporting sponsor")

    description = models.TextField(_("description"), blank=True, max_length=1000)
    category = models.CharField(
        _("category"),
        max_length=20,
        choices=Category.choices,
        help_text=_("Hardware is a category of its own: an exclusive IT sponsor does not block a hardware maker."),
    )
    tier = models.CharField(_("tier"), max_length=20, choices=Tier.choices, default=Tier.SUPPORTING)
    contract_start = models.DateField(_("contract start"), help_text=_("First day of the contract."))
    contract_end = models.DateField(_("contract end"), help_text=_("Last day of the contract (included)."))
    exclusive = models.BooleanField(
        _("exclusive in its category"),
        default=False,
        help_text=_("While this contract runs, no other sponsor may hold a contract in the same category."),
    )

    objects = SponsorQuerySet.as_manager()

    panels = [
        *Organisation.panels,
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
        *Organisation.api_fields,
        APIField("description"),
        APIField("category"),
        APIField("tier"),
        APIField("contract_start"),
        APIField("contract_end"),
        APIField("exclusive"),
    ]

    translatable_fields = translated("description") + synchronized(
        "name", "logo", "website", "category", "tier", "contract_start", "contract_end", "exclusive"
    )

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("sponsor")
        verbose_name_plural = _("sponsors")
        ordering = ["name"]

    def is_active(self, on=None):
        day = on or timezone.localdate()
        return self.contract_start <= day <= self.contract_end

    @property
    def contract_status(self):
        """ "Active", "Not started yet" or "Ended", for the admin listing."""
        today = timezone.localdate()
        if self.contract_start > today:
            return gettext("Not started yet")
        if self.contract_end < today:
            return gettext("Ended")
        return gettext("Active")

    def clean(self):
        super().clean()
        if self.contract_start and self.contract_end and self.contract_end < self.contract_start:
            raise ValidationError(
                {"contract_end": gettext("The contract cannot end before it starts.")}, code="contract_dates"
            )
        conflict = self.exclusivity_conflict()
        if conflict:
            raise ValidationError(self.conflict_message(conflict), code="exclusivity")

    def exclusivity_conflict(self):
        """The other sponsor whose contract this one may not overlap, or None.

        Translations share their source's contract (synchronised fields), so one
        sponsor counts once, whatever its number of languages, and never
        conflicts with its own translations.
        """
        if not (self.category and self.contract_start and self.contract_end):
            return None
        others = (
            Sponsor.objects.filter(category=self.category)
            .overlapping(self.contract_start, self.contract_end)
            .order_by("contract_start", "pk")
        )
        if self.translation_key:
            others = others.exclude(translation_key=self.translation_key)
        if not self.exclusive:
            others = others.filter(exclusive=True)
        return others.first()

    def conflict_message(self, other):
        values = {
            "sponsor": other.name,
            "category": other.get_category_display(),
            "start": date_format(other.contract_start, "DATE_FORMAT"),
            "end": date_format(other.contract_end, "DATE_FORMAT"),
        }
        if other.exclusive:
            return (
                gettext(
                    "%(sponsor)s holds an exclusive contract in the category “%(category)s” from %(start)s to "
                    "%(end)s: no other sponsor may have a contract in this category during these dates."
                )
                % values
            )
        return (
            gettext(
                "This contract cannot be exclusive: %(sponsor)s holds a contract in the category “%(category)s” "
                "from %(start)s to %(end)s, which overlaps these dates."
            )
            % values
        )

    @cached_property
    def area(self):
        """The sponsor's live area on this site in the sponsor's language (a ``SponsorPage``), or None.

        A credit on a guide or a seminar leads there; the area links the sponsor's own website.
        """
        return (
            SponsorPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id, sponsor__translation_key=self.translation_key)
            .first()
        )

    def api_representation(self):
        """The one JSON shape of a sponsor credit inside pages (guides, seminars, sponsor areas)."""
        return {
            "id": self.pk,
            "name": self.name,
            "website": self.website,
            "category": self.category,
            "tier": self.tier,
            "logo": logo_representation(self),
            "contract_start": self.contract_start.isoformat(),
            "contract_end": self.contract_end.isoformat(),
            "exclusive": self.exclusive,
            "active": self.is_active(),
        }


SPONSOR_SCHEMA = obj(
    {
        "id": "integer",
        "name": "string",
        "website": "string",
        "category": {"type": "string", "enum": list(Sponsor.Category.values)},
        "tier": {"type": "string", "enum": list(Sponsor.Tier.values)},
        "logo": IMAGE_SCHEMA,
        "contract_start": {"type": "string", "format": "date"},
        "contract_end": {"type": "string", "format": "date"},
        "exclusive": "boolean",
        "active": "boolean",
    },
    "A sponsor inside a page (``Sponsor.api_representation``).",
)


@extend_schema_field(SPONSOR_SCHEMA)
class SponsorField(serializers.Field):
    """API shape of the sponsor of an area (with ``active`` telling whether its contract runs)."""

    def to_representation(self, sponsor):
        return sponsor.api_representation()


@extend_schema_field(
    {**SPONSOR_SCHEMA, "nullable": True, "description": "The sponsor credit, null when none is active."}
)
class SponsorCreditField(serializers.Field):
    """API shape of a sponsor credit (``SponsoredPage.sponsor_credit``): the sponsor while its contract is active,
    else null."""

    def __init__(self, **kwargs):
        kwargs.setdefault("source", "sponsor_credit")
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, sponsor):
        return sponsor.api_representation()


class SponsoredPage(models.Model):
    """A page that credits a sponsor (guides, seminars): "With the support of …", only while the contract runs.

    It owns the field and its rules: the credit shows on the page (``{% sponsor_credit page %}``) and in the
    API (``api_fields``) only while the sponsor's contract is active. The sponsor is translated
    (``TranslatableField``, as on ``SponsorPage``): wagtail-localize points a Dutch page at the sponsor's Dutch
    version, which leads to the sponsor's Dutch area, and keeps the French one while the sponsor has no Dutch
    version. Sponsors have no drafts (administrators only, saved means live), so nothing unreviewed can show;
    themes, sectors and venues, which do, stay synchronised instead (``taxonomy.localization``).
    A page class lists ``*SponsoredPage.api_fields`` and ``*SponsoredPage.translatable_fields`` in its own and
    places ``FieldPanel("sponsor")`` in its panels.
    """

    sponsor = OptionalForeignKey(
        "sponsors.Sponsor",
        verbose_name=_("sponsor credit"),
        related_name="credited_%(class)s",
        help_text=_("Shown only while the sponsor's contract is active."),
    )

    api_fields = [APIField("sponsor", serializer=SponsorCreditField())]

    translatable_fields = translated("sponsor")

    class Meta:
        abstract = True

    @property
    def sponsor_credit(self):
        """The sponsor to credit, only while its contract is active; else None."""
        if self.sponsor is not None and self.sponsor.is_active():
            return self.sponsor
        return None


PARTNER_SCHEMA = obj(
    {"id": "integer", "name": "string", "website": "string", "description": "string", "logo": IMAGE_SCHEMA},
    "A partner inside a page (``Partner.api_representation``).",
)


class Partner(TranslatableMixin, Organisation):
    """The public organisations running the programme (the Region, AWT, ASE, UCM): footer logos."""

    description = models.CharField(
        _("short description"),
        max_length=255,
        blank=True,
        help_text=_("One sentence on the partner's role in the programme."),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Partners are shown from the lowest number to the highest.")
    )

    panels = [*Organisation.panels, FieldPanel("description"), FieldPanel("sort_order")]

    api_fields = [*Organisation.api_fields, APIField("description"), APIField("sort_order")]

    translatable_fields = translated("name", "description") + synchronized("logo", "website", "sort_order")

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["sort_order", "name"]

    def api_representation(self):
        return {
            "id": self.pk,
            "name": self.name,
            "website": self.website,
            "description": self.description,
            "logo": logo_representation(self),
        }


@extend_schema_field(
    array_of(
        obj({"id": "integer", "type": "string", "title": "string", "url": "string"}),
        "The live pages crediting the sponsor, while its contract is active.",
    )
)
class SupportedContentField(serializers.ReadOnlyField):
    pass


def logos_of(locale):
    """Partners, then sponsors whose contract is active, of ``locale``: four queries, however many."""
    partners = with_logo_renditions(Partner.objects.filter(locale=locale))
    sponsors = with_logo_renditions(Sponsor.objects.active().filter(locale=locale).order_by("tier", "name"))
    return list(partners), list(sponsors)


class SponsorsIndexPage(Page):
    """The sponsors section: the areas of the sponsors whose contract is active."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["sponsors.SponsorPage"]
    max_count_per_parent = 1

    intro = intro_field(_("Why companies support the programme; shown above the list of sponsors."), max_length=1000)

    content_panels = Page.content_panels + [FieldPanel("intro")]

    search_fields = Page.search_fields + [index.SearchField("intro")]

    api_fields = [APIField("intro")]

    translatable_fields = PAGE_TRANSLATABLE_FIELDS + translated("intro")

    class Meta:
        verbose_name = _("sponsors index page")
        verbose_name_plural = _("sponsors index pages")

    def sponsor_pages(self):
        """Live areas of this language whose sponsor's contract is active, main sponsors first."""
        today = timezone.localdate()
        pages = (
            SponsorPage.objects.child_of(self)
            .live()
            .public()
            .filter(sponsor__contract_start__lte=today, sponsor__contract_end__gte=today)
            .select_related("sponsor")
            .prefetch_related(
                models.Prefetch("sponsor__logo", queryset=get_image_model().objects.prefetch_renditions(LOGO_SPEC))
            )
            .order_by("sponsor__tier", "sponsor__name")
        )
        return pages

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sponsor_pages"] = self.sponsor_pages()
        return context


class SponsorPage(FieldErrorsMixin, Page):
    """A sponsor's area: its presentation, a contact and the guides and seminars it supports.

    Visible only while the sponsor's contract is active: afterwards (or before it
    starts) visitors get a 404, and the API marks the sponsor ``"active": false``
    and lists no supported content. Editors still preview it (Wagtail's preview
    does not go through ``serve``), with a notice.
    """

    parent_page_types = ["sponsors.SponsorsIndexPage"]
    subpage_types = []
    preview_image_spec = "max-1200x630"  # a logo is never cropped in link previews

    @property
    def preview_image(self):
        """The picture of link previews (Open Graph, core.seo): the sponsor's logo."""
        return getattr(self.sponsor, "logo", None)

    @property
    def preview_image_alt(self):
        """The logo's alternative text in link previews: the sponsor's name, as the page shows it."""
        return getattr(self.sponsor, "name", "")

    sponsor = models.ForeignKey(
        Sponsor,
        verbose_name=_("sponsor"),
        on_delete=models.PROTECT,
        related_name="areas",
        help_text=_("The area is visible only while this sponsor's contract is active."),
    )
    presentation = StreamField(CONTENT_BLOCKS, verbose_name=_("presentation"), blank=True)
    contact_name = models.CharField(_("contact name"), max_length=120, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(
        _("contact phone"), max_length=40, blank=True, help_text=_("International format, e.g. +32 81 12 34 56.")
    )

    content_panels = Page.content_panels + [
        FieldPanel("sponsor"),
        FieldPanel("presentation"),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")])],
            heading=_("Contact"),
        ),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("presentation"),
        index.RelatedFields("sponsor", [index.SearchField("name"), index.SearchField("description")]),
        index.FilterField("sponsor"),
    ]

    api_fields = [
        APIField("sponsor", serializer=SponsorField()),
        APIField("presentation"),
        APIField("contact_name"),
        APIField("contact_email"),
        APIField("contact_phone"),
        APIField("supported_content", serializer=SupportedContentField()),
    ]

    translatable_fields = (
        PAGE_TRANSLATABLE_FIELDS
        + translated("presentation", "sponsor")
        + synchronized("contact_name", "contact_email", "contact_phone")
    )

    class Meta:
        verbose_name = _("sponsor page")
        verbose_name_plural = _("sponsor pages")

    def field_errors(self):
        if self.sponsor_id:
            others = SponsorPage.objects.filter(sponsor__translation_key=self.sponsor.translation_key)
            if self.translation_key:
                others = others.exclude(translation_key=self.translation_key)
            if others.exists():
                yield "sponsor", gettext("This sponsor already has its area.")

    def is_visible(self):
        return self.sponsor.is_active()

    def supported_pages(self):
        """Live pages of this language crediting the sponsor (guides, seminars…), by type then title.

        Found through the reverse relations of ``Sponsor`` named ``sponsor`` on page
        models, so this app needs no import of the content apps that credit sponsors.
        """
        groups = []
        for relation in Sponsor._meta.related_objects:
            model = relation.related_model
            if relation.field.name != "sponsor" or not issubclass(model, Page) or model is SponsorPage:
                continue
            pages = (
                model.objects.live()
                .public()
                .filter(locale_id=self.locale_id, sponsor__translation_key=self.sponsor.translation_key)
                .order_by("title")
            )
            if pages:
                groups.append((model._meta.verbose_name_plural, list(pages)))
        return sorted(groups, key=lambda group: str(group[0]))

    @property
    def supported_content(self):
        """API: the guides and seminars the sponsor supports, while its contract is active."""
        if not self.is_visible():
            return []
        return [
            {"id": page.pk, "type": page.specific_class._meta.label, "title": page.title, "url": page.url}
            for _label, pages in self.supported_pages()
            for page in pages
        ]

    def serve(self, request, *args, **kwargs):
        if not self.is_visible():
            raise Http404(gettext("This sponsor's area is not online: its contract is not active."))
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["supported_pages"] = self.supported_pages() if self.is_visible() else []
        return context
