"""Video testimonials of business owners: one index per language and the testimonials under it.

The video is either an oEmbed address (YouTube, Vimeo…) or a video file held in
media storage as a Wagtail document. The transcript is required, for people
who cannot hear the video. WebVTT captions are a document too, synchronised
between languages and *overridable*: a translator picks the Dutch or German
captions in wagtail-localize's editor, and later syncs of the French page keep
that choice (docs/testimonials.md).
"""

from django import forms
from django.conf import settings
from django.db import models
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from modelcluster.fields import ParentalKey
from rest_framework import serializers
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.search import index

from core.api_schema import nullable, obj
from core.blocks import (
    DOCUMENT_SCHEMA,
    IMAGE_SCHEMA,
    VIDEO_SCHEMA,
    document_representation,
    image_representation,
    is_embeddable,
    player_url,
    video_representation,
)
from core.fields import OptionalForeignKey, intro_field
from core.models import FieldErrorsMixin, ListedPageManager
from core.translation import PAGE_TRANSLATABLE_FIELDS, synchronized, translated
from guides.models import GuideLink, related_guides_with_privacy
from guides.serializers import RelatedGuidesField
from taxonomy.fields import ThemesField
from taxonomy.forms import TermsPageForm
from taxonomy.listing import TermFilteredIndexPage
from taxonomy.localization import Localized, LocalizedLinksMixin
from taxonomy.serializers import TermField, TermsField

POSTER_SPEC = "fill-960x540"
VIDEO_EXTENSIONS = {"mp4": "video/mp4", "webm": "video/webm"}


class TestimonialIndexPage(TermFilteredIndexPage):
    """The testimonials of one language, filterable by theme and sector."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["testimonials.TestimonialPage"]
    max_count_per_parent = 1
    listing_name = "testimonials"

    intro = intro_field(_("A sentence or two shown above the list of testimonials."))

    class Meta:
        verbose_name = _("testimonial index page")
        verbose_name_plural = _("testimonial index pages")

    @staticmethod
    def filter_items(testimonials, theme, sector):
        if theme:
            testimonials = testimonials.filter(themes__slug=theme).distinct()
        if sector:
            testimonials = testimonials.filter(sector__slug=sector)
        return testimonials


class TestimonialPageManager(ListedPageManager):
    """Testimonials come with their locale, sector, video, captions, themes, related guides and poster."""

    def listed_with(self):
        return [
            "locale",
            "sector",
            "video_file",
            "captions",
            "themes",
            related_guides_with_privacy(TestimonialRelatedGuide),
            models.Prefetch("poster", queryset=get_image_model().objects.prefetch_renditions(POSTER_SPEC)),
        ]


@extend_schema_field(VIDEO_SCHEMA)
class VideoField(serializers.Field):
    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        return page.video


def poster_representation(image):
    """API shape of a testimonial's poster: decorative (``alt`` ""), as the site shows it, since the title and
    the business owner's name beside it say what it is; never the image library's untranslated text."""
    return image_representation(image, POSTER_SPEC, alt="")


@extend_schema_field(IMAGE_SCHEMA)
class PosterField(serializers.Field):
    def to_representation(self, image):
        return poster_representation(image)


CAPTIONS_SCHEMA = {
    **DOCUMENT_SCHEMA,
    "description": "The WebVTT captions (a document) and the language they are in.",
    "properties": {**DOCUMENT_SCHEMA["properties"], "language": {"type": "string"}},
}
TESTIMONIAL_LINK_SCHEMA = nullable(
    obj(
        {
            "id": "integer",
            "title": "string",
            "html_url": "string",
            "person_name": "string",
            "role": "string",
            "company": "string",
            "town": "string",
            "pull_quote": "string",
            "poster": IMAGE_SCHEMA,
        },
        "A testimonial inside another page (``testimonial_link``).",
    )
)


@extend_schema_field(CAPTIONS_SCHEMA)
class CaptionsField(serializers.Field):
    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        if page.captions is None:
            return None
        return {**document_representation(page.captions), "language": page.captions_language}


class TestimonialPageForm(TermsPageForm):
    """The editor form says why the transcript is required, not just that it is."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "transcript" in self.fields:
            message = self._meta.model._meta.get_field("transcript").error_messages["blank"]
            self.fields["transcript"].error_messages["required"] = message


