"""The site keeps answering while a backing service stops in the middle of use, and uses it again when it is back.

Each test runs its own real service (redis-server, moto's S3 server, osmem-server) and stops it mid-test;
nothing is mocked.
"""

import io
import logging
import signal

import pytest
import redis
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client, override_settings
from django.utils.html import escape
from osmem_server import OsmemServer
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from search.models import PendingIndexUpdate
from tests.search.conftest import engine_settings, publish_page
from tests.services import RedisServer, S3Server

pytestmark = pytest.mark.django_db

TOKEN = {"HTTP_AUTHORIZATION": "Bearer test-readyz-token"}
MESSAGE_FR = "Le stockage des médias ne répond pas : rien n'a été enregistré. Réessayez dans quelques minutes."


@pytest.fixture
def redis_server():
    server = RedisServer()
    with override_settings(CACHES=server.cache_setting()):
        yield server
    if server.process.poll() is None:
        server.stop()


def visit_the_site(client):
    """What visitors and front-ends ask for: status code per address."""
    addresses = [
        "/fr/",
        "/nl/",
        "/api/v2/pages/?locale=fr",
        "/api/v2/pages/?locale=fr&type=home.HomePage&fields=*",
        "/api/v2/search/?q=factures&locale=fr",
        "/fr/search/?q=factures",
        "/admin/login/",
    ]
    return {address: client.get(address).status_code for address in addresses}


def test_the_site_answers_while_redis_is_down_and_uses_it_again_when_it_is_back(
    client, admin_user, site, redis_server
):
    store = redis.Redis.from_url(redis_server.url)
    assert set(visit_the_site(client).values()) == {200}
    assert store.dbsize() > 0  # the site does use the cache

    redis_server.stop()
    assert set(visit_the_site(client).values()) == {200}
    # Sessions are in the database: an editor logs in and works during the outage.
    editor = Client()
    response = editor.post("/admin/login/", {"username": "admin", "password": "password"})
    assert response.status_code == 302
    assert editor.get("/admin/").status_code == 200
    ready = client.get("/readyz", **TOKEN)
    assert ready.status_code == 200
    assert ready.json()["status"] == "degraded"
    assert ready.json()["checks"]["cache"].startswith("error: ConnectionError")

    redis_server.start()  # same port, empty: no restart of the site
    store = redis.Redis.from_url(redis_server.url)
    assert client.get("/readyz").json() == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "storage": "ok", "static": "ok", "search": "ok"},
    }
    assert set(visit_the_site(client).values()) == {200}
    assert store.dbsize() > 0


def test_a_redis_outage_is_logged_once_not_per_request(client, site, redis_server, caplog):
    redis_server.stop()
    with caplog.at_level(logging.WARNING, logger="core.cache"):
        for _ in range(3):
            assert set(visit_the_site(client).values()) == {200}
    reports = [r for r in caplog.records if r.name == "core.cache"]
    assert len(reports) == 1
    assert reports[0].levelname == "ERROR"
    assert "The cache (Redis) is unavailable" in reports[0].getMessage()


def test_a_dead_cache_is_a_miss_for_counters_and_writes(redis_server):
    """Rate limits count with add/incr: a dead cache lets requests through instead of failing them."""
    from django.core.cache import cache

    cache.set("seen", 1)
    assert cache.get("seen") == 1
    redis_server.stop()
    assert cache.get("seen") is None
    assert cache.get("seen", "default") == "default"
    assert cache.get_or_set("computed", lambda: "from the database") == "from the database"
    assert cache.add("attempts", 1) is False
    with pytest.raises(ValueError):
        cache.incr("attempts")
    assert cache.get_many(["seen", "attempts"]) == {}
    assert cache.set_many({"a": 1, "b": 2}) == ["a", "b"]
    assert cache.has_key("seen") is False
    cache.delete("seen")
    cache.delete_many(["a", "b"])
    cache.clear()


# Media storage (S3) -------------------------------------------------------------------------------


def png_bytes():
    buffer = io.BytesIO()
    PILImage.new("RGB", (320, 200), (11, 92, 171)).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def s3_outage():
    """A moto S3 server of this test's own, which the test stops and starts again."""
    server = S3Server()
    server.create_bucket("outage-media")
    with override_settings(STORAGES=server.storages_setting("outage-media"), WAGTAILDOCS_SERVE_METHOD="redirect"):
        yield server
    if server.process.poll() is None:
        server.stop()


def upload_image(admin_client, title):
    return admin_client.post(
        "/admin/images/add/", {"title": title, "file": SimpleUploadedFile(f"{title}.png", png_bytes(), "image/png")}
    )


