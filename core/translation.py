"""Recording a finished translation with wagtail-localize, string by string.

Demo content and importers bring text that is already translated. Writing it
straight onto the NL/DE pages would leave wagtail-localize believing nothing is
translated: its editor would show empty fields, and the next sync would put the
French text back. Instead, every translatable string of the source is paired
with the string at the same place in the translated copy and stored as a
manual ``StringTranslation``; wagtail-localize then writes the target page or
snippet itself, exactly as if a translator had typed the text in its editor.
A synchronised value the translated copy changes (an overridable field, such as
the captions file of a testimonial) is stored as a ``SegmentOverride``, as the
editor does when a translator picks another document.
"""

import json
from collections import defaultdict

from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction
from django.db.models import Exists, OuterRef
from wagtail.coreutils import find_available_slug
from wagtail.models import DraftStateMixin, Page
from wagtail_localize.fields import SynchronizedField, TranslatableField, copy_synchronised_fields
from wagtail_localize.models import (
    SegmentOverride,
    String,
    StringTranslation,
    Translation,
    TranslationContext,
    TranslationSource,
)
from wagtail_localize.segments import OverridableSegmentValue, StringSegmentValue
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.ingest import ingest_segments

from core.slugs import ascii_slug


def translated(*names):
    """``TranslatableField`` of each field named, in this order: translators write these in each language.

    A model's ``translatable_fields`` is a list of such declarations; wagtail-localize extracts the
    strings in the list's order, which is the order its editor shows them in.
    """
    return [TranslatableField(name) for name in names]


def synchronized(*names, **options):
    """``SynchronizedField`` of each field named, in this order: copied from the source to its translations.

    ``options`` go to each (``overridable=False``: translators may not pick another value).
    """
    return [SynchronizedField(name, **options) for name in names]


# The translated fields every page type has; each page class adds its own.
PAGE_TRANSLATABLE_FIELDS = translated("title", "seo_title", "search_description", "slug")


class StructureMismatch(ValueError):
    """The translated copy does not have the source's shape (fields, blocks, paragraphs)."""

    def __init__(self, path, expected, found):
        self.path, self.expected, self.found = path, expected, found
        super().__init__(f"{path}: {found} translated segment(s) where the source has {expected}")


def translated_in(locale_id, **filters):
    """Whether the StringSegment of the outer query has a StringTranslation in ``locale_id`` (an ``Exists``)."""
    return Exists(
        StringTranslation.objects.filter(
            translation_of_id=OuterRef("string_id"), context_id=OuterRef("context_id"), locale_id=locale_id, **filters
        )
    )


def translated_strings(instance):
    """The translatable strings of ``instance`` as wagtail-localize records and restores them.

    Two versions of a translation with the same strings store the same thing, however their text
    is spelled in HTML (``&quot;`` or ``"``, ``&#x27;`` or ``'``): compare these, not the fields.
    """
    return [segment for segment in extract_segments(instance) if isinstance(segment, StringSegmentValue)]


def reviewed_texts(translation):
    """{(place, n): text} of the n-th string at each place as reviewers approved it: the live target's.

    Every translation is published through review, so the live version of a page or reviewed snippet
    is the reviewed one; a target never published, or without drafts, has nothing reviewed.
    """
    try:
        target = translation.get_target_instance()
    except ObjectDoesNotExist:
        return {}
    if not isinstance(target, DraftStateMixin) or not target.live:
        return {}
    texts, seen = {}, defaultdict(int)
    for segment in translated_strings(target):
        texts[(segment.path, seen[segment.path])] = segment.string.data
        seen[segment.path] += 1
    return texts


def _strings_by_path(instance):
    strings = defaultdict(list)
    for segment in translated_strings(instance):
        strings[segment.path].append(segment.string)
    return strings


def _overridables_by_path(instance):
    return {
        segment.path: segment.data
        for segment in extract_segments(instance)
        if isinstance(segment, OverridableSegmentValue)
    }


