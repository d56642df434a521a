"""The translation memory: every reviewed translation of the site, reused across pages, per language pair.

What goes in: when a reviewer publishes a translation (``remember``, from ``editorial.signals``), each
of its segments whose text is the one reviewers approved (the live target's, ``reviewed_texts``) and
that a person wrote (wagtail-localize's ``manual`` strings: machine and memory pre-fills not yet
confirmed are left out, as the cockpit counts them "not reviewed"); a translation that is stale is
not remembered until it is reviewed again. Agencies' memories come in as TMX files (``editorial.tmx``).

What comes out, when a translation draft is built (``editorial.sync``):

- exact matches: a French segment that differs from a remembered one only by its numbers, whitespace
  or punctuation is pre-filled with the remembered translation (its numbers replaced by the new
  ones), as a ``machine`` string whose tool is "translation memory (to confirm)": wagtail-localize's
  editor shows it under the segment ("Translated with translation memory (to confirm) on …") until the
  translator saves it, like a machine translation;
- fuzzy matches (``suggestions``): remembered segments at least ``FUZZY_THRESHOLD`` % similar,
  listed with the difference beside the translation editor (``editorial.memory_views``).
"""

import difflib
import hashlib
import html
import re
import unicodedata

from django.db import transaction
from django.utils import translation as i18n
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from rapidfuzz import fuzz, process, utils
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from core.translation import reviewed_texts, translated_in
from editorial.models import MemoryEntry, MemoryUse, TranslationStatus

#: How similar (rapidfuzz's ratio, in %) a remembered segment must be to be suggested.
FUZZY_THRESHOLD = 75
SUGGESTIONS_PER_SEGMENT = 3

_TAG = re.compile(r"<[^>]+>")
# A number as written in French, Dutch or German: 1 250, 1.250, 3,5 (not the digits inside a word or a tag id).
_NUMBER = re.compile(r"(?<![\w])\d+(?:[.,\u00a0\u202f ]\d+)*(?![\w])")
_SPACES = re.compile(r"\s+")


def plain(text):
    """The text a reader sees in a wagtail-localize string (inline tags removed, entities decoded)."""
    return html.unescape(_TAG.sub("", text))


def normalise(text):
    """``text`` with its numbers, punctuation and whitespace set aside: equal for an exact match."""
    text = _NUMBER.sub("0", html.unescape(text))
    text = "".join(" " if unicodedata.category(char).startswith("P") else char for char in text)
    return _SPACES.sub(" ", text).strip()


def match_key(text):
    return hashlib.sha256(normalise(text).encode()).hexdigest()


def digest(text):
    return hashlib.sha256(text.encode()).hexdigest()


def adapt(entry_source, entry_target, source):
    """``entry_target`` with the numbers of ``entry_source`` replaced by those of ``source``, in order.

    None when the translation does not carry the same numbers as its source (the translator
    spelled them out, say): such a match is only suggested, never pre-filled.
    """
    old, new = _NUMBER.findall(entry_source), _NUMBER.findall(source)
    if old == new:
        return entry_target
    if len(old) != len(new) or sorted(_NUMBER.findall(entry_target)) != sorted(old):
        return None
    replacements = dict(zip(old, new, strict=True))
    if len(replacements) != len(old):
        return None  # the same number twice with two new values: no way to tell which goes where
    return _NUMBER.sub(lambda found: replacements[found.group()], entry_target)


def memory_label(language):
    """The tool name wagtail-localize's editor shows under a pre-filled segment, in the target language."""
    with i18n.override(language):
        return _("translation memory (to confirm)")


# --- what goes in -------------------------------------------------------------------------------


def store(source_language, target_language, pairs, origin):
    """Add or replace the translations of ``pairs`` ([(French text, translation)]) in the memory; returns how many."""
    entries = {}
    for source, target in pairs:
        if source.strip() and target.strip():
            entries[digest(source)] = MemoryEntry(
                source_language=source_language,
                target_language=target_language,
                source=source,
                target=target,
                key=match_key(source),
                source_digest=digest(source),
                origin=origin,
            )
    MemoryEntry.objects.bulk_create(
        entries.values(),
        update_conflicts=True,
        unique_fields=["source_language", "target_language", "source_digest"],
        update_fields=["source", "target", "key", "origin", "updated_at"],
    )
    return len(entries)


def reviewed_pairs(translation):
    """[(French text, translation)] of the segments of ``translation`` as reviewers published them."""
    status = TranslationStatus.objects.filter(translation=translation).first()
    if status is not None and status.is_stale:
        return []
    reviewed = reviewed_texts(translation)
    if not reviewed:
        return []
    rows = (
        StringSegment.objects.filter(source=translation.source)
        .order_by("order")
        .select_related("context", "string")
        .annotate(
            manual=translated_in(
                translation.target_locale_id,
                translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
                has_error=False,
            )
        )
        .annotate_translation(translation.target_locale)
    )
    pairs, seen = [], {}
    for row in rows:
        place = row.context.path
        number = seen.get(place, 0)
        seen[place] = number + 1
        if row.manual and row.translation and reviewed.get((place, number)) == row.translation:
            pairs.append((row.string.data, row.translation))
    return pairs


