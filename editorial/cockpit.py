"""The translation cockpit's data: every translatable page and snippet × every target language.

``collect_rows`` answers with a fixed number of queries whatever the number of
pages and snippets (one per translatable snippet model, plus a handful):
tests/editorial/test_cockpit.py compares the counts for a small and a large site.
"""

from dataclasses import dataclass, field
from datetime import datetime

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Exists, F, OuterRef, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import DraftStateMixin, Locale, Page, WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from editorial.roles import section_models, source_language, target_languages, translatable_snippet_models

MISSING, IN_PROGRESS, MACHINE, TO_REVIEW, UP_TO_DATE, STALE = (
    "missing",
    "in_progress",
    "machine",
    "to_review",
    "up_to_date",
    "stale",
)
STATES = {
    MISSING: _("Missing"),
    IN_PROGRESS: _("In progress"),
    MACHINE: _("Machine-translated, not reviewed"),
    TO_REVIEW: _("Translated, not reviewed yet"),
    STALE: _("Stale"),
    UP_TO_DATE: _("Up to date"),
}


@dataclass
class Row:
    translation_key: object
    title: str
    type_name: str
    section_key: str
    section_name: str
    language: str
    source_edit_url: str
    state: str = MISSING
    total: int = 0
    done: int = 0
    machine: int = 0
    memory: int = 0
    translation_id: int | None = None
    target_id: int | None = None
    target_edit_url: str = ""
    target_live: bool = False
    in_review: bool = False
    stale_since: datetime | None = None
    stale_revision_id: int | None = None
    compare_url: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def percent(self):
        return 100 if not self.total else round(100 * self.done / self.total)

    @property
    def memory_percent(self):
        return round(100 * self.memory / self.total) if self.total else 0

    @property
    def state_label(self):
        return STATES[self.state]


