"""The agenda: venues, the agenda page of each language and its seminars.

Dates, venue, capacity, kind, status, taxonomy links, slides and sponsor are
synchronised between languages (a Dutch seminar page points at the French
venue and terms); pages show them in their language (``taxonomy.localization``;
listings in one query per model, ``localize_links``).
"""

from django import forms
from django.core.paginator import Paginator
from django.db import models
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from modelcluster.fields import ParentalKey
from rest_framework import serializers
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index

from agenda import seo
from agenda.choices import Kind, SpokenLanguage, Status
from agenda.forms import RegistrationForm
from agenda.records import (
    ACCEPTING,
    FULL,
    Registration,
    prefetch_seats_left,
    registration_state,
    seats_left,
    source_seminar,
    state_message,
    waitlist_position,
)
from agenda.registrations import RegistrationError, register
from agenda.venues import Venue
from core.api_schema import array_of, nullable, obj
from core.blocks import CONTENT_BLOCKS, DOCUMENT_SCHEMA, document_representation
from core.fields import OptionalForeignKey, intro_field
from core.models import FieldErrorsMixin
from core.ratelimits import limit
from core.translation import PAGE_TRANSLATABLE_FIELDS, synchronized, translated
from sponsors.models import Sponsor, SponsoredPage, with_logo_renditions
from taxonomy.fields import SectorsField, ThemesField
from taxonomy.forms import TermsPageForm
from taxonomy.localization import Localized, LocalizedLinksMixin, localize_links
from taxonomy.serializers import TermsField


class SeminarQuerySet(PageQuerySet):
    def upcoming(self, now=None):
        """Sessions that have not ended yet, soonest first."""
        return self.filter(end__gte=now or timezone.now()).order_by("start", "pk")

    def past(self, now=None):
        """Sessions that are over, most recent first."""
        return self.filter(end__lt=now or timezone.now()).order_by("-start", "-pk")

    def for_listing(self):
        return self.select_related("venue", "locale").prefetch_related(*listing_prefetches())


def listing_prefetches():
    """What a list of seminars shows besides their own fields (venue and locale are joined)."""
    return [
        "themes",
        "sectors",
        "speakers",
        "presentations__document",
        models.Prefetch("sponsor", queryset=with_logo_renditions(Sponsor.objects.all())),
    ]


SeminarManager = PageManager.from_queryset(SeminarQuerySet)

# The session remembers the visitor's last registration, for the "registered/" page.
REGISTRATION_SESSION_KEY = "agenda-registration"


SEMINAR_LINK_SCHEMA = obj(
    {
        "id": "integer",
        "title": "string",
        "html_url": "string",
        "kind": "string",
        "status": "string",
        "start": {"type": "string", "format": "date-time"},
        "end": {"type": "string", "format": "date-time"},
        "city": nullable("string"),
        "online": "boolean",
    },
    "A seminar inside another page (``seminar_link``); times in ISO 8601, Europe/Brussels.",
)


def seminar_link(seminar, request=None):
    """The compact JSON shape of a seminar listed inside another page (the home page's next seminars).

    ``seminar`` should come through ``localize_links`` (its venue in its own language).
    """
    venue = seminar.localized_venue
    return {
        "id": seminar.pk,
        "title": seminar.title,
        "html_url": seminar.get_full_url(request),
        "kind": seminar.kind,
        "status": seminar.status,
        "start": timezone.localtime(seminar.start).isoformat(),
        "end": timezone.localtime(seminar.end).isoformat(),
        "city": venue.city if venue else None,
        "online": venue is None,
    }


VENUE_SCHEMA = nullable(
    obj(
        {
            "id": "integer",
            "name": "string",
            "address": "string",
            "postcode": "string",
            "city": "string",
            "latitude": nullable("number"),
            "longitude": nullable("number"),
            "access_notes": "string",
        },
        "Where a seminar takes place (``Venue.api_representation``); null for an online session.",
    )
)


@extend_schema_field(VENUE_SCHEMA)
class VenueField(serializers.Field):
    def get_attribute(self, instance):
        return instance.localized_venue

    def to_representation(self, venue):
        return venue.api_representation() if venue else None


@extend_schema_field(array_of(obj({"name": "string", "organisation": "string", "bio": "string"})))
class SpeakersField(serializers.Field):
    def get_attribute(self, instance):
        return instance.speakers.all()

    def to_representation(self, speakers):
        return [{"name": s.name, "organisation": s.organisation, "bio": s.bio} for s in speakers]


