"""The StreamField blocks every content app shares, with their API representation.

Content apps build their own block lists from these; the API shape of an
image, a video, a document or a callout is defined here once.
"""

import re
from collections import defaultdict
from urllib.parse import parse_qs, urlsplit

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StreamValue
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.embeds.finders import get_finders
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageChooserBlock
from wagtail.images.models import SourceImageIOError

from core.api_schema import nullable, obj

# The size of the images the API gives (``image_representation``).
API_IMAGE_SPEC = "width-800"

IMAGE_SCHEMA = nullable(
    obj(
        {
            "id": "integer",
            "title": "string",
            "url": "string",
            "width": "integer",
            "height": "integer",
            "alt": "string",
        },
        "An image at a given size (``image_representation``).",
    )
)
DOCUMENT_SCHEMA = nullable(
    obj(
        {
            "id": "integer",
            "title": "string",
            "url": "string",
            "file_extension": "string",
            "file_size": nullable("integer"),
        },
        "A downloadable document (``document_representation``).",
    )
)

VIDEO_SCHEMA = nullable(
    obj(
        {
            "kind": {"type": "string", "enum": ["embed", "file"]},
            "url": "string",
            "provider": "string",
            "file": DOCUMENT_SCHEMA,
            "mime_type": "string",
        },
        "A video (``video_representation``): an oEmbed address (``kind`` embed) or a file in media "
        "storage (``kind`` file, with the document and its ``mime_type``).",
    )
)


def image_representation(image, spec=API_IMAGE_SPEC, alt=None):
    """One JSON shape for an image everywhere in the API.

    ``alt`` is the alternative text where the image is shown, in the language of the page or snippet that
    shows it ("" for a decorative image); without it, the image library's own (its description, else its
    title), which is not translated: only the image endpoint and unplaced images use it.
    """
    if image is None:
        return None
    try:
        rendition = image.get_rendition(spec)
    except SourceImageIOError:
        # The original could not be read to make the rendition (media storage down, cms/storage.py):
        # the original's address and size, until the rendition can be made.
        return {
            "id": image.pk,
            "title": image.title,
            "url": image.file.url,
            "width": image.width,
            "height": image.height,
            "alt": image.default_alt_text if alt is None else alt,
        }
    return {
        "id": image.pk,
        "title": image.title,
        "url": rendition.url,
        "width": rendition.width,
        "height": rendition.height,
        "alt": rendition.alt if alt is None else alt,
    }


def document_representation(document):
    """One JSON shape for a downloadable document everywhere in the API."""
    if document is None:
        return None
    return {
        "id": document.pk,
        "title": document.title,
        "url": document.url,
        "file_extension": document.file_extension,
        "file_size": document.file_size,
    }


def video_representation(url="", document=None):
    """One JSON shape for a video everywhere in the API: an oEmbed address, or a file held in media storage."""
    if url:
        provider = (urlsplit(url).hostname or "").removeprefix("www.")
        return {"kind": "embed", "url": url, "provider": provider, "file": None}
    if document is not None:
        return {"kind": "file", "url": document.url, "provider": "", "file": document_representation(document)}
    return None


VIDEO_ID = re.compile(r"[\w-]{1,64}")


def player_url(url):
    """The address of the provider's player for a YouTube or Vimeo address, "" for any other.

    YouTube's player comes from its privacy-enhanced origin (youtube-nocookie.com) and Vimeo's with
    ``dnt=1``: these two origins are the only frames the Content-Security-Policy allows. The page links to
    the video on the provider's site and inserts this player only when the visitor chooses to play it
    (testimonials/static/testimonials/js/video-embed.js), so it autoplays.
    """
    parts = urlsplit(url or "")
    host = (parts.hostname or "").removeprefix("www.").removeprefix("m.")
    segments = [segment for segment in parts.path.split("/") if segment]
    video_id = ""
    if host == "youtube.com":
        if segments[:1] == ["watch"]:
            video_id = parse_qs(parts.query).get("v", [""])[0]
        elif len(segments) == 2 and segments[0] in ("embed", "shorts", "live", "v"):
            video_id = segments[1]
        player = "https://www.youtube-nocookie.com/embed/{}?autoplay=1"
    elif host == "youtu.be" and len(segments) == 1:
        video_id = segments[0]
        player = "https://www.youtube-nocookie.com/embed/{}?autoplay=1"
    elif host in ("vimeo.com", "player.vimeo.com"):
        video_id = next((segment for segment in segments if segment.isdigit()), "")
        player = "https://player.vimeo.com/video/{}?autoplay=1&dnt=1"
    if not video_id or not VIDEO_ID.fullmatch(video_id):
        return ""
    return player.format(video_id)