def remember(instance):
    """A translation of ``instance``'s source was published: its reviewed segments join the memory."""
    translation = (
        Translation.objects.filter(
            source__object_id=getattr(instance, "translation_key", None), target_locale_id=instance.locale_id
        )
        .select_related("source", "source__locale", "target_locale")
        .first()
    )
    if translation is None:
        return 0
    return store(
        translation.source.locale.language_code,
        translation.target_locale.language_code,
        reviewed_pairs(translation),
        MemoryEntry.Origin.SITE,
    )


def remember_everything():
    """Fill the memory from every translation published so far (``manage.py rebuild_memory``)."""
    count = 0
    for translation in Translation.objects.select_related("source", "source__locale", "target_locale"):
        count += store(
            translation.source.locale.language_code,
            translation.target_locale.language_code,
            reviewed_pairs(translation),
            MemoryEntry.Origin.SITE,
        )
    return count


# --- what comes out -----------------------------------------------------------------------------


@transaction.atomic
def prefill(translation, segments, user=None):
    """Fill ``segments`` (untranslated StringSegments of ``translation``) from exact matches; returns the rest."""
    pair = {
        "source_language": translation.source.locale.language_code,
        "target_language": translation.target_locale.language_code,
    }
    keys = {segment.pk: match_key(segment.string.data) for segment in segments}
    found = {}
    # The entry whose French text is the segment's own wins; then the latest reviewed.
    for entry in MemoryEntry.objects.filter(**pair, key__in=set(keys.values())).order_by("updated_at", "pk"):
        found.setdefault(entry.key, []).append(entry)
    label = memory_label(pair["target_language"])
    rest = []
    for segment in segments:
        candidates = found.get(keys[segment.pk], [])
        text = entry = None
        for candidate in sorted(candidates, key=lambda item: item.source == segment.string.data, reverse=True):
            text = adapt(candidate.source, candidate.target, segment.string.data)
            if text is not None:
                entry = candidate
                break
        if entry is None:
            rest.append(segment)
            continue
        string_translation, created = StringTranslation.objects.get_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={
                "data": text,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MACHINE,
                "tool_name": label,
                "last_translated_by": user,
            },
        )
        if created:
            MemoryUse.objects.create(string_translation=string_translation, entry=entry, text=text)
    return rest


def difference(old, new):
    """The words of ``old`` (a remembered French text) struck and those of ``new`` (the segment) inserted, as HTML."""
    old_words, new_words = plain(old).split(), plain(new).split()
    parts = []
    for operation, a1, a2, b1, b2 in difflib.SequenceMatcher(a=old_words, b=new_words, autojunk=False).get_opcodes():
        if operation == "equal":
            parts.append(escape(" ".join(old_words[a1:a2])))
            continue
        if a2 > a1:
            parts.append(f"<del>{escape(' '.join(old_words[a1:a2]))}</del>")
        if b2 > b1:
            parts.append(f"<ins>{escape(' '.join(new_words[b1:b2]))}</ins>")
    return mark_safe(" ".join(parts))  # every word is escaped above


def suggestions(translation):
    """Each segment of ``translation`` with its current translation and its fuzzy matches in the memory.

    [{"segment", "source", "translation", "text", "translation_text", "from_memory", "matches": [{"entry",
    "score", "difference", "text"}]}] in the source's order (``text``: as a reader sees it). A remembered
    segment that matches exactly is not repeated: it was pre-filled.
    """
    entries = list(
        MemoryEntry.objects.filter(
            source_language=translation.source.locale.language_code,
            target_language=translation.target_locale.language_code,
        )
    )
    choices = [plain(entry.source) for entry in entries]
    rows = (
        StringSegment.objects.filter(source=translation.source)
        .order_by("order")
        .select_related("context", "string")
        .annotate_translation(translation.target_locale, include_errors=True)
    )
    uses = dict(
        MemoryUse.objects.filter(
            string_translation__locale=translation.target_locale,
            string_translation__translation_of__in=[row.string_id for row in rows],
        ).values_list("string_translation__translation_of_id", "text")
    )
    result = []
    for row in rows:
        source = row.string.data
        key = match_key(source)
        matches = []
        for _choice, score, index in process.extract(
            plain(source),
            choices,
            scorer=fuzz.ratio,
            processor=utils.default_process,
            score_cutoff=FUZZY_THRESHOLD,
            limit=SUGGESTIONS_PER_SEGMENT + 1,
        ):
            entry = entries[index]
            if entry.key == key:
                continue
            matches.append(
                {
                    "entry": entry,
                    "score": round(score),
                    "difference": difference(entry.source, source),
                    "text": plain(entry.target),
                }
            )
        result.append(
            {
                "segment": row,
                "source": source,
                "translation": row.translation or "",
                "text": plain(source),
                "translation_text": plain(row.translation or ""),
                "from_memory": bool(row.translation) and uses.get(row.string_id) == row.translation,
                "matches": matches[:SUGGESTIONS_PER_SEGMENT],
            }
        )
    return result