@transaction.atomic
def save_translation(source, locale, translated, *, publish=True, user=None):
    """Store ``translated`` as the ``locale`` translation of ``source`` and save the target.

    ``translated`` is an unsaved copy of ``source`` holding the target-language
    values; StreamFields must keep the source's block ids (build them from the
    source's blocks). Raises ``StructureMismatch`` when a field or block has a
    different number of translatable strings than the source, before anything
    is written. Returns the target instance (a draft unless ``publish``).
    """
    source_strings = _strings_by_path(source)
    target_strings = _strings_by_path(translated)
    for path, originals in source_strings.items():
        found = len(target_strings.get(path, []))
        if found != len(originals):
            raise StructureMismatch(path, len(originals), found)

    source_record, _created = TranslationSource.update_or_create_from_instance(source)
    translation, _created = Translation.objects.get_or_create(
        source=source_record, target_locale=locale, defaults={"enabled": True}
    )
    for path, originals in source_strings.items():
        context = TranslationContext.objects.get(
            object_id=source_record.object_id, path_id=TranslationContext._get_path_id(path)
        )
        for original, target in zip(originals, target_strings[path], strict=True):
            StringTranslation.objects.update_or_create(
                translation_of=String.from_value(source.locale, original),
                locale=locale,
                context=context,
                defaults={
                    "data": target.data,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                    "tool_name": "",
                    "last_translated_by": user,
                    "has_error": False,
                    "field_error": "",
                },
            )
    source_overridables = _overridables_by_path(source)
    for path, value in _overridables_by_path(translated).items():
        if path in source_overridables and value != source_overridables[path]:
            context = TranslationContext.objects.get(
                object_id=source_record.object_id, path_id=TranslationContext._get_path_id(path)
            )
            SegmentOverride.objects.update_or_create(
                locale=locale,
                context=context,
                defaults={"data_json": json.dumps(value), "last_translated_by": user, "has_error": False},
            )
    # Pages and other draftable objects are saved as a draft, then published
    # here rather than by wagtail-localize's on_commit hook, so that the caller
    # gets the target in its final state inside its own transaction.
    target, revision = write_draft(source_record, locale, user=user)
    if isinstance(target, DraftStateMixin) and publish:
        revision.publish(user=user)
        target.refresh_from_db()
    return target


def write_draft(source_record, locale, *, user=None):
    """Write the translated strings of ``source_record`` into its ``locale`` target as a draft revision.

    A target that does not exist yet is created unpublished; a live target gets
    a new revision and its live content stays exactly as it was, until someone
    publishes that revision. wagtail-localize's own ``create_or_update_translation``
    saves the new text onto the live page row before making the revision, so
    visitors would see unreviewed text at once (wagtail/wagtail-localize#266,
    #634, #655, #823, #832); tests/editorial/test_sync.py asserts that upstream
    behaviour so it fails when upstream changes. Objects without drafts (plain
    snippets) are saved directly. Strings nobody translated yet keep the source
    text, as in wagtail-localize's ``save_target``. Returns ``(target, revision)``;
    revision is None without drafts.
    """
    original = source_record.as_instance()
    try:
        target = source_record.get_translated_instance(locale)
    except ObjectDoesNotExist:
        target = None
    draftable = isinstance(original, DraftStateMixin)
    if target is None or not draftable or not target.live:
        target, _created = source_record.create_or_update_translation(
            locale, user=user, publish=not draftable, copy_parent_pages=True, fallback=True
        )
        return target, getattr(target, "latest_revision", None)
    draft = target.get_latest_revision_as_object() if target.latest_revision_id else target
    copy_synchronised_fields(original, draft)
    segments = source_record._get_segments_for_translation(locale, fallback=True)
    with transaction.atomic():
        ingest_segments(original, draft, source_record.locale, locale, segments)
        if isinstance(draft, Page):
            draft.slug = find_available_slug(draft.get_parent(), ascii_slug(draft.slug), ignore_page_id=draft.id)
            source_record.sync_view_restrictions(original, target)
        revision = draft.save_revision(user=user, clean=False)
    return target, revision


def translated_copy(source, **values):
    """An unsaved copy of ``source`` with some fields replaced by their translation."""
    copy = type(source).objects.get(pk=source.pk)
    for name, value in values.items():
        setattr(copy, name, value)
    return copy
