"""Webhooks: publish, unpublish and delete are posted, signed, to a real local HTTP receiver, with retries."""

import datetime
import hashlib
import hmac
import http.server
import json
import threading

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from wagtail.models import Page

from editorial.models import WebhookDelivery, WebhookEndpoint
from editorial.webhooks import prune_deliveries
from home.models import ContentPage
from taxonomy.models import Theme


class Receiver:
    """An HTTP server on 127.0.0.1 that records each POST and answers with the next queued status."""

    def __init__(self, statuses=()):
        self.requests = []
        self.statuses = list(statuses)
        self.location = None  # sent with a 3xx status
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.requests.append((dict(self.headers), body))
                status = receiver.statuses.pop(0) if receiver.statuses else 200
                self.send_response(status)
                if receiver.location:
                    self.send_header("Location", receiver.location)
                self.end_headers()
                self.wfile.write(b"ok" if status < 400 else b"error")

            def do_GET(self):  # where a followed redirect would land
                receiver.requests.append((dict(self.headers), b""))
                self.send_response(200)
                self.end_headers()

            def do_PURGE(self):
                receiver.requests.append((dict(self.headers), self.path.encode()))
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()

    def payloads(self):
        return [json.loads(body) for _headers, body in self.requests]


@pytest.fixture(autouse=True)
def private_receivers(settings):
    """The receivers of these tests listen on 127.0.0.1: allowed by the administrators' setting."""
    settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES = True


@pytest.fixture
def receiver():
    server = Receiver()
    yield server
    server.stop()


@pytest.fixture
def endpoint(receiver, site):
    return WebhookEndpoint.objects.create(name="Front-end", url=receiver.url, secret="s3cret-partage")


def publish_page(site, title="À propos", slug="a-propos"):
    home = Page.objects.get(pk=site.root_page_id)
    page = home.add_child(instance=ContentPage(title=title, slug=slug, live=False))
    page.save_revision().publish()
    return ContentPage.objects.get(pk=page.pk)


def retries_come_due():
    """Time passes: the attempts the worker put off are due now."""
    DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())


def test_a_publication_is_posted_signed_and_retried_after_a_failure(site, receiver, endpoint, run_tasks):
    receiver.statuses = [500]  # the receiver is down the first time
    page = publish_page(site)
    [delivery] = WebhookDelivery.objects.all()
    assert delivery.status == "pending" and delivery.attempts == 0
    assert receiver.requests == []  # the publication did not wait for the receiver

    run_tasks()
    delivery.refresh_from_db()
    assert delivery.status == "pending" and delivery.attempts == 1
    assert delivery.last_status_code == 500 and "500" in delivery.last_error
    assert delivery.next_attempt_at > timezone.now()  # backoff: not retried at once
    failed = DBTaskResult.objects.get(task_path="editorial.webhooks.deliver_webhook", status="FAILED")
    assert "HTTP 500" in failed.traceback  # what administrators read in Reports → Background tasks
    run_tasks()
    assert len(receiver.requests) == 1

    retries_come_due()
    run_tasks()
    delivery.refresh_from_db()
    assert delivery.status == "delivered" and delivery.attempts == 2 and delivery.last_error == ""

    assert len(receiver.requests) == 2
    for headers, body in receiver.requests:
        expected = "sha256=" + hmac.new(b"s3cret-partage", body, hashlib.sha256).hexdigest()
        assert hmac.compare_digest(headers["X-Webhook-Signature"], expected)
        assert headers["Content-Type"] == "application/json"
    payload = receiver.payloads()[0]
    assert receiver.payloads()[1] == payload  # the retry sends the same payload
    assert payload["event"] == "published"
    assert payload["type"] == "home.ContentPage"
    assert payload["id"] == page.pk
    assert payload["locale"] == "fr"
    assert payload["url"] == "http://testserver/fr/a-propos/"
    assert datetime.datetime.fromisoformat(payload["timestamp"])


