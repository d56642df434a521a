"""Which content search covers, and how an item becomes a search document.

Content apps know nothing of search: they declare ``search_fields`` (and, for
facets, ``themes`` / ``sectors`` relations to taxonomy terms). This registry
names the covered types by model label, so a type whose app is not installed
is simply skipped, and reads each model's declarations to build documents.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.db.models.fields.files import FieldFile
from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

# Fields whose text says what the item is about: weighted between the title and the body.
SUMMARY_FIELDS = ("summary", "intro", "quote", "pull_quote", "search_description", "description")


@dataclass
class SearchType:
    key: str
    model_label: str
    related: str = ""  # a provider name for items derived from another model (slides of seminars)
    extra: dict = field(default_factory=dict)

    @property
    def model(self):
        try:
            return apps.get_model(self.model_label)
        except (LookupError, ValueError):
            return None


_TYPES = {}


def register(key, model_label, **extra):
    _TYPES[key] = SearchType(key=key, model_label=model_label, extra=extra)


def unregister(key):
    _TYPES.pop(key, None)


def types():
    """The registered types whose model is installed, in registration order."""
    return [search_type for search_type in _TYPES.values() if search_type.model is not None]


def type_keys():
    return [search_type.key for search_type in types()]


def type_for_model(model):
    for search_type in types():
        if search_type.model is model or (
            search_type.model is not None and issubclass(model, search_type.model) and search_type.model is not Page
        ):
            return search_type
    return None


# Guides first: the order is the order of the type facet.
register("guide", "guides.GuidePage")
register("testimonial", "testimonials.TestimonialPage")
register("seminar", "agenda.SeminarPage")
register("page", "home.ContentPage")
register("sponsor", "sponsors.SponsorPage")


def text_of(instance, field_name):
    """The plain text of a field (text, rich text, StreamField, related names)."""
    try:
        model_field = instance._meta.get_field(field_name)
    except Exception:
        model_field = None
    value = getattr(instance, field_name, None)
    if value is None:
        return ""
    if callable(value) and not hasattr(value, "all"):
        value = value()
    if isinstance(model_field, StreamField):
        return " ".join(str(part) for part in model_field.get_searchable_content(value) if part)
    if isinstance(model_field, RichTextField):
        return strip_tags(value)
    if isinstance(value, FieldFile):
        return ""
    if hasattr(value, "all"):
        return " ".join(str(item) for item in value.all())
    return strip_tags(str(value))


def slugs_of(instance, name):
    related = getattr(instance, name, None)
    if related is None or not hasattr(related, "all"):
        return []
    return sorted({item.slug for item in related.all() if getattr(item, "slug", None)})


def document_fields(instance):
    """title, summary and body text of an item, read from its ``search_fields``."""
    summary, body = [], []
    seen = {"title"}
    for search_field in instance.get_search_fields():
        if isinstance(search_field, index.SearchField):
            name = search_field.field_name
            if name in seen:
                continue
            seen.add(name)
            text = text_of(instance, name)
            if text:
                (summary if name in SUMMARY_FIELDS else body).append(text)
        elif isinstance(search_field, index.RelatedFields):
            related = getattr(instance, search_field.field_name, None)
            items = related.all() if hasattr(related, "all") else [related] if related else []
            for item in items:
                for sub in search_field.fields:
                    if isinstance(sub, index.SearchField):
                        text = text_of(item, sub.field_name)
                        if text:
                            body.append(text)
    title = getattr(instance, "title", "") or str(instance)
    summary_text = " ".join(summary)
    if not summary_text and body:
        summary_text = Truncator(body[0]).words(40)
    return {
        "title": title,
        "summary": summary_text,
        "body": "\n".join(body),
        "themes": slugs_of(instance, "themes"),
        "sectors": slugs_of(instance, "sectors") + ([instance.sector.slug] if _has_sector(instance) else []),
    }


def _has_sector(instance):
    sector = getattr(instance, "sector", None)
    return sector is not None and hasattr(sector, "slug") and not hasattr(sector, "all")
