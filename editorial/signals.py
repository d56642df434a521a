"""Wire the translation sync and the translation memory to Wagtail's publishing signals (editorial.sync, .memory),
and give new translators their admin language."""

from django.contrib.auth import get_user_model
from django.db.models.signals import m2m_changed, post_save, pre_save
from django.dispatch import receiver
from wagtail.models import DraftStateMixin, Page, TranslatableMixin
from wagtail.signals import page_published, published
from wagtail_localize.models import StringTranslation, TranslationSource

from core.slugs import ascii_slug
from editorial import memory, roles, sync


@receiver(page_published)
def on_page_published(sender, instance, revision=None, **kwargs):
    user = getattr(revision, "user", None)
    if sync.is_source(instance):
        sync.source_published(instance, revision, user=user)
    else:
        sync.target_published(instance, revision)
        memory.remember(instance)


@receiver(published)
def on_snippet_published(sender, instance, revision=None, **kwargs):
    """Draftable translatable snippets: the same rules as pages."""
    if isinstance(instance, Page) or not isinstance(instance, TranslatableMixin):
        return
    on_page_published(sender, instance, revision=revision)


@receiver(post_save)
def on_snippet_saved(sender, instance, raw=False, **kwargs):
    """Snippets without drafts are live as soon as they are saved.

    A French one that is already being translated refreshes its source (its
    translations become stale); a translation saved through wagtail-localize's
    editor is a reviewed one.
    """
    if raw or isinstance(instance, Page | DraftStateMixin) or not isinstance(instance, TranslatableMixin):
        return
    if sync.is_paused():
        return
    if sync.is_source(instance):
        if TranslationSource.objects.filter(object_id=instance.translation_key).exists():
            sync.source_published(instance)
    else:
        sync.target_published(instance)


@receiver(m2m_changed, sender=get_user_model().groups.through)
def on_groups_changed(sender, instance, action, reverse=False, pk_set=None, **kwargs):
    """An account added to a translators' group opens the admin in that language, unless its owner chose one."""
    if action != "post_add":
        return
    users = get_user_model().objects.filter(pk__in=pk_set or ()) if reverse else [instance]
    for user in users:
        roles.give_admin_language(user)


@receiver(pre_save, sender=StringTranslation)
def on_string_translated(sender, instance, raw=False, **kwargs):
    """A translated slug is stored in ASCII (core.slugs): ``Größe prüfen`` becomes ``grosse-prufen``.

    wagtail-localize's own ``slugify`` would drop the letters it cannot keep (``ß``, ``œ``).
    """
    if raw or instance.data.isascii() or instance.context.path != "slug":
        return
    instance.data = ascii_slug(instance.data) or instance.data
