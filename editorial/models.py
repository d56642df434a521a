"""What the editorial app remembers about each translation, beyond wagtail-localize's own records."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail_localize.models import Translation


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