class TestimonialPage(FieldErrorsMixin, LocalizedLinksMixin, RoutablePageMixin, Page):
    """One business owner tells, on video, how ICT changed their business.

    Its captions are served by the page itself (``captions/<language>/``), as ``text/vtt`` from the
    site's own origin: a ``<track>`` loads only from there (media storage may be another origin), and
    each language's captions are offered on every translation of the testimonial.
    """

    parent_page_types = ["testimonials.TestimonialIndexPage"]

    @property
    def preview_image(self):
        """The picture of link previews (Open Graph, core.seo): the video's poster."""
        return self.poster

    @property
    def preview_image_alt(self):
        """The poster's alternative text in link previews: the testimonial's title, in the page's language."""
        return self.title

    subpage_types = []

    person_name = models.CharField(
        _("business owner's name"), max_length=120, help_text=_("First name and surname, as they want to be shown.")
    )
    role = models.CharField(_("role"), max_length=120, help_text=_("E.g. “manager”, “founder”, “baker”."))
    company = models.CharField(_("company"), max_length=150)
    sector = models.ForeignKey(
        "taxonomy.Sector",
        verbose_name=_("sector"),
        on_delete=models.PROTECT,
        related_name="testimonials",
        help_text=_("The business's sector; visitors filter the testimonials by sector."),
    )
    town = models.CharField(
        _("town"),
        max_length=100,
        help_text=_("Where the business is, as the page's language names it (Liège, Luik, Lüttich)."),
    )
    video_url = models.URLField(
        _("video address"),
        blank=True,
        help_text=_("A YouTube, Vimeo or other oEmbed address. Give this or a video file, not both."),
    )
    video_file = OptionalForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("video file"),
        help_text=_("An MP4 or WebM file, shown with the site's own player. Give this or a video address, not both."),
    )
    poster = OptionalForeignKey(
        "wagtailimages.Image",
        verbose_name=_("poster image"),
        help_text=_("The picture shown before the video plays and in the lists of testimonials (16:9)."),
    )
    pull_quote = models.TextField(
        _("pull quote"),
        max_length=300,
        help_text=_("The sentence that sums up the testimonial, shown in lists and on the home page."),
    )
    transcript = models.TextField(
        _("transcript"),
        help_text=_("Everything that is said in the video, for people who cannot hear it. Required."),
        error_messages={
            "blank": _("A transcript is required: visitors who cannot hear the video read it instead."),
        },
    )
    captions = OptionalForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("captions (WebVTT)"),
        help_text=_(
            "A .vtt caption file in this page's language. Translators choose the captions of their "
            "language in the translation editor."
        ),
    )
    captions_language = models.CharField(
        _("language of the captions"),
        max_length=10,
        blank=True,
        editable=False,
        help_text=_("Set on save: this page's language, or the source's while a translation carries its captions."),
    )
    themes = ThemesField(
        related_name="testimonials",
        help_text=_("What the testimonial is about; visitors filter the testimonials by theme."),
    )

    objects = TestimonialPageManager()

    base_form_class = TestimonialPageForm

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("person_name"), FieldPanel("role")]),
                FieldRowPanel([FieldPanel("company"), FieldPanel("town")]),
                FieldPanel("sector", widget=forms.Select),
            ],
            heading=_("The business owner"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("video_url"),
                FieldPanel("video_file"),
                FieldPanel("poster"),
                FieldPanel("captions"),
            ],
            heading=_("Video"),
        ),
        FieldPanel("pull_quote"),
        FieldPanel("transcript"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        InlinePanel(
            "related_guides",
            label=_("Related guides"),
            heading=_("Related guides"),
            help_text=_("Guides to read after the testimonial, in this order."),
        ),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("pull_quote", boost=1.5),
        index.SearchField("transcript"),
        index.SearchField("person_name"),
        index.SearchField("company"),
        index.SearchField("town"),
        index.RelatedFields("themes", [index.SearchField("name"), index.FilterField("slug")]),
        index.RelatedFields("sector", [index.SearchField("name"), index.FilterField("slug")]),
        index.FilterField("themes"),
        index.FilterField("sector"),
    ]

    api_fields = [
        APIField("person_name"),
        APIField("role"),
        APIField("company"),
        APIField("town"),
        APIField("sector", serializer=TermField(source="localized_sector")),
        APIField("themes", serializer=TermsField(source="localized_themes")),
        APIField("video", serializer=VideoField()),
        APIField("poster", serializer=PosterField()),
        APIField("pull_quote"),
        APIField("transcript"),
        APIField("captions", serializer=CaptionsField()),
        APIField("related_guides", serializer=RelatedGuidesField(source="*")),
    ]

    translatable_fields = (
        PAGE_TRANSLATABLE_FIELDS
        + translated("role", "town", "pull_quote", "transcript")
        + synchronized("person_name", "company")
        # sector, themes, related guides: synchronised, shown in the page's language (taxonomy/localization.py: why).
        + synchronized("sector", "video_url", "video_file", "poster")
        # Overridable (the default): each language may carry its own captions.
        + synchronized("captions")
        + synchronized("themes", "related_guides")
    )

    class Meta:
        verbose_name = _("testimonial")
        verbose_name_plural = _("testimonials")

    def field_errors(self):
        if self.video_url and self.video_file_id:
            yield "video_url", _("Give a video address or a video file, not both.")
        elif not self.video_url and not self.video_file_id:
            yield "video_url", _("Give the video: an address (YouTube, Vimeo…) or a video file.")
        elif self.video_url and not is_embeddable(self.video_url):
            message = _(
                "This address cannot be embedded: give the address of the video on YouTube, Vimeo or another "
                "oEmbed provider."
            )
            yield "video_url", message
        elif self.video_file_id and self.video_file.file_extension.lower() not in VIDEO_EXTENSIONS:
            yield "video_file", _("The video file must be an MP4 or WebM file.")
        if self.captions_id and not is_webvtt(self.captions):
            yield "captions", _("The captions must be a WebVTT file: a .vtt file that starts with “WEBVTT”.")

    def save(self, *args, **kwargs):
        self.captions_language = self.compute_captions_language()
        return super().save(*args, **kwargs)

    def compute_captions_language(self):
        """The language of the captions: this page's, unless a translation still carries the source's file."""
        if not self.captions_id or self.locale_id is None:
            return ""
        source_language = settings.LANGUAGE_CODE
        if self.locale.language_code == source_language:
            return source_language
        source_captions = (
            TestimonialPage.objects.filter(translation_key=self.translation_key, locale__language_code=source_language)
            .values_list("captions_id", flat=True)
            .first()
        )
        return source_language if source_captions == self.captions_id else self.locale.language_code

    @property
    def captions_language_name(self):
        return get_language_info(self.captions_language)["name_local"] if self.captions_language else ""

    @property
    def video(self):
        """The video in the API's shape (``core.blocks.video_representation``), with its MIME type for files."""
        data = video_representation(self.video_url, self.video_file)
        if data and data["kind"] == "file":
            data["mime_type"] = self.video_mime_type
        return data

    @property
    def video_mime_type(self):
        if self.video_file is None:
            return ""
        return VIDEO_EXTENSIONS.get(self.video_file.file_extension.lower(), "")

    def caption_tracks(self):
        """The captions the player offers: ``[{"language", "name", "document", "url", "default"}]``.

        This page's own captions first, then those of its live translations in other languages (in the
        order of ``LANGUAGES``). The default track is the one in the page's language, else the page's own.
        """
        documents = {}
        if self.captions_id:
            documents[self.captions_language or self.locale.language_code] = self.captions
        others = (
            TestimonialPage.objects.live()
            .public()
            .filter(translation_key=self.translation_key, captions__isnull=False)
            .exclude(pk=self.pk)
            .prefetch_related(None)
            .select_related("captions", "locale")
        )
        by_language = {page.captions_language or page.locale.language_code: page.captions for page in others}
        for code, _name in settings.LANGUAGES:
            if code in by_language and code not in documents:
                documents[code] = by_language[code]
        default = self.locale.language_code if self.locale.language_code in documents else next(iter(documents), "")
        return [
            {
                "language": code,
                "name": get_language_info(code)["name_local"],
                "document": document,
                "url": (self.url or "") + self.reverse_subpage("captions", args=(code,)),
                "default": code == default,
            }
            for code, document in documents.items()
        ]

    @path("captions/<slug:language>/", name="captions")
    def captions_file(self, request, language):
        """The WebVTT captions in ``language`` offered on this page, as ``text/vtt``."""
        track = next((track for track in self.caption_tracks() if track["language"] == language), None)
        if track is None:
            raise Http404
        try:
            with track["document"].file.open("rb") as file:
                content = file.read()
        except (OSError, ValueError) as error:
            raise Http404 from error
        response = HttpResponse(content, content_type="text/vtt; charset=utf-8")
        response["Content-Language"] = language
        response["Content-Disposition"] = f'inline; filename="{self.slug}-{language}.vtt"'
        return response

    @property
    def player_url(self):
        """The provider's player (YouTube without cookies, Vimeo), loaded only when the visitor asks for it."""
        return player_url(self.video_url)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["caption_tracks"] = self.caption_tracks()
        context["video_object"] = self.video_object(request, context["caption_tracks"])
        return context

    def video_object(self, request=None, tracks=None):
        """The schema.org ``VideoObject`` of the testimonial (JSON-LD), with absolute addresses."""
        site = self.get_site()
        site_url = site.root_url if site else ""
        tracks = self.caption_tracks() if tracks is None else tracks
        data = {
            "@context": "https://schema.org",
            "@type": "VideoObject",
            "name": self.title,
            "description": self.search_description or self.pull_quote,
            "url": self.get_full_url(request),
            "inLanguage": self.locale.language_code,
            "transcript": self.transcript,
        }
        if self.poster is not None:
            data["thumbnailUrl"] = [absolute(site_url, self.poster.get_rendition(POSTER_SPEC).url)]
        published = self.first_published_at or self.latest_revision_created_at or timezone.now()
        data["uploadDate"] = timezone.localtime(published).isoformat()
        if self.video_file is not None:
            data["contentUrl"] = absolute(site_url, self.video_file.url)
            data["encodingFormat"] = self.video_mime_type
        elif self.video_url:
            data["embedUrl"] = self.player_url or self.video_url
        if tracks:
            data["caption"] = [
                {
                    "@type": "MediaObject",
                    "contentUrl": absolute(site_url, track["url"]),
                    "encodingFormat": "text/vtt",
                    "inLanguage": track["language"],
                }
                for track in tracks
            ]
        return data

    # The links as this page's language shows them (taxonomy.localization).
    localized_sector = Localized("sector")
    localized_themes = Localized("themes")
    localized_related_guides = Localized("related_guides", page="guide")


def testimonial_link(page, request=None):
    """The compact JSON shape of a testimonial shown inside another page (the home page)."""
    return {
        "id": page.pk,
        "title": page.title,
        "html_url": page.get_full_url(request),
        "person_name": page.person_name,
        "role": page.role,
        "company": page.company,
        "town": page.town,
        "pull_quote": page.pull_quote,
        "poster": poster_representation(page.poster),
    }


def absolute(site_url, url):
    """``url`` with the site's scheme and host, unless it has them already (media storage)."""
    return url if "://" in url else f"{site_url}{url}"


def is_webvtt(document):
    """A .vtt document whose content starts with the WebVTT signature (after an optional byte order mark)."""
    if document.file_extension.lower() != "vtt":
        return False
    try:
        with document.file.open("rb") as file:
            head = file.read(16)
    except (OSError, ValueError):
        return False
    head = head.removeprefix(b"\xef\xbb\xbf")
    return head.startswith(b"WEBVTT") and (len(head) == 6 or head[6:7] in (b" ", b"\t", b"\n", b"\r"))


class TestimonialRelatedGuide(GuideLink):
    page = ParentalKey(TestimonialPage, on_delete=models.CASCADE, related_name="related_guides")