def _page_sections(pages, section_types):
    """{page id: (section key, section name)}: the nearest section page at or above each page."""
    by_path = {page["path"]: page for page in pages}
    sections = {}
    for page in pages:
        path = page["path"]
        for depth in range(len(path) // 4, 0, -1):
            ancestor = by_path.get(path[: depth * 4])
            if ancestor is not None and ancestor["content_type_id"] in section_types:
                sections[page["id"]] = (f"page:{ancestor['id']}", ancestor["title"])
                break
        else:
            sections[page["id"]] = ("page:other", str(_("Other pages")))
    return sections


def _source_rows(languages):
    """(rows of pages and snippets in the source language, {translation_key: model}) before target lookups."""
    section_types = {ContentType.objects.get_for_model(model).pk for model in section_models()}
    pages = list(
        Page.objects.filter(locale__language_code=source_language(), depth__gt=1, live=True)
        .order_by("path")
        .values("id", "title", "path", "translation_key", "content_type_id")
    )
    sections = _page_sections(pages, section_types)
    sources = []
    for page in pages:
        model = ContentType.objects.get_for_id(page["content_type_id"]).model_class()
        key, name = sections[page["id"]]
        sources.append(
            {
                "translation_key": page["translation_key"],
                "title": page["title"],
                "type_name": str(model._meta.verbose_name) if model else "",
                "section_key": key,
                "section_name": name,
                "source_edit_url": reverse("wagtailadmin_pages:edit", args=(page["id"],)),
                "page_id": page["id"],
            }
        )
    snippet_models = {}
    for model in translatable_snippet_models():
        label = model._meta.label_lower
        for instance in model.objects.filter(locale__language_code=source_language()):
            sources.append(
                {
                    "translation_key": instance.translation_key,
                    "title": str(instance),
                    "type_name": str(model._meta.verbose_name),
                    "section_key": f"snippet:{label}",
                    "section_name": str(model._meta.verbose_name_plural).capitalize(),
                    "source_edit_url": reverse(f"wagtailsnippets_{label.replace('.', '_')}:edit", args=(instance.pk,)),
                    "page_id": None,
                }
            )
            snippet_models[instance.translation_key] = model
    return sources, snippet_models


def collect_rows(languages=None):
    """Every translatable page and snippet × each of ``languages`` (default: every target language)."""
    languages = languages or target_languages()
    locales = {locale.language_code: locale for locale in Locale.objects.filter(language_code__in=languages)}
    sources, snippet_models = _source_rows(languages)
    keys = [source["translation_key"] for source in sources]

    # Targets: pages in one query, snippets in one query per model.
    targets = {}
    # ``reviewed``: what visitors see is the latest version (a reviewer published it); snippets without drafts
    # are live, reviewed, as soon as they are saved.
    for page in Page.objects.filter(translation_key__in=keys, locale__in=locales.values()).values(
        "id", "translation_key", "locale_id", "live", "has_unpublished_changes"
    ):
        targets[page["translation_key"], page["locale_id"]] = {
            "id": page["id"],
            "live": page["live"],
            "reviewed": page["live"] and not page["has_unpublished_changes"],
            "edit_url": reverse("wagtailadmin_pages:edit", args=(page["id"],)),
        }
    for model in set(snippet_models.values()):
        label = model._meta.label_lower.replace(".", "_")
        draftable = issubclass(model, DraftStateMixin)
        fields = ("live", "has_unpublished_changes") if draftable else ()
        for instance in model.objects.filter(translation_key__in=keys, locale__in=locales.values()).values(
            "id", "translation_key", "locale_id", *fields
        ):
            targets[instance["translation_key"], instance["locale_id"]] = {
                "id": instance["id"],
                "live": instance.get("live", True),
                "reviewed": not draftable or (instance["live"] and not instance["has_unpublished_changes"]),
                "edit_url": reverse(f"wagtailsnippets_{label}:edit", args=(instance["id"],)),
            }

    translations = {
        (translation.source.object_id, translation.target_locale_id): translation
        for translation in Translation.objects.filter(
            source__object_id__in=keys, target_locale__in=locales.values()
        ).select_related("source", "editorial_status")
    }
    progress = _progress({translation.source_id for translation in translations.values()}, locales)
    in_review = set(
        WorkflowState.objects.active()
        .filter(base_content_type=ContentType.objects.get_for_model(Page))
        .values_list("object_id", flat=True)
    )

    rows = []
    for source in sources:
        for code, locale in locales.items():
            row = Row(language=code, **{k: v for k, v in source.items() if k != "page_id"})
            target = targets.get((source["translation_key"], locale.pk))
            translation = translations.get((source["translation_key"], locale.pk))
            if translation is not None:
                row.translation_id = translation.pk
                row.total, row.done, row.machine, row.memory = progress.get(
                    (translation.source_id, locale.pk), (0, 0, 0, 0)
                )
            if target is None:
                row.state = MISSING
                rows.append(row)
                continue
            row.target_id, row.target_edit_url, row.target_live = target["id"], target["edit_url"], target["live"]
            row.in_review = source["page_id"] is not None and str(target["id"]) in in_review
            status = getattr(translation, "editorial_status", None) if translation else None
            if status is not None and status.stale_since is not None:
                row.state = STALE
                row.stale_since = status.stale_since
                row.stale_revision_id = status.stale_since_revision_id
                if source["page_id"]:
                    row.compare_url = reverse(
                        "wagtailadmin_pages:revisions_compare",
                        args=(source["page_id"], status.reviewed_source_revision_id or "earliest", "live"),
                    )
            elif translation is not None and row.done < row.total:
                row.state = IN_PROGRESS
            elif row.machine:
                row.state = MACHINE
            elif not target["reviewed"]:
                row.state = TO_REVIEW  # translated (by hand, or imported from a PO or XLIFF file), not published yet
            else:
                row.state = UP_TO_DATE
            rows.append(row)
    return rows


def _progress(source_ids, locales):
    """{(source id, locale id): (segments, translated, machine-translated, from the memory)} in one query.

    A segment counts as from the memory while its text is the one the memory gave (``MemoryUse``).
    """
    if not source_ids:
        return {}

    def translated(locale, **extra):
        return Exists(
            StringTranslation.objects.filter(
                translation_of_id=OuterRef("string_id"),
                context_id=OuterRef("context_id"),
                locale_id=locale.pk,
                has_error=False,
                **extra,
            )
        )

    annotations = {"total": Count("id")}
    for code, locale in locales.items():
        annotations[f"done_{code}"] = Count("id", filter=Q(translated(locale)))
        annotations[f"machine_{code}"] = Count("id", filter=Q(translated(locale, translation_type="machine")))
        annotations[f"memory_{code}"] = Count("id", filter=Q(translated(locale, memory_use__text=F("data"))))
    result = {}
    for values in StringSegment.objects.filter(source_id__in=source_ids).values("source_id").annotate(**annotations):
        for code, locale in locales.items():
            result[values["source_id"], locale.pk] = (
                values["total"],
                values[f"done_{code}"],
                values[f"machine_{code}"],
                values[f"memory_{code}"],
            )
    return result


def counts(rows):
    found = dict.fromkeys(STATES, 0)
    for row in rows:
        found[row.state] += 1
    return found
