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

from taxonomy.localization import localized

# Fields whose text says what the item is about: weighted between the title and the body.
SUMMARY_FIELDS = ("summary", "intro", "quote", "pull_quote", "search_description", "description")


@dataclass
class SearchType:
    key: str
    model_label: str
    # Items derived from a page (a seminar's slides): the page model and the relation that lists them.
    parent: str = ""
    relation: str = ""
    # Dotted paths to the first and last day the items are shown (a sponsor area, while its contract runs).
    visible_from: str = ""
    visible_until: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def model(self):
        return _model(self.model_label)

    @property
    def parent_model(self):
        return _model(self.parent) if self.parent else None


def _model(label):
    try:
        return apps.get_model(label)
    except (LookupError, ValueError):
        return None


_TYPES = {}


def register(key, model_label, parent="", relation="", visible_from="", visible_until="", **extra):
    _TYPES[key] = SearchType(
        key=key,
        model_label=model_label,
        parent=parent,
        relation=relation,
        visible_from=visible_from,
        visible_until=visible_until,
        extra=extra,
    )


def unregister(key):
    _TYPES.pop(key, None)


def types():
    """The registered types whose model (and parent model) is installed, in registration order."""
    return [
        search_type
        for search_type in _TYPES.values()
        if search_type.model is not None and (not search_type.parent or search_type.parent_model is not None)
    ]


def type_keys():
    return [search_type.key for search_type in types()]


def child_types(model):
    """The types of the items derived from pages of ``model``."""
    return [
        search_type for search_type in types() if search_type.parent and issubclass(model, search_type.parent_model)
    ]


def type_for_model(model):
    for search_type in types():
        if search_type.parent:
            continue
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
# A sponsor's area is online only while the contract runs (SponsorPage.serve answers 404 otherwise).
register(
    "sponsor", "sponsors.SponsorPage", visible_from="sponsor.contract_start", visible_until="sponsor.contract_end"
)
# The slides of a session: each document of a seminar's presentations, in the seminar's language.
register("slides", "agenda.SeminarPresentation", parent="agenda.SeminarPage", relation="presentations")


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
            # The names the page shows in its language (taxonomy.localization), else the linked objects'.
            items = localized(instance, search_field.field_name)
            if items is None:
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


def children_of(search_type, parent):
    """The items of ``parent`` (a page) listed by the type's relation, in their order."""
    related = getattr(parent, search_type.relation, None)
    return list(related.all()) if related is not None else []


def child_url(item):
    """The address of a derived item: its document's, for slides."""
    document = getattr(item, "document", None)
    if document is None:
        return ""
    return document.url or ""


def child_fields(item, parent):
    """Title, summary, body, themes and sectors of an item derived from a page.

    The title is the item's (``display_title``, ``title`` or its document's);
    the summary names the page it belongs to, so that the slides of a session
    are found with the session's words; the body is the text inside the
    item's document (PDF, PowerPoint or OpenDocument slides); themes and
    sectors are the page's.
    """
    from search.extract import document_text

    document = getattr(item, "document", None)
    title = getattr(item, "display_title", "") or getattr(item, "title", "") or str(document or item)
    page = document_fields(parent)
    return {
        "title": title,
        "summary": f"{parent.title}. {page['summary']}".strip(),
        "body": document_text(document) if document is not None else "",
        "themes": page["themes"],
        "sectors": page["sectors"],
    }


def _follow(instance, path):
    for name in path.split("."):
        if instance is None:
            return None
        instance = getattr(instance, name, None)
    return instance


def window_of(instance, search_type):
    """The first and last day ``instance`` is shown to visitors (None: no limit)."""
    return {
        "visible_from": _follow(instance, search_type.visible_from) if search_type.visible_from else None,
        "visible_until": _follow(instance, search_type.visible_until) if search_type.visible_until else None,
    }


def window_relations():
    """(related model, page model, field name) for each window read through a relation (sponsor → its areas)."""
    found = []
    for search_type in types():
        for path in (search_type.visible_from, search_type.visible_until):
            if "." not in path:
                continue
            name = path.split(".", 1)[0]
            related = search_type.model._meta.get_field(name).related_model
            if (related, search_type.model, name) not in found:
                found.append((related, search_type.model, name))
    return found