def test_a_forged_body_does_not_match_the_signature(site, receiver, endpoint, run_tasks):
    publish_page(site)
    run_tasks()
    [(headers, body)] = receiver.requests
    forged = body.replace(b"published", b"deleted")
    assert (
        headers["X-Webhook-Signature"] != "sha256=" + hmac.new(b"s3cret-partage", forged, hashlib.sha256).hexdigest()
    )


def test_unpublish_delete_and_snippets(site, locales, receiver, endpoint, run_tasks):
    page = publish_page(site)
    page.unpublish()
    page.save_revision().publish()
    page.delete()
    theme = Theme.objects.create(name="Intelligence artificielle", slug="ia", locale=locales["fr"])
    theme.save_revision().publish()  # themes have drafts: announced when published
    theme.delete()
    run_tasks()
    events = [(p["event"], p["type"]) for p in receiver.payloads()]
    assert events == [
        ("published", "home.ContentPage"),
        ("unpublished", "home.ContentPage"),
        ("published", "home.ContentPage"),
        ("deleted", "home.ContentPage"),
        ("published", "taxonomy.Theme"),
        ("deleted", "taxonomy.Theme"),
    ]
    assert receiver.payloads()[4]["url"] == receiver.payloads()[5]["url"]
    assert receiver.payloads()[4]["url"].startswith("http://testserver/api/v2/themes/")


def test_endpoints_choose_their_events_and_inactive_ones_hear_nothing(site, receiver, run_tasks):
    WebhookEndpoint.objects.create(name="Suppressions", url=receiver.url, on_published=False, on_unpublished=False)
    WebhookEndpoint.objects.create(name="Coupé", url=receiver.url, active=False)
    page = publish_page(site)
    page.delete()
    run_tasks()
    assert [p["event"] for p in receiver.payloads()] == ["deleted"]


def test_after_the_last_attempt_the_delivery_is_failed(site, receiver, endpoint, settings, run_tasks):
    settings.WEBHOOK_MAX_ATTEMPTS = 3
    receiver.statuses = [503, 503, 503, 200]
    publish_page(site)
    for _time_passes in range(4):
        retries_come_due()
        run_tasks()
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == "failed" and delivery.attempts == 3 and delivery.next_attempt_at is None
    assert len(receiver.requests) == 3


def test_an_unreachable_endpoint_is_retried_later(site, endpoint, receiver, run_tasks):
    receiver.stop()
    publish_page(site)
    run_tasks()
    delivery = WebhookDelivery.objects.get()
    assert delivery.attempts == 1 and delivery.status == "pending" and delivery.last_status_code is None
    assert delivery.last_error


def test_old_finished_deliveries_are_pruned_pending_ones_kept(site, endpoint, settings):
    settings.WEBHOOK_DELIVERY_RETENTION_DAYS = 30
    old = timezone.now() - datetime.timedelta(days=31)
    for status in ("delivered", "failed", "pending"):
        delivery = WebhookDelivery.objects.create(endpoint=endpoint, event="published", payload={}, status=status)
        WebhookDelivery.objects.filter(pk=delivery.pk).update(created_at=old)
    recent = WebhookDelivery.objects.create(endpoint=endpoint, event="published", payload={}, status="delivered")
    assert prune_deliveries() == 2
    assert set(WebhookDelivery.objects.values_list("status", flat=True)) == {"pending", "delivered"}
    assert WebhookDelivery.objects.filter(pk=recent.pk).exists()


def test_a_change_that_is_rolled_back_announces_nothing(site, receiver, endpoint):
    from django.db import transaction

    with pytest.raises(RuntimeError), transaction.atomic():
        publish_page(site)
        raise RuntimeError
    assert not WebhookDelivery.objects.exists()