@extend_schema_field(array_of(obj({"title": "string", "document": DOCUMENT_SCHEMA}), "The slides of the session."))
class PresentationsField(serializers.Field):
    def get_attribute(self, instance):
        return instance.presentations.all()

    def to_representation(self, presentations):
        return [{"title": p.display_title, "document": document_representation(p.document)} for p in presentations]


@extend_schema_field(
    {
        "type": "integer",
        "nullable": True,
        "minimum": 0,
        "description": "Seats still free (the capacity less the confirmed registrations, shared by the "
        "translations of the session); null when the session has no seat limit.",
    }
)
class SeatsLeftField(serializers.Field):
    def get_attribute(self, instance):
        return instance

    def to_representation(self, seminar):
        return seats_left(seminar)


@extend_schema_field(
    {
        "type": "string",
        "enum": ["open", "full", "closed", "cancelled", "postponed", "started"],
        "description": "``open``: registrations are confirmed; ``full``: new ones join the waitlist; ``closed``: "
        "the deadline has passed; ``cancelled``, ``postponed``, ``started``: no registration.",
    }
)
class RegistrationStateField(serializers.ReadOnlyField):
    """``SeminarPage.registration_state``, with its values in the OpenAPI document."""


@extend_schema_field(
    {
        "type": "string",
        "format": "date-time",
        "description": "When registration closes: the registration deadline, else the start of the session.",
    }
)
class RegistrationsCloseAtField(serializers.DateTimeField):
    def get_attribute(self, instance):
        return instance.registration_deadline or instance.start


