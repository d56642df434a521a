"""Publish notifications: webhooks told when pages and snippets are published, unpublished or deleted.

Each event is stored as one ``WebhookDelivery`` per active endpoint that asked
for it, with one ``deliver_webhook`` background task per delivery (``core.tasks``),
in the same transaction as the change (nothing is announced for a change that
is rolled back). The task worker sends it, outside any transaction and without
locking the row: a POST of the JSON payload ``{"event", "type", "id", "locale",
"url", "timestamp"}`` signed with HMAC-SHA256 of the endpoint's secret in
``X-Webhook-Signature: sha256=<hex>``. A failed attempt (network error or a
status outside 2xx) fails the task, which is tried again after
``WEBHOOK_RETRY_SECONDS`` × 2^(attempts − 1), up to ``WEBHOOK_MAX_ATTEMPTS``;
then the delivery is marked failed. Only public http(s) addresses are reached,
redirects are not followed (``editorial.addresses``). The table is the
administrators' log (Settings → Webhooks → deliveries); finished deliveries
older than ``WEBHOOK_DELIVERY_RETENTION_DAYS`` are pruned by the worker.
"""

import datetime
import hashlib
import hmac
import json
import logging
import threading
import urllib.error
import urllib.request

from django.conf import settings
from django.db.models.signals import post_delete, post_save, pre_delete
from django.utils import timezone
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, published, unpublished
from wagtail.snippets.models import get_snippet_models

from core.endpoints import api_router
from core.tasks import background_task, enqueue
from editorial.addresses import open_checked
from editorial.models import WebhookDelivery, WebhookEndpoint

logger = logging.getLogger(__name__)
SIGNATURE_HEADER = "X-Webhook-Signature"


def sign(secret, body):
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def payload_for(event, instance):
    """What a receiver is told: enough to refetch the object from the API (or drop it)."""
    locale = getattr(instance, "locale", None)
    url = instance.get_full_url() if isinstance(instance, Page) else snippet_api_url(instance)
    return {
        "event": event,
        "type": instance._meta.label,
        "id": instance.pk,
        "locale": locale.language_code if locale is not None else None,
        "url": url,
        "timestamp": timezone.now().isoformat(),
    }


def snippet_api_url(instance):
    found = api_router.get_model_endpoint(type(instance))
    if found is None:
        return None
    return f"{settings.WAGTAILAPI_BASE_URL}/api/v2/{found[0]}/{instance.pk}/"


def record(event, instance):
    """Queue one delivery per active endpoint that listens to ``event``."""
    endpoints = [endpoint for endpoint in WebhookEndpoint.objects.filter(active=True) if endpoint.listens_to(event)]
    if not endpoints:
        return []
    payload = payload_for(event, instance)
    now = timezone.now()
    deliveries = WebhookDelivery.objects.bulk_create(
        WebhookDelivery(endpoint=endpoint, event=event, payload=payload, next_attempt_at=now) for endpoint in endpoints
    )
    for delivery in deliveries:
        enqueue(deliver_webhook, delivery.pk)
    return deliveries


def backoff(attempts):
    return datetime.timedelta(seconds=settings.WEBHOOK_RETRY_SECONDS * 2 ** (attempts - 1))


def max_attempts():
    return settings.WEBHOOK_MAX_ATTEMPTS


class DeliveryFailed(Exception):
    """The receiver did not take the delivery: the task fails and is tried again later."""


@background_task(attempts=max_attempts, delay=backoff)
def deliver_webhook(delivery_id):
    """One attempt at one delivery; raises while it fails so that the worker tries again later."""
    delivery = (
        WebhookDelivery.objects.select_related("endpoint")
        .filter(pk=delivery_id, status=WebhookDelivery.Status.PENDING)
        .first()
    )
    if delivery is None:  # delivered, failed for good, or pruned
        return None
    attempt(delivery)
    prune_deliveries()
    if delivery.status != WebhookDelivery.Status.DELIVERED:
        raise DeliveryFailed(f"{delivery.endpoint.url}: {delivery.last_error}")
    return delivery.last_status_code


def prune_deliveries(now=None):
    """Forget delivered and failed deliveries older than ``WEBHOOK_DELIVERY_RETENTION_DAYS``."""
    limit = (now or timezone.now()) - datetime.timedelta(days=settings.WEBHOOK_DELIVERY_RETENTION_DAYS)
    deleted, _by_model = (
        WebhookDelivery.objects.exclude(status=WebhookDelivery.Status.PENDING).filter(created_at__lt=limit).delete()
    )
    return deleted


