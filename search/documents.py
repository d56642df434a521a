"""Turning live, public content into search documents, and keeping them current."""

import logging
from collections import Counter, defaultdict
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from wagtail.models import Page

from search import registry
from search.analysis import compound_parts, hyphen_joined, spellings, stem, words
from search.models import SearchDocument, SearchTerm
from search.vectors import kept_vectors, restore_vectors, vectors_changed
from search.vocabulary import changed, vocabulary

logger = logging.getLogger(__name__)


def document_key(document):
    return f"{document.content_type_id}:{document.object_id}:{document.language}"


def is_searchable(page):
    """Live, public (no view restriction on it or above it), of a covered type."""
    return (
        page.live
        and not page.get_view_restrictions().exists()
        and registry.type_for_model(page.specific_class) is not None
    )


def language_of(instance):
    locale = getattr(instance, "locale", None)
    return locale.language_code if locale is not None else None


def url_of(page):
    try:
        return page.get_url() or ""
    except Exception:  # a page outside any site has no URL; it is still searchable
        return ""


@dataclass
class Entry:
    """What one search document is made of, before analysis: an item and its text."""

    type_key: str
    content_type: object
    object_id: str
    language: str
    slug: str
    url: str
    url_path: str
    fields: dict


def entries_of(instance, search_type):
    """The entries of a searchable item: the item itself, then the items derived from it (a seminar's slides).

    The derived items are shown while their page is: they share its window of visibility.
    """
    language = language_of(instance)
    window = registry.window_of(instance, search_type)
    entries = [
        Entry(
            search_type.key,
            ContentType.objects.get_for_model(instance.__class__),
            str(instance.pk),
            language,
            getattr(instance, "slug", "") or "",
            url_of(instance) if isinstance(instance, Page) else "",
            getattr(instance, "url_path", "") or "",
            {**registry.document_fields(instance), **window},
        )
    ]
    for child_type in registry.child_types(instance.__class__):
        content_type = ContentType.objects.get_for_model(child_type.model)
        for item in registry.children_of(child_type, instance):
            entries.append(
                Entry(
                    child_type.key,
                    content_type,
                    child_object_id(instance, item),
                    language,
                    entries[0].slug,
                    registry.child_url(item),
                    entries[0].url_path,
                    {**registry.child_fields(item, instance), **window},
                )
            )
    return entries


def child_object_id(parent, item):
    """``<parent id>/<item id>``: the documents of a page's derived items are found from the page."""
    return f"{parent.pk}/{item.pk}"


def build_document(entry, vocabulary_words=None, splits=None):
    """An unsaved SearchDocument for an entry: its text analysed (title, summary, body, themes, sectors).

    A rebuild passes the language's whole vocabulary and a ``splits`` dict
    shared by its documents (compound splits).
    """
    fields = entry.fields
    language = entry.language
    if vocabulary_words is not None:  # a rebuild: the vocabulary of every document, this one's included
        known = vocabulary_words
    else:
        known = vocabulary(language).words | set(
            words(f"{fields['title']} {fields['summary']} {fields['body']}", language)
        )
    title_words = words(fields["title"], language)
    summary_words = words(fields["summary"], language)
    body_words = words(fields["body"], language)
    title_parts = compound_parts(title_words, language, known, splits)
    text_parts = compound_parts(summary_words + body_words, language, known, splits)
    # The summary counts twice: it says what the item is about.
    text_words = summary_words + summary_words + body_words + text_parts
    return SearchDocument(
        content_type=entry.content_type,
        object_id=entry.object_id,
        language=language,
        type=entry.type_key,
        slug=entry.slug,
        url=entry.url,
        url_path=entry.url_path,
        title=fields["title"],
        summary=fields["summary"],
        body=fields["body"],
        # Compound parts and hyphenated words joined ("wifi"): for the engines' own analysis.
        parts=" ".join(
            title_parts + text_parts + hyphen_joined(f"{fields['title']} {fields['summary']} {fields['body']}")
        ),
        themes=f" {' '.join(fields['themes'])} " if fields["themes"] else "",
        sectors=f" {' '.join(fields['sectors'])} " if fields["sectors"] else "",
        title_terms=" ".join(stem(word, language) for word in title_words + title_parts),
        text_terms=" ".join(stem(word, language) for word in text_words),
        visible_from=fields.get("visible_from"),
        visible_until=fields.get("visible_until"),
    )


def term(language, word, documents, accented):
    """A vocabulary row: the folded word, its stem, in how many documents, its accented spelling if any."""
    return SearchTerm(
        language=language,
        word=word[:100],
        stem=stem(word, language)[:100],
        documents=documents,
        spelling=accented.get(word, ""),
    )


def remember_words(language, texts):
    """Add the words of ``texts`` to the language's vocabulary (incremental updates)."""
    seen = Counter()
    for text in texts:
        seen.update(set(words(text, language)))
    accented = spellings(texts)
    existing = set(SearchTerm.objects.filter(language=language, word__in=list(seen)).values_list("word", flat=True))
    SearchTerm.objects.bulk_create(
        [
            term(language, word, count, accented)
            for word, count in seen.items()
            if word not in existing and len(word) <= 100
        ],
        ignore_conflicts=True,
    )
    changed(language)