class AgendaPage(Page):
    """The agenda of one language: upcoming sessions, then the archive of past ones with their slides."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["agenda.SeminarPage"]
    max_count_per_parent = 1

    intro = intro_field(_("A sentence or two above the list of sessions."))
    privacy_page = OptionalForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        help_text=_("The page the registration forms' consent box links to (shown in the visitor's language)."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("privacy_page")]

    search_fields = Page.search_fields + [index.SearchField("intro")]

    api_fields = [APIField("intro")]

    translatable_fields = PAGE_TRANSLATABLE_FIELDS + translated("intro") + synchronized("privacy_page")

    per_page = 10

    class Meta:
        verbose_name = _("agenda")
        verbose_name_plural = _("agendas")

    def seminars(self):
        return SeminarPage.objects.child_of(self).live().public().for_listing()

    def get_context(self, request, *args, **kwargs):
        # Imported here, not above: the filters share the API's parameters (core.endpoints), which need
        # the models loaded. (agenda/filters.py imports no module of agenda that imports this one.)
        from agenda.filters import SeminarFilterForm

        context = super().get_context(request, *args, **kwargs)
        archive = request.GET.get("archive") == "1"
        form = SeminarFilterForm(request.GET or None, locale=self.locale)
        seminars = self.seminars()
        seminars = seminars.past() if archive else seminars.upcoming()
        if form.is_bound and form.is_valid():
            seminars = form.apply(seminars)
        elif form.is_bound:
            seminars = seminars.none()
        page = Paginator(seminars, self.per_page).get_page(request.GET.get("page"))
        page.object_list = localize_links(page.object_list)
        query = request.GET.copy()
        query.pop("page", None)
        context.update(
            archive=archive,
            filter_form=form,
            seminars=page,
            filtered=form.is_bound and any(form.data.get(name) for name in form.fields),
            query_string=query.urlencode(),
        )
        return context


class SeminarPage(FieldErrorsMixin, LocalizedLinksMixin, SponsoredPage, RoutablePageMixin, Page):
    """One session of the agenda: a seminar, an information session or an advice slot.

    Its page shows the registration form while registration is open (its routes below; the seats and
    the registration services are in agenda/records.py and agenda/registrations.py).
    """

    Kind = Kind
    Status = Status
    SpokenLanguage = SpokenLanguage

    parent_page_types = ["agenda.AgendaPage"]
    subpage_types = []

    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices, default=Kind.THEMATIC)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status.choices,
        default=Status.SCHEDULED,
        help_text=_("Visitors and calendar subscribers see cancelled and postponed sessions flagged."),
    )
    summary = models.TextField(
        _("summary"), blank=True, max_length=400, help_text=_("One or two sentences shown in the agenda list.")
    )
    start = models.DateTimeField(_("start"), help_text=_("Date and time in Belgian time (Europe/Brussels)."))
    end = models.DateTimeField(_("end"), help_text=_("Must be after the start."))
    venue = models.ForeignKey(
        Venue,
        verbose_name=_("venue"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Where the session takes place. Leave empty for an online session."),
    )
    online_link = models.URLField(
        _("online link"),
        blank=True,
        help_text=_("Address of the video conference for an online session. A venue or a link is required."),
    )
    spoken_language = models.CharField(
        _("spoken language"),
        max_length=2,
        choices=SpokenLanguage.choices,
        default=SpokenLanguage.FR,
        help_text=_("The language the speakers use; it may differ from the language of this page."),
    )
    capacity = models.PositiveIntegerField(
        _("capacity"), null=True, blank=True, help_text=_("Number of seats. Leave empty when there is no limit.")
    )
    registration_deadline = models.DateTimeField(
        _("registration deadline"),
        null=True,
        blank=True,
        help_text=_("Last moment to register, before the start. Leave empty to accept registrations until the start."),
    )
    themes = ThemesField(help_text=_("What the session is about."))
    sectors = SectorsField(help_text=_("The sectors it is meant for. None means every sector."))
    description = StreamField(
        CONTENT_BLOCKS, verbose_name=_("description"), blank=True, help_text=_("Programme, audience, what to bring.")
    )
    objects = SeminarManager()

    base_form_class = TermsPageForm

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("kind"), FieldPanel("status")]),
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("spoken_language"),
            ],
            heading=_("When and how"),
        ),
        MultiFieldPanel([FieldPanel("venue"), FieldPanel("online_link")], heading=_("Where")),
        MultiFieldPanel(
            [FieldPanel("capacity"), FieldPanel("registration_deadline")],
            heading=_("Registration"),
        ),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
        FieldPanel("description"),
        InlinePanel("speakers", label=_("Speakers"), heading=_("Speakers")),
        InlinePanel(
            "presentations",
            label=_("Slides"),
            heading=_("Slides"),
            help_text=_("The presentations shown during the session, attached once it is over."),
        ),
        FieldPanel("sponsor"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("description"),
        index.FilterField("start"),
        index.FilterField("kind"),
        index.FilterField("status"),
        index.FilterField("spoken_language"),
        index.RelatedFields("speakers", [index.SearchField("name"), index.SearchField("organisation")]),
    ]

    api_fields = [
        APIField("kind"),
        APIField("status"),
        APIField("summary"),
        APIField("start"),
        APIField("end"),
        APIField("spoken_language"),
        APIField("venue", serializer=VenueField()),
        APIField("online_link"),
        APIField("capacity"),
        APIField("registration_deadline"),
        APIField("themes", serializer=TermsField(source="localized_themes")),
        APIField("sectors", serializer=TermsField(source="localized_sectors")),
        APIField("speakers", serializer=SpeakersField()),
        APIField("presentations", serializer=PresentationsField()),
        APIField("description"),
        *SponsoredPage.api_fields,
        APIField("seats_left", serializer=SeatsLeftField(read_only=True)),
        APIField("registration_state", serializer=RegistrationStateField(read_only=True)),
        APIField("registrations_close_at", serializer=RegistrationsCloseAtField(read_only=True)),
    ]

    translatable_fields = (
        PAGE_TRANSLATABLE_FIELDS
        + translated("summary", "description", "speakers")
        + synchronized("kind", "status", "start", "end")
        # venue, themes, sectors: synchronised, shown in the page's language (taxonomy/localization.py: why).
        + synchronized("venue", "online_link", "spoken_language", "capacity", "registration_deadline")
        + synchronized("themes", "sectors", "presentations")
        + SponsoredPage.translatable_fields
    )

    class Meta:
        verbose_name = _("seminar")
        verbose_name_plural = _("seminars")

    def field_errors(self):
        if self.start and self.end and self.end <= self.start:
            yield "end", _("The session must end after it starts.")
        if self.registration_deadline and self.start and self.registration_deadline >= self.start:
            yield "registration_deadline", _("The registration deadline must be before the start of the session.")
        if not self.venue_id and not self.online_link:
            yield "venue", _("Choose a venue or give an online link.")

    # The visitor's registration: the form on the page, then what it came to ---------------

    @path("")
    def index_route(self, request):
        """The seminar; while registration is open, its form (posted to the page itself)."""
        state = self.registration_state
        form = None
        refused = ""
        if state in ACCEPTING:
            form = RegistrationForm(request.POST if request.method == "POST" else None, locale=self.locale)
            if request.method == "POST":
                # Every attempt counts, so that nobody can post the form in a loop (to spam an address).
                limit(request, "registration")
                if form.is_valid():
                    try:
                        registration = register(self, form.registration_data(), self.locale.language_code)
                    except RegistrationError as error:
                        if error.code == "duplicate":
                            form.add_error("email", error.message)
                        else:  # closed while the visitor was filling the form in
                            state, form, refused = error.code, None, error.message
                    else:
                        request.session[REGISTRATION_SESSION_KEY] = registration.pk
                        return HttpResponseRedirect(self.url + self.reverse_subpage("registered"))
            if form is not None:
                form.describe_fields()
        context = self.get_context(request)
        context.update(
            registration_form=form,
            registration_state=state,
            registration_full=state == FULL,
            registration_message=refused or state_message(state),
            seats_left=seats_left(self),
            privacy_url=self.privacy_url(),
        )
        response = TemplateResponse(request, self.get_template(request), context)
        if request.method == "POST":
            response["Cache-Control"] = "private, no-store"
        return response

    @path("registered/", name="registered")
    def registered_route(self, request):
        """Confirmed, or waitlisted with the position: what the visitor's registration came to."""
        registration = Registration.objects.filter(
            pk=request.session.get(REGISTRATION_SESSION_KEY), seminar=source_seminar(self)
        ).first()
        if registration is None:
            return HttpResponseRedirect(self.url)
        context = self.get_context(request)
        context.update(registration=registration, position=waitlist_position(registration))
        response = TemplateResponse(request, "agenda/registered.html", context)
        add_never_cache_headers(response)
        response["X-Robots-Tag"] = "noindex"
        return response

    def privacy_url(self):
        """The privacy notice the source-language agenda links to, in the page's language when it is translated."""
        agenda = source_seminar(self).get_parent().specific
        notice = getattr(agenda, "privacy_page", None)
        if notice is None:
            return ""
        return (notice.get_translation_or_none(self.locale) or notice).url

    @classmethod
    def prepare_api_listing(cls, seminars):
        """Called by the API's page listings on each page of results: links in each seminar's language, in bulk."""
        seminars = list(seminars)
        models.prefetch_related_objects(seminars, "venue", "locale", *listing_prefetches())
        prefetch_seats_left(seminars)
        return localize_links(seminars)

    # The links as this page's language shows them (taxonomy.localization; in bulk for listings).
    localized_venue = Localized("venue")
    localized_themes = Localized("themes")
    localized_sectors = Localized("sectors")

    @property
    def is_past(self):
        return self.end < timezone.now()

    def structured_data(self, request=None):
        """The seminar as a schema.org ``Event`` (``{% page_ld page %}``)."""
        return seo.event(self, request)

    @property
    def is_online(self):
        return not self.venue_id

    @property
    def registration_state(self):
        """``open``, ``full`` (waitlist open), ``closed``, ``cancelled``, ``postponed`` or ``started``."""
        return registration_state(self)

    @property
    def location(self):
        """The venue's address, or the online link: what a calendar shows as LOCATION."""
        venue = self.localized_venue
        if venue:
            return f"{venue.name}, {venue.full_address}"
        return self.online_link


class SeminarSpeaker(TranslatableMixin, Orderable):
    page = ParentalKey(SeminarPage, on_delete=models.CASCADE, related_name="speakers")
    name = models.CharField(_("name"), max_length=150)
    organisation = models.CharField(
        _("organisation"), max_length=150, blank=True, help_text=_("E.g. a RENTIC consultant's company or agency.")
    )
    bio = models.TextField(_("short bio"), blank=True, max_length=600, help_text=_("Two or three sentences."))

    panels = [FieldPanel("name"), FieldPanel("organisation"), FieldPanel("bio")]

    translatable_fields = synchronized("name", "organisation") + translated("bio")

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")


class SeminarPresentation(Orderable):
    page = ParentalKey(SeminarPage, on_delete=models.CASCADE, related_name="presentations")
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("document"), on_delete=models.CASCADE, related_name="+"
    )
    title = models.CharField(_("title"), max_length=255, blank=True, help_text=_("Defaults to the document's title."))

    panels = [FieldPanel("document"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = _("slides")
        verbose_name_plural = _("slides")

    @property
    def display_title(self):
        return self.title or self.document.title
