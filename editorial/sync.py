"""Translations follow the French source as drafts; nothing here ever publishes them.

When a French page is published, ``source_published`` (connected to Wagtail's
``page_published`` signal in ``editorial.signals``) queues the background task
``update_translations`` (``core.tasks``): publishing returns at once, and the
worker refreshes wagtail-localize's ``TranslationSource``, pre-fills the new
strings from the translation memory (``editorial.memory``), then the rest with the machine
translator and, for every target language, builds the
translation as a *draft revision*: a new page is created unpublished, an existing live page
gets a new revision while its live version stays exactly as reviewed. A live
translation whose source changed is marked stale until a reviewer publishes an
update (``target_published``).

Why not wagtail-localize's own ``Translation.save_target()``: it publishes in
``transaction.on_commit`` when ``publish=True`` and, even with ``publish=False``,
saves the new content onto the live page row before making a revision, so
visitors see unreviewed text (wagtail/wagtail-localize#266, #634, #655, #823,
#832). ``build_draft`` writes through ``core.translation.write_draft``, which only
ever adds a revision to a live page.

Translators' strings are wagtail-localize ``StringTranslation`` records keyed by
source string and place: a changed source sentence needs a new translation, an
unchanged one keeps the translator's text.
"""

import contextlib
import hashlib
import json
import logging
import threading

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction
from django.utils import timezone
from wagtail.models import DraftStateMixin, Locale, Page, Revision
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.segments.extract import extract_segments

from core.tasks import background_task, enqueue
from core.translation import translated_in, write_draft
from editorial import memory
from editorial.models import TranslationStatus
from editorial.roles import source_language, target_languages

logger = logging.getLogger(__name__)

_paused = threading.local()


@contextlib.contextmanager
def automatic_translation_paused():
    """Publish French pages without building their translations (setup and importers that bring their own)."""
    depth = getattr(_paused, "depth", 0)
    _paused.depth = depth + 1
    try:
        yield
    finally:
        _paused.depth = depth


def is_paused():
    return getattr(_paused, "depth", 0) > 0 or not getattr(settings, "EDITORIAL_AUTO_TRANSLATE", True)


def fingerprint(instance):
    """A digest of everything wagtail-localize would carry from ``instance`` into a translation."""
    parts = []
    for segment in extract_segments(instance):
        value = {key: val for key, val in vars(segment).items() if key != "order"}
        parts.append(json.dumps(value, sort_keys=True, default=str))
    return hashlib.sha256("\n".join(sorted(parts)).encode()).hexdigest()


def is_source(instance):
    return instance.locale.language_code == source_language()


def untranslated_segments(translation):
    """The StringSegments of ``translation``'s source that have no string in its target language yet."""
    return (
        StringSegment.objects.filter(source=translation.source)
        .select_related("string", "context")
        .annotate(done=translated_in(translation.target_locale_id))
        .filter(done=False)
    )


def machine_prefill(translation, user=None):
    """Fill the untranslated segments with the configured machine translator; returns how many.

    The strings are stored as ``machine`` translations: the cockpit shows them as
    not yet reviewed until a translator confirms or edits them in the editor.
    """
    translator = get_machine_translator()
    if translator is None or not translator.can_translate(translation.source.locale, translation.target_locale):
        return 0
    wanted = {}
    for segment in untranslated_segments(translation):
        wanted.setdefault(segment.string.as_value(), []).append(segment)
    if not wanted:
        return 0
    try:
        results = translator.translate(translation.source.locale, translation.target_locale, list(wanted))
    except Exception:  # a translation service that is down must not block publishing the source
        logger.exception("Machine translation failed for %s", translation)
        return 0
    count = 0
    for value, segments_of_value in wanted.items():
        if value not in results:
            continue
        for segment in segments_of_value:
            StringTranslation.objects.get_or_create(
                translation_of=segment.string,
                locale=translation.target_locale,
                context=segment.context,
                defaults={
                    "data": results[value].data,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MACHINE,
                    "tool_name": translator.display_name,
                    "last_translated_by": user,
                },
            )
            count += 1
    return count


def build_draft(translation, user=None):
    """Write the current translation of the source into a draft of the target; never publishes.

    Returns the target (a page or snippet; None for snippets without drafts,
    left as they are). A target that does not exist yet is created unpublished;
    a live target gets a new revision only, its live content is untouched.
    """
    source = translation.source
    locale = translation.target_locale
    original = source.as_instance()
    if not isinstance(original, DraftStateMixin):
        # Snippets without drafts cannot hold an unreviewed version: leave them as they are.
        return None
    status, _created = TranslationStatus.objects.get_or_create(translation=translation)
    target, revision = write_draft(source, locale, user=user)
    status.draft_fingerprint = fingerprint(original)
    status.draft_revision = revision
    status.save(update_fields=["draft_fingerprint", "draft_revision"])
    return target