def searchable_instances(search_type, language=None):
    model = search_type.model
    queryset = model.objects.all()
    if issubclass(model, Page):
        queryset = queryset.live().public().select_related("locale")
    if language:
        queryset = queryset.filter(locale__language_code=language)
    return queryset


DOCUMENT_FIELDS = [
    "type",
    "slug",
    "url",
    "url_path",
    "title",
    "summary",
    "body",
    "parts",
    "themes",
    "sectors",
    "title_terms",
    "text_terms",
    "visible_from",
    "visible_until",
]


def documents_of(instance):
    """The documents stored for an item: its own and those of the items derived from it, any language."""
    content_type = ContentType.objects.get_for_model(instance.__class__)
    condition = Q(content_type=content_type, object_id=str(instance.pk))
    for child_type in registry.child_types(instance.__class__):
        condition |= Q(
            content_type=ContentType.objects.get_for_model(child_type.model),
            object_id__startswith=f"{instance.pk}/",
        )
    return SearchDocument.objects.filter(condition)


def index_instance(instance):
    """Write (or remove) the documents of one item after it changed: publish, unpublish, move.

    Returns the documents written (none when the item left the index), whose vectors are then refreshed.
    """
    from search.engines import engine_remove, engine_sync
    from search.engines.database import after_write

    specific = instance.specific if isinstance(instance, Page) else instance
    search_type = registry.type_for_model(specific.__class__)
    if search_type is None:
        return []
    if isinstance(specific, Page) and not is_searchable(specific):
        remove_instance(specific)
        return []
    entries = entries_of(specific, search_type)
    language = entries[0].language
    remember_words(language, [text for entry in entries for text in entry_texts(entry)])
    documents = [build_document(entry) for entry in entries]
    kept = {(document.content_type_id, document.object_id, document.language) for document in documents}
    with transaction.atomic():
        stale = [
            document
            for document in documents_of(specific)
            if (document.content_type_id, document.object_id, document.language) not in kept
        ]
        SearchDocument.objects.filter(pk__in=[document.pk for document in stale]).delete()
        saved = [
            SearchDocument.objects.update_or_create(
                content_type=document.content_type,
                object_id=document.object_id,
                language=document.language,
                defaults={name: getattr(document, name) for name in DOCUMENT_FIELDS},
            )[0]
            for document in documents
        ]
    after_write([document.pk for document in saved])
    engine_sync(saved)
    engine_remove(stale)
    for language in {document.language for document in stale}:
        vectors_changed(language)
    return saved


def entry_texts(entry):
    return [entry.fields["title"], entry.fields["summary"], entry.fields["body"]]


def _remove_documents(queryset):
    from search.engines import engine_remove

    documents = list(queryset)
    if documents:
        # Their vectors go with them (SearchVector's cascade): no semantic search finds them again.
        SearchDocument.objects.filter(pk__in=[document.pk for document in documents]).delete()
        engine_remove(documents)
        for language in {document.language for document in documents}:
            vectors_changed(language)


def remove_instance(instance):
    _remove_documents(documents_of(instance))


def remove_subtree(page):
    """Remove the documents of a page and of every page beneath it (a view restriction was put on it)."""
    _remove_documents(SearchDocument.objects.filter(url_path__startswith=page.url_path))


def rebuild(languages=None, stdout=None):
    """Rebuild every language's documents from the content, then the engine's indexes.

    The vectors of documents whose text did not change are kept (search.vectors); ``search_index``
    queues the computation of the others.
    """
    from search.analysis import LANGUAGES
    from search.engines import get_engine
    from search.engines.database import after_write

    languages = languages or LANGUAGES
    counts = {}
    for language in languages:
        entries = [
            entry
            for search_type in registry.types()
            if not search_type.parent
            for instance in searchable_instances(search_type, language)
            for entry in entries_of(instance.specific if isinstance(instance, Page) else instance, search_type)
        ]
        frequency = Counter()
        texts = [" ".join(entry_texts(entry)) for entry in entries]
        for text in texts:
            frequency.update(set(words(text, language)))
        accented = spellings(texts)
        known = frozenset(frequency)
        splits = {}
        documents = [build_document(entry, known, splits) for entry in entries]
        with transaction.atomic():
            kept = kept_vectors(language)
            SearchDocument.objects.filter(language=language).delete()
            SearchTerm.objects.filter(language=language).delete()
            SearchTerm.objects.bulk_create(
                [term(language, word, count, accented) for word, count in frequency.items() if len(word) <= 100],
                batch_size=2000,
            )
            SearchDocument.objects.bulk_create(documents, batch_size=500)
            after_write(list(SearchDocument.objects.filter(language=language).values_list("pk", flat=True)))
            restore_vectors(language, kept)
        changed(language)
        counts[language] = len(documents)
        if stdout:
            stdout.write(f"{language}: {len(documents)} documents, {len(frequency)} words")
    engine = get_engine()
    if engine.name != "database":
        for language in languages:
            engine.rebuild(language, SearchDocument.objects.filter(language=language))
    return counts


def grouped_by_language(documents):
    grouped = defaultdict(list)
    for document in documents:
        grouped[document.language].append(document)
    return grouped