def test_media_storage_down_pages_answer_uploads_fail_clearly_and_leave_no_row(admin_client, client, site, s3_outage):
    Image, Document = get_image_model(), get_document_model()
    assert upload_image(admin_client, "vitrine").status_code == 302
    image = Image.objects.get(title="vitrine")
    page = publish_page("fr", "Vitrine connectée", body="Texte.")
    page.body = [("image", {"image": image, "alt_text": "La vitrine", "caption": ""})]
    page.save_revision().publish()
    assert client.get(page.url).status_code == 200  # its width-960 rendition is made now

    s3_outage.stop()
    # Visitors: the page with its image, the API (whose width-800 rendition cannot be made now: the original's URL).
    response = client.get(page.url)
    assert response.status_code == 200 and b'alt="La vitrine"' in response.content
    response = client.get(f"/api/v2/pages/{page.pk}/")
    assert response.status_code == 200
    assert response.json()["body"][0]["value"]["image"]["url"].split("?")[0].endswith(image.file.name)
    assert client.get("/api/v2/images/").status_code == 200
    # Editors: the image library still lists the image (without a thumbnail).
    assert admin_client.get("/admin/images/").status_code == 200
    assert admin_client.get(f"/admin/images/{image.pk}/").status_code == 200

    # An upload comes back to its form with a clear message, and nothing is written.
    response = upload_image(admin_client, "pendant la panne")
    assert response.status_code == 302 and response["Location"] == "/admin/images/add/"
    assert escape(MESSAGE_FR) in admin_client.get(response["Location"]).content.decode()
    # Wagtail's multiple upload saves outside any atomic block: Django marks the enclosing transaction
    # for rollback on the error. In production (autocommit) there is none; here the test's own
    # transaction encloses the request, so a savepoint stands for the request's boundary.
    with transaction.atomic():
        response = admin_client.post(
            "/admin/images/multiple/add/",
            {"files[]": SimpleUploadedFile("lot.png", png_bytes(), "image/png")},
            headers={"X-Requested-With": "XMLHttpRequest"},
        )
    assert response.json() == {"success": False, "error_message": MESSAGE_FR}
    response = admin_client.post(
        "/admin/documents/add/",
        {"title": "Slides", "file": SimpleUploadedFile("slides.pdf", b"%PDF-1.4\n", "application/pdf")},
    )
    assert response.status_code == 302
    assert escape(MESSAGE_FR) in admin_client.get(response["Location"]).content.decode()
    assert list(Image.objects.values_list("title", flat=True)) == ["vitrine"]
    assert not Document.objects.exists()
    assert not Image.get_rendition_model().objects.filter(filter_spec="width-800").exists()

    # The store is back (empty: moto keeps nothing across a restart): no restart of the site.
    s3_outage.start()
    s3_outage.create_bucket("outage-media")
    assert upload_image(admin_client, "après la panne").status_code == 302
    after = Image.objects.get(title="après la panne")
    keys = [item["Key"] for item in s3_outage.client().list_objects_v2(Bucket="outage-media")["Contents"]]
    assert after.file.name in keys
    assert client.get(page.url).status_code == 200


# Search engine (OpenSearch) ------------------------------------------------------------------------


@pytest.fixture
def search_engine():
    """An osmem-server of this test's own; the test pauses it (SIGSTOP: it answers nothing) and resumes it."""
    from search.engines import engine

    server = OsmemServer.start(japanese=False)
    engine._READY.clear()
    with override_settings(WAGTAILSEARCH_BACKENDS=engine_settings(server.url, index="outage")):
        yield server
    server.process.send_signal(signal.SIGCONT)
    server.close()
    engine._READY.clear()


def search(client, q):
    body = client.get("/api/v2/search/", {"q": q, "locale": "fr"}).json()
    return body["meta"]["engine"], [item["title"] for item in body["items"]]


def test_search_engine_down_searches_answer_publishing_works_and_the_index_catches_up(client, site, search_engine):
    publish_page("fr", "Facturation électronique", "Envoyer ses factures.", "Peppol.")
    assert search(client, "factures") == ("opensearch", ["Facturation électronique"])

    search_engine.process.send_signal(signal.SIGSTOP)
    assert search(client, "factures") == ("database (fallback)", ["Facturation électronique"])
    response = client.get("/fr/search/", {"q": "factures"})
    assert response.status_code == 200 and "Facturation électronique" in response.content.decode()
    # Publishing works: the page is live and found (from the database), its engine update waits.
    page = publish_page("fr", "Signer ses factures", "Signature électronique des factures.", "eIDAS.")
    assert page.live
    assert PendingIndexUpdate.objects.count() == 1
    engine_name, titles = search(client, "factures")
    assert engine_name == "database (fallback)" and set(titles) == {"Facturation électronique", "Signer ses factures"}
    ready = client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["checks"]["search"] == "error"

    search_engine.process.send_signal(signal.SIGCONT)
    # The first search that reaches the engine again sends it the waiting update: no restart, no command.
    assert search(client, "factures")[0] == "opensearch"
    assert PendingIndexUpdate.objects.count() == 0
    engine_name, titles = search(client, "factures")
    assert engine_name == "opensearch" and set(titles) == {"Facturation électronique", "Signer ses factures"}
