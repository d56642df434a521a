"""What the editorial app remembers: translation status against the source, webhook endpoints and deliveries."""

import secrets

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail_localize.models import Translation

from editorial.addresses import url_problem


class TranslationStatus(models.Model):
    """Where a translation (one source object × one target language) stands against its French source.

    Fingerprints summarise the source's translatable content (``editorial.sync.fingerprint``):
    ``source_fingerprint`` is the source as last published, ``draft_fingerprint`` the source the
    target's latest draft was built from, ``reviewed_fingerprint`` the source the target's live
    version was built from. The translation is stale while the live target was reviewed against
    an older source than the one now published.
    """

    translation = models.OneToOneField(
        Translation, verbose_name=_("translation"), on_delete=models.CASCADE, related_name="editorial_status"
    )
    source_fingerprint = models.CharField(_("source fingerprint"), max_length=64, blank=True)
    draft_fingerprint = models.CharField(_("draft fingerprint"), max_length=64, blank=True)
    draft_revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("latest draft built from the source"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_fingerprint = models.CharField(_("reviewed fingerprint"), max_length=64, blank=True)
    reviewed_source_revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("source revision last reviewed"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    stale_since = models.DateTimeField(_("stale since"), null=True, blank=True)
    stale_since_revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("stale since source revision"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("translation status")
        verbose_name_plural = _("translation statuses")

    def __str__(self):
        return str(self.translation)

    @property
    def is_stale(self):
        return self.stale_since is not None


def new_secret():
    return secrets.token_urlsafe(32)


class WebhookEndpoint(models.Model):
    """An address told when content is published, unpublished or deleted (``editorial.webhooks``)."""

    class Event(models.TextChoices):
        PUBLISHED = "published", _("Published")
        UNPUBLISHED = "unpublished", _("Unpublished")
        DELETED = "deleted", _("Deleted")

    name = models.CharField(_("name"), max_length=120, help_text=_("Who receives it, e.g. “Front-end cache”."))
    url = models.URLField(_("URL"), max_length=500, help_text=_("Receives a POST with a JSON body."))
    secret = models.CharField(
        _("secret"),
        max_length=128,
        default=new_secret,
        help_text=_(
            "Shared with the receiver: each body is signed with HMAC-SHA256 of this secret, "
            "sent in the X-Webhook-Signature header as sha256=<hex>."
        ),
    )
    on_published = models.BooleanField(
        _("published"), default=True, help_text=_("Pages published; snippets saved (or published, with drafts).")
    )
    on_unpublished = models.BooleanField(_("unpublished"), default=True)
    on_deleted = models.BooleanField(_("deleted"), default=True)
    active = models.BooleanField(_("active"), default=True, help_text=_("Inactive endpoints are told nothing."))

    class Meta:
        verbose_name = _("webhook endpoint")
        verbose_name_plural = _("webhook endpoints")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        problem = url_problem(self.url) if self.url else None
        if problem:
            raise ValidationError({"url": problem})

    def listens_to(self, event):
        return getattr(self, f"on_{event}")


class WebhookDelivery(models.Model):
    """One notification to one endpoint: the queue the worker drains, and the log administrators read."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        DELIVERED = "delivered", _("Delivered")
        FAILED = "failed", _("Failed")

    endpoint = models.ForeignKey(
        WebhookEndpoint, verbose_name=_("endpoint"), on_delete=models.CASCADE, related_name="deliveries"
    )
    event = models.CharField(_("event"), max_length=20, choices=WebhookEndpoint.Event.choices)
    payload = models.JSONField(_("payload"))
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True, db_index=True)
    last_status_code = models.PositiveSmallIntegerField(_("last HTTP status"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    delivered_at = models.DateTimeField(_("delivered"), null=True, blank=True)

    class Meta:
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.payload.get('type')} {self.payload.get('id')} {self.event} → {self.endpoint}"