def is_embeddable(url):
    """Whether a configured oEmbed provider knows the address, checked offline against its URL patterns."""
    return any(finder.accept(url) for finder in get_finders())


def optional_line(label, **options):
    """An optional line of text of 255 characters at most: a title, a caption, an author, a link's text."""
    return blocks.CharBlock(label=label, required=False, max_length=255, **options)


class ImageBlock(blocks.StructBlock):
    """An image with its alternative text and caption, both held in the page: translated with it.

    The image library is not translated (Wagtail's images have no locale), so the page carries the words
    that describe the image where it is shown. Left empty, the alternative text is the image's description
    in the library, copied into the page when it is saved: from then on it is one of the page's segments,
    which translators see in wagtail-localize's editor and in PO/XLIFF files
    (wagtail/wagtail-localize#808). A decorative image has no alternative text (``alt=""``), as Wagtail's
    own ``ImageBlock`` allows; this block keeps its own shape because it also has a caption.
    """

    image = ImageChooserBlock(label=_("Image"))
    alt_text = optional_line(
        _("Alternative text"),
        help_text=_(
            "Describe the image for people who cannot see it. Left empty, the image's description in the "
            "library is used. Translators translate it with the page."
        ),
    )
    decorative = blocks.BooleanBlock(
        label=_("Decorative image"),
        required=False,
        help_text=_("The image adds nothing to the text: screen readers skip it and it has no alternative text."),
    )
    caption = optional_line(_("Caption"))

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image.html"

    def clean(self, value):
        value = super().clean(value)
        if value["decorative"]:
            value["alt_text"] = ""  # nothing for translators to translate
        elif not value["alt_text"].strip():
            value["alt_text"] = (getattr(value["image"], "description", "") or "").strip()
            if not value["alt_text"]:
                message = _(
                    "Describe the image for people who cannot see it, or mark it as decorative: "
                    "its description in the image library is empty."
                )
                raise blocks.StructBlockValidationError(block_errors={"alt_text": ValidationError(message)})
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["alt"] = alt_of(value)
        return context

    def get_api_representation(self, value, context=None):
        return {"image": image_representation(value["image"], alt=alt_of(value)), "caption": value["caption"]}


def alt_of(value):
    """The alternative text of an ``ImageBlock`` value: "" for a decorative image.

    A value saved without the editor's form (in code) may have none: the image library's then.
    """
    if value.get("decorative"):
        return ""
    image = value["image"]
    return value["alt_text"] or (image.default_alt_text if image is not None else "")


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(
        label=_("Video URL"),
        help_text=_("A YouTube, Vimeo or other oEmbed address."),
    )
    title = blocks.CharBlock(label=_("Title"), max_length=255)
    transcript = blocks.TextBlock(
        label=_("Transcript"),
        required=False,
        help_text=_("What is said in the video, for people who cannot hear it."),
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "blocks/video.html"

    def get_context(self, value, parent_context=None):
        """The player and the provider's name come from the address, offline: nothing is fetched to render."""
        context = super().get_context(value, parent_context)
        url = value["video"].url if value["video"] else ""
        context["player"] = player_url(url)
        context["provider"] = (video_representation(url) or {}).get("provider", "")
        return context

    def get_api_representation(self, value, context=None):
        video = video_representation(value["video"].url if value["video"] else "") or {"url": None}
        return {**video, "title": value["title"], "transcript": value["transcript"]}


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = optional_line(_("Link text"), help_text=_("Defaults to the document's title."))

    class Meta:
        icon = "doc-full"
        label = _("Downloadable document")
        template = "blocks/document.html"

    def get_api_representation(self, value, context=None):
        data = document_representation(value["document"])
        return {"document": data, "title": value["title"] or (data or {}).get("title", "")}


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[("tip", _("Tip")), ("warning", _("Warning")), ("info", _("Good to know"))],
        default="tip",
    )
    title = optional_line(_("Title"))
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "warning"
        label = _("Callout")
        template = "blocks/callout.html"
        preview_value = {"kind": "tip", "title": "Astuce", "text": "<p>Sauvegardez vos données chaque semaine.</p>"}


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading.html"
        form_classname = "title"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    author = optional_line(_("Author"))

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote.html"
        preview_value = {
            "quote": "Le numérique m'a fait gagner une journée par semaine.",
            "author": "Une cheffe d'entreprise",
        }


RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]

CONTENT_BLOCKS = [
    ("heading", HeadingBlock()),
    ("paragraph", blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES, icon="pilcrow")),
    ("image", ImageBlock()),
    ("video", VideoBlock()),
    ("document", DocumentBlock()),
    ("callout", CalloutBlock()),
    ("quote", QuoteBlock()),
]


def _choosers(block):
    """``{child name: model}`` of the chooser blocks in a stream's block (the block itself: name ``None``)."""
    if isinstance(block, blocks.ChooserBlock):
        return {None: block.model_class}
    if isinstance(block, blocks.StructBlock):
        return {
            name: child.model_class
            for name, child in block.child_blocks.items()
            if isinstance(child, blocks.ChooserBlock)
        }
    return {}


def _block_value(block, raw, fetched):
    """A block's value from its stored form, its chosen objects taken from ``fetched`` (no query)."""
    choosers = _choosers(block)
    if not choosers:
        return block.to_python(raw)
    if None in choosers:
        return fetched[choosers[None]].get(raw)
    children = []
    for name, child in block.child_blocks.items():
        if name in choosers:
            children.append((name, fetched[choosers[name]].get(raw.get(name))))
        else:
            children.append((name, child.to_python(raw[name]) if name in raw else child.get_default()))
    return block.meta.value_class(block, children)


def prefetch_stream_objects(pages, field_names):
    """Give the StreamFields ``field_names`` of ``pages`` the images (with their API rendition) and
    documents they choose, fetched once for all the pages.

    Wagtail fetches a stream's chosen objects when the stream is read: a query per
    page and per kind, and one more per image for its rendition. A listing of 100
    guides with images in their body would cost hundreds of queries; with this,
    one per kind of object, however many pages. Returns ``pages``.
    """
    streams = [
        (page, field)
        for page in pages
        for field in type(page)._meta.concrete_fields
        if isinstance(field, StreamField) and field.name in field_names
    ]
    wanted = defaultdict(set)
    for page, field in streams:
        for item in getattr(page, field.attname).raw_data:
            for name, model in _choosers(field.stream_block.child_blocks.get(item["type"])).items():
                pk = item["value"] if name is None else (item["value"] or {}).get(name)
                if pk:
                    wanted[model].add(pk)
    if not wanted:
        return pages
    fetched = {}
    for model, pks in wanted.items():
        queryset = model.objects.filter(pk__in=pks)
        if hasattr(queryset, "prefetch_renditions"):
            queryset = queryset.prefetch_renditions(API_IMAGE_SPEC)
        fetched[model] = {obj.pk: obj for obj in queryset}
    for page, field in streams:
        children = field.stream_block.child_blocks
        items = [
            (item["type"], _block_value(children[item["type"]], item["value"], fetched), item.get("id"))
            for item in getattr(page, field.attname).raw_data
            if item["type"] in children
        ]
        setattr(page, field.attname, StreamValue(field.stream_block, items))
    return pages
