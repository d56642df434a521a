"""Keep the search index current as content is published, unpublished, moved or deleted (``search.tasks``)."""

import logging

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move, published, unpublished

from search import registry
from search.models import Synonym
from search.query import synonyms_changed

logger = logging.getLogger(__name__)


def _reindex(instance):
    from search.tasks import queue_index

    queue_index(instance)


def _remove(instance):
    from search.documents import remove_instance

    remove_instance(instance)


def on_published(sender, instance, **kwargs):
    _reindex(instance)


def on_unpublished(sender, instance, **kwargs):
    _remove(instance.specific)


def _reindex_subtree(page):
    from search.tasks import queue_index_subtree

    queue_index_subtree(page)


def on_moved(sender, instance, **kwargs):
    # A move changes URLs (and maybe privacy) of the page and its descendants.
    _reindex_subtree(instance)


def on_restriction_changed(sender, instance, **kwargs):
    """A view restriction added, changed or lifted: the page and its descendants leave or join the index."""
    from search.documents import remove_subtree

    page = Page.objects.filter(pk=instance.page_id).first()
    if page is None:  # the restriction goes with its deleted page
        return
    if page.get_view_restrictions().exists():
        remove_subtree(page)
    else:
        _reindex_subtree(page)


def on_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and registry.type_for_model(instance.__class__) is not None:
        _remove(instance)


def window_changed(page_model, field_name):
    """A receiver reindexing the pages whose visibility window comes from the saved object (a sponsor's contract)."""

    def receiver(sender, instance, raw=False, **kwargs):
        if raw:
            return
        for page in page_model.objects.filter(**{field_name: instance}).live():
            _reindex(page)

    return receiver


_WINDOW_RECEIVERS = []


def on_snippet_published(sender, instance, **kwargs):
    """A theme, sector or venue published or unpublished in a language: the pages of that language linking to any
    of its versions index the name they now show (taxonomy.localization)."""
    from taxonomy.localization import localized_attributes

    if isinstance(instance, Page) or not hasattr(instance, "translation_key"):
        return
    for search_type in registry.types():
        model = search_type.model
        if not issubclass(model, Page):
            continue
        for attribute in localized_attributes(model).values():
            if attribute.page or not isinstance(instance, model._meta.get_field(attribute.relation).related_model):
                continue
            pages = model.objects.live().filter(
                locale_id=instance.locale_id, **{f"{attribute.relation}__translation_key": instance.translation_key}
            )
            for page in pages.distinct():
                _reindex(page)


def on_synonym_changed(sender, instance, **kwargs):
    synonyms_changed(instance.language)


def connect():
    page_published.connect(on_published, dispatch_uid="search_page_published")
    page_unpublished.connect(on_unpublished, dispatch_uid="search_page_unpublished")
    post_page_move.connect(on_moved, dispatch_uid="search_page_moved")
    page_slug_changed.connect(on_moved, dispatch_uid="search_page_slug_changed")
    post_delete.connect(on_deleted, dispatch_uid="search_page_deleted")
    post_save.connect(on_restriction_changed, sender=PageViewRestriction, dispatch_uid="search_restriction_saved")
    post_delete.connect(on_restriction_changed, sender=PageViewRestriction, dispatch_uid="search_restriction_deleted")
    post_save.connect(on_synonym_changed, sender=Synonym, dispatch_uid="search_synonym_saved")
    published.connect(on_snippet_published, dispatch_uid="search_snippet_published")
    unpublished.connect(on_snippet_published, dispatch_uid="search_snippet_unpublished")
    post_delete.connect(on_synonym_changed, sender=Synonym, dispatch_uid="search_synonym_deleted")
    for related, page_model, field_name in registry.window_relations():
        receiver = window_changed(page_model, field_name)
        _WINDOW_RECEIVERS.append(receiver)  # signals hold receivers weakly
        post_save.connect(
            receiver, sender=related, dispatch_uid=f"search_window_{related._meta.label}_{page_model._meta.label}"
        )
