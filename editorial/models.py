"""What the editorial app remembers: translation status against the source, webhook endpoints and deliveries."""

import secrets

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail_localize.models import Translation

from core.fields import OptionalForeignKey
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
    draft_revision = OptionalForeignKey("wagtailcore.Revision", verbose_name=_("latest draft built from the source"))
    reviewed_fingerprint = models.CharField(_("reviewed fingerprint"), max_length=64, blank=True)
    reviewed_source_revision = OptionalForeignKey(
        "wagtailcore.Revision", verbose_name=_("source revision last reviewed")
    )
    stale_since = models.DateTimeField(_("stale since"), null=True, blank=True)
    stale_since_revision = OptionalForeignKey("wagtailcore.Revision", verbose_name=_("stale since source revision"))

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


class MemoryEntry(models.Model):
    """One segment of the translation memory: a French text and its reviewed translation (``editorial.memory``).

    ``key`` is the digest of the normalised French text (numbers, whitespace and punctuation set
    aside), the index of exact matches; ``source_digest`` the digest of the text as written, which
    is unique per language pair: a newer reviewed translation of the same text replaces the older.
    """

    class Origin(models.TextChoices):
        SITE = "site", _("Reviewed on this site")
        TMX = "tmx", _("Imported from a TMX file")

    source_language = models.CharField(_("source language"), max_length=8)
    target_language = models.CharField(_("target language"), max_length=8)
    source = models.TextField(_("source text"))
    target = models.TextField(_("translation"))
    key = models.CharField(_("match key"), max_length=64)
    source_digest = models.CharField(_("source digest"), max_length=64)
    origin = models.CharField(_("origin"), max_length=8, choices=Origin.choices, default=Origin.SITE)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("translation memory entry")
        verbose_name_plural = _("translation memory entries")
        constraints = [
            models.UniqueConstraint(
                fields=["source_language", "target_language", "source_digest"], name="unique_memory_source_per_pair"
            )
        ]
        indexes = [models.Index(fields=["source_language", "target_language", "key"], name="memory_key_per_pair")]

    def __str__(self):
        return f"{self.source_language}→{self.target_language}: {self.source[:60]}"


class MemoryUse(models.Model):
    """A translator's string pre-filled from the memory, with the text the memory gave.

    The string counts as covered by the memory while its text is still that one (the cockpit's share).
    """

    string_translation = models.OneToOneField(
        "wagtail_localize.StringTranslation",
        verbose_name=_("string translation"),
        on_delete=models.CASCADE,
        related_name="memory_use",
    )
    entry = models.ForeignKey(
        MemoryEntry, verbose_name=_("memory entry"), null=True, on_delete=models.SET_NULL, related_name="uses"
    )
    text = models.TextField(_("text from the memory"))

    class Meta:
        verbose_name = _("use of the translation memory")
        verbose_name_plural = _("uses of the translation memory")

    def __str__(self):
        return self.text[:60]


class GlossaryTerm(models.Model):
    """A French term and how it is rendered in Dutch and German (``editorial.glossary``)."""

    french = models.CharField(_("French term"), max_length=120, unique=True)
    dutch = models.CharField(_("Dutch rendering"), max_length=120, blank=True)
    german = models.CharField(_("German rendering"), max_length=120, blank=True)
    note = models.CharField(_("note"), max_length=255, blank=True, help_text=_("When to use it, what to avoid."))

    class Meta:
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")
        ordering = ["french"]

    def __str__(self):
        return self.french

    def rendering(self, language):
        return {"nl": self.dutch, "de": self.german}.get(language, "")


class DeepLGlossary(models.Model):
    """The glossary DeepL holds for a language pair, and the digest of the entries it was made from."""

    source_language = models.CharField(max_length=8)
    target_language = models.CharField(max_length=8)
    digest = models.CharField(max_length=64)
    glossary_id = models.CharField(max_length=100)

    class Meta:
        verbose_name = _("DeepL glossary")
        verbose_name_plural = _("DeepL glossaries")
        constraints = [
            models.UniqueConstraint(fields=["source_language", "target_language"], name="unique_deepl_glossary_pair")
        ]

    def __str__(self):
        return f"{self.source_language}→{self.target_language}: {self.glossary_id}"