def translation_for(source, locale):
    translation, created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    return translation


def source_published(instance, revision=None, user=None):
    """The French ``instance`` was published: queue bringing every translation up to date as a draft."""
    if is_paused() or not is_source(instance):
        return
    if isinstance(instance, Page) and instance.is_root():
        return
    enqueue(
        update_translations,
        ContentType.objects.get_for_model(instance, for_concrete_model=False).pk,
        instance.pk,
        getattr(revision, "pk", None),
        getattr(user, "pk", None),
    )


@background_task
def update_translations(content_type_id, object_id, revision_id=None, user_id=None):
    """The background half of ``source_published``: the source as it is now, in every target language."""
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    instance = model._default_manager.filter(pk=object_id).first()
    if instance is None or not getattr(instance, "live", True):
        return  # deleted or unpublished since: nothing to translate
    revision = Revision.objects.filter(pk=revision_id).first() if revision_id else None
    user = get_user_model().objects.filter(pk=user_id).first() if user_id else None
    bring_translations_up_to_date(instance, revision, user=user)


@transaction.atomic
def bring_translations_up_to_date(instance, revision=None, user=None):
    """Refresh the source, mark live translations stale, machine pre-fill and build every target's draft."""
    instance = instance.specific if isinstance(instance, Page) else instance
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    current = fingerprint(instance)
    for locale in Locale.objects.filter(language_code__in=target_languages()):
        translation = translation_for(source, locale)
        status, _created = TranslationStatus.objects.get_or_create(translation=translation)
        status.source_fingerprint = current
        target_live = _target_is_live(source, locale)
        if target_live and status.reviewed_fingerprint != current and status.stale_since is None:
            status.stale_since = timezone.now()
            status.stale_since_revision = revision
        status.save()
        if not translation.enabled or not isinstance(instance, DraftStateMixin):
            # Translated by hand outside wagtail-localize, or a snippet that cannot hold a draft:
            # left as it is; the cockpit shows it stale.
            continue  # translated by hand outside wagtail-localize: the cockpit shows it stale
        memory.prefill(translation, list(untranslated_segments(translation)), user=user)
        machine_prefill(translation, user=user)
        try:
            with transaction.atomic():
                build_draft(translation, user=user)
        except Exception:
            # A translation that cannot be built (a required field still empty, a missing
            # related object) must not stop the French page from being published.
            logger.exception("Could not build the %s draft of %s", locale, instance)


def _target_is_live(source, locale):
    try:
        target = source.get_translated_instance(locale)
    except ObjectDoesNotExist:
        return False
    return getattr(target, "live", True)


def target_published(instance, revision=None):
    """A translation was published (approved by a reviewer): it is no longer stale if it caught up."""
    if is_source(instance):
        return
    translation = (
        Translation.objects.filter(
            source__object_id=instance.translation_key,
            target_locale_id=instance.locale_id,
        )
        .select_related("source")
        .first()
    )
    if translation is None:
        return
    status, _created = TranslationStatus.objects.get_or_create(translation=translation)
    source_instance = translation.source.get_source_instance()
    current = fingerprint(source_instance)
    if revision is None or status.draft_revision_id is None or revision.pk >= status.draft_revision_id:
        # The published version contains the latest draft built from the source.
        reviewed = status.draft_fingerprint or fingerprint(translation.source.as_instance())
    else:
        reviewed = status.reviewed_fingerprint
    status.reviewed_fingerprint = reviewed
    status.source_fingerprint = current
    if reviewed == current:
        status.stale_since = None
        status.stale_since_revision = None
        status.reviewed_source_revision = getattr(source_instance, "live_revision", None)
    status.save()


def create_missing_drafts(user=None):
    """Build the draft translations of every live French page that has none yet (after a paused import)."""
    created = 0
    pages = Page.objects.filter(locale__language_code=source_language(), live=True, depth__gt=1).specific()
    for page in pages:
        missing = [
            code
            for code in target_languages()
            if not Page.objects.filter(translation_key=page.translation_key, locale__language_code=code).exists()
        ]
        if missing:
            bring_translations_up_to_date(page, page.live_revision, user=user)
            created += len(missing)
    return created