def attempt(delivery):
    """Send one delivery once and record the outcome."""
    body = json.dumps(delivery.payload, ensure_ascii=False, sort_keys=True).encode()
    request = urllib.request.Request(
        delivery.endpoint.url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "User-Agent": "jesuisfantasTIC-webhooks",
            SIGNATURE_HEADER: sign(delivery.endpoint.secret, body),
            "X-Webhook-Event": delivery.event,
            "X-Webhook-Delivery": str(delivery.pk),
        },
    )
    delivery.attempts += 1
    try:
        with open_checked(request, timeout=settings.WEBHOOK_TIMEOUT_SECONDS) as response:
            delivery.last_status_code = response.status
        error = ""
    except urllib.error.HTTPError as failure:
        delivery.last_status_code = failure.code
        error = f"HTTP {failure.code} {failure.reason}"
    except (urllib.error.URLError, OSError) as failure:
        delivery.last_status_code = None
        error = str(getattr(failure, "reason", failure))
    now = timezone.now()
    if not error:
        delivery.status = WebhookDelivery.Status.DELIVERED
        delivery.delivered_at = now
        delivery.next_attempt_at = None
        delivery.last_error = ""
    else:
        delivery.last_error = error[:2000]
        if delivery.attempts >= settings.WEBHOOK_MAX_ATTEMPTS:
            delivery.status = WebhookDelivery.Status.FAILED
            delivery.next_attempt_at = None
        else:
            delivery.next_attempt_at = now + backoff(delivery.attempts)
        logger.warning(
            "Webhook %s to %s failed (attempt %s): %s", delivery.pk, delivery.endpoint.url, delivery.attempts, error
        )
    delivery.save()
    return delivery


# --- signals ------------------------------------------------------------------------------------


def on_page_published(sender, instance, **kwargs):
    record(WebhookEndpoint.Event.PUBLISHED, instance.specific)


# Pages being deleted: Wagtail unpublishes a live page while deleting it
# (wagtail/signal_handlers.py, pre_delete_page_unpublish); receivers get "deleted" only.
_deleting = threading.local()


def deleting():
    if not hasattr(_deleting, "pages"):
        _deleting.pages = set()
    return _deleting.pages


def on_page_unpublished(sender, instance, **kwargs):
    if instance.pk not in deleting():
        record(WebhookEndpoint.Event.UNPUBLISHED, instance.specific)


def on_snippet_published(sender, instance, **kwargs):
    if type(instance) in get_snippet_models():
        record(WebhookEndpoint.Event.PUBLISHED, instance)


def on_snippet_unpublished(sender, instance, **kwargs):
    if type(instance) in get_snippet_models():
        record(WebhookEndpoint.Event.UNPUBLISHED, instance)


def on_saved(sender, instance, raw=False, **kwargs):
    """Snippets without drafts are live as soon as they are saved."""
    if raw or isinstance(instance, Page) or type(instance) not in get_snippet_models():
        return
    if getattr(instance, "has_unpublished_changes", None) is not None:
        return  # draftable snippets announce their publication (``published`` signal)
    record(WebhookEndpoint.Event.PUBLISHED, instance)


def on_deleted(sender, instance, **kwargs):
    """Pages that were live and snippets (before the row goes, while their URL still resolves)."""
    if isinstance(instance, Page):
        # Deleting a page deletes a row per model of its inheritance chain: announce it once.
        if instance.live and type(instance) is instance.specific_class:
            deleting().add(instance.pk)
            record(WebhookEndpoint.Event.DELETED, instance)
    elif type(instance) in get_snippet_models() and getattr(instance, "live", True):
        record(WebhookEndpoint.Event.DELETED, instance)


def on_page_row_deleted(sender, instance, **kwargs):
    deleting().discard(instance.pk)


def connect():
    page_published.connect(on_page_published, dispatch_uid="webhooks_page_published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="webhooks_page_unpublished")
    published.connect(on_snippet_published, dispatch_uid="webhooks_published")
    unpublished.connect(on_snippet_unpublished, dispatch_uid="webhooks_unpublished")
    post_save.connect(on_saved, dispatch_uid="webhooks_saved")
    pre_delete.connect(on_deleted, dispatch_uid="webhooks_deleted")
    post_delete.connect(on_page_row_deleted, sender=Page, dispatch_uid="webhooks_page_deleted")