def test_administrators_manage_endpoints_and_read_the_log(client, admin_user, site, receiver, run_tasks):
    client.force_login(admin_user)
    response = client.post(
        "/admin/webhook_endpoints/new/",
        {"name": "Cache du front-end", "url": receiver.url, "secret": "abc", "on_published": "on", "active": "on"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    endpoint = WebhookEndpoint.objects.get()
    assert endpoint.on_published and not endpoint.on_deleted
    receiver.statuses = [502]
    publish_page(site)
    run_tasks()
    log = client.get("/admin/webhook_deliveries/")
    assert log.status_code == 200
    html = log.content.decode()
    assert "HTTP 502" in html and "Cache du front-end" in html
    # The log is read-only.
    assert client.get("/admin/webhook_deliveries/new/").status_code in (302, 403)


def test_a_configured_front_end_cache_is_purged_on_publication(
    site, receiver, settings, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {
        "http": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": receiver.url.removesuffix("/hooks"),
        }
    }
    with django_capture_on_commit_callbacks(execute=True):
        publish_page(site)
    purged = [(headers.get("Host"), path.decode()) for headers, path in receiver.requests]
    assert ("testserver", "/fr/a-propos/") in purged


# --- which addresses (editorial.addresses) ------------------------------------------------------


def add_endpoint(client, url):
    return client.post(
        "/admin/webhook_endpoints/new/",
        {"name": "Récepteur", "url": url, "secret": "abc", "on_published": "on", "active": "on"},
    )


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://example.org/hooks", "Seules les adresses http:// et https:// sont acceptées."),
        ("ftps://example.org/hooks", "Seules les adresses http:// et https:// sont acceptées."),
        ("http://169.254.169.254/latest/meta-data/", "169.254.169.254"),  # cloud metadata (link-local)
        ("http://127.0.0.1:6379/", "127.0.0.1"),
        ("http://localhost:8000/hooks", "réseau privé, local ou réservé"),
        ("http://10.1.2.3/hooks", "10.1.2.3"),
        ("http://192.168.1.10/hooks", "192.168.1.10"),
        ("http://100.64.0.1/hooks", "100.64.0.1"),  # carrier-grade NAT
        ("http://0.0.0.0/hooks", "0.0.0.0"),
        ("http://224.0.0.1/hooks", "224.0.0.1"),
        ("http://[::1]/hooks", "::1"),
        ("http://[fe80::1]/hooks", "fe80::1"),
        ("http://[fd00::1]/hooks", "fd00::1"),
        ("http://[::ffff:127.0.0.1]/hooks", "::ffff:127.0.0.1"),
        ("http://[ff02::1]/hooks", "ff02::1"),
    ],
)
def test_the_webhook_form_refuses_other_schemes_and_private_addresses(url, message, client, admin_user, settings):
    settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES = False
    client.force_login(admin_user)
    response = add_endpoint(client, url)
    assert response.status_code == 200
    errors = " ".join(response.context["form"].errors["url"])
    assert message in errors
    assert not WebhookEndpoint.objects.exists()


def test_the_webhook_form_accepts_a_public_address(client, admin_user, settings):
    settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES = False
    client.force_login(admin_user)
    assert add_endpoint(client, "https://93.184.215.14/hooks").status_code == 302
    assert WebhookEndpoint.objects.get().url == "https://93.184.215.14/hooks"


def test_a_host_that_resolves_to_a_private_address_at_delivery_is_not_reached(site, receiver, settings, run_tasks):
    """Saved while allowed (or while its name resolved elsewhere): the address reached is checked again."""
    port = receiver.url.split(":")[2].split("/")[0]
    WebhookEndpoint.objects.create(name="Rebinding", url=f"http://localhost:{port}/hooks")
    settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES = False
    publish_page(site)
    run_tasks()
    assert receiver.requests == []
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == WebhookDelivery.Status.PENDING and delivery.attempts == 1
    assert "127.0.0.1" in delivery.last_error or "::1" in delivery.last_error


def test_redirects_are_not_followed(site, receiver, endpoint, run_tasks):
    """A receiver that redirects (to an internal address, for instance) gets a failed attempt, not a request."""
    inside = Receiver()
    try:
        receiver.statuses = [303]
        receiver.location = inside.url
        publish_page(site)
        run_tasks()
        assert len(receiver.requests) == 1 and inside.requests == []
        delivery = WebhookDelivery.objects.get()
        assert delivery.last_status_code == 303 and delivery.status == WebhookDelivery.Status.PENDING
    finally:
        inside.stop()
