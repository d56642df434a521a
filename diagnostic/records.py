"""What the self-diagnostic keeps: the frozen versions of a questionnaire and the visitors' (anonymous) results.

The models live with their helpers here, below the page (``diagnostic/models.py``, whose routes call
``diagnostic/views.py``, which reads the results); Django finds them through ``diagnostic.models``.
"""

import calendar
import hashlib
import json
import secrets

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from diagnostic.profile import PROVINCES, SIZE_BANDS


def snapshot_digest(snapshot):
    canonical = json.dumps(snapshot, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


class QuestionnaireVersion(models.Model):
    """A frozen copy of a questionnaire (one language), identified by the hash of its content.

    Results point to the version they were scored with, so they re-score
    identically whatever editors change afterwards.
    """

    page = models.ForeignKey(
        "diagnostic.DiagnosticPage",
        on_delete=models.SET_NULL,
        null=True,
        related_name="versions",
        verbose_name=_("page"),
    )
    translation_key = models.UUIDField(_("questionnaire"), db_index=True)
    language = models.CharField(_("language"), max_length=10)
    number = models.PositiveIntegerField(_("version"))
    digest = models.CharField(_("digest"), max_length=64)
    snapshot = models.JSONField(_("questionnaire"))
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("questionnaire version")
        verbose_name_plural = _("questionnaire versions")
        constraints = [
            models.UniqueConstraint(fields=["page", "digest"], name="unique_diagnostic_version_digest"),
        ]
        ordering = ["page", "number"]

    def __str__(self):
        return f"{self.language} v{self.number}"

    @classmethod
    @transaction.atomic
    def for_snapshot(cls, page, snapshot):
        digest = snapshot_digest(snapshot)
        version = cls.objects.filter(page=page, digest=digest).first()
        if version:
            return version
        # Lock the page row so that two first answers to a new version do not both number it.
        Page.objects.select_for_update().filter(pk=page.pk).first()
        number = (cls.objects.filter(page=page).aggregate(n=models.Max("number"))["n"] or 0) + 1
        version, _created = cls.objects.get_or_create(
            page=page,
            digest=digest,
            defaults={
                "translation_key": page.translation_key,
                "language": page.locale.language_code,
                "number": number,
                "snapshot": snapshot,
            },
        )
        return version


def new_token():
    return secrets.token_urlsafe(32)


class DiagnosticResultQuerySet(models.QuerySet):
    def older_than(self, when):
        return self.filter(created_at__lt=when)


class DiagnosticResult(models.Model):
    """One completed diagnostic. Anonymous: no name, e-mail or IP unless the visitor consented.

    ``token`` is the private link's secret. Contact details are stored only
    with the adviser-contact consent; sending the result by e-mail records
    the consent but not the address.
    """

    token = models.CharField(_("private link token"), max_length=64, unique=True, null=True, default=new_token)
    version = models.ForeignKey(
        QuestionnaireVersion, on_delete=models.PROTECT, related_name="results", verbose_name=_("version")
    )
    translation_key = models.UUIDField(_("questionnaire"), db_index=True)
    language = models.CharField(_("language"), max_length=10)
    sector = models.SlugField(_("sector"), max_length=60, blank=True)
    size_band = models.CharField(_("size"), max_length=20, blank=True, choices=SIZE_BANDS)
    province = models.CharField(
        _("province"), max_length=20, blank=True, choices=[(code, label) for code, label, _where in PROVINCES]
    )
    answers = models.JSONField(_("answers"), default=dict)
    overall = models.PositiveSmallIntegerField(_("overall score"), null=True)
    dimension_scores = models.JSONField(_("scores per dimension"), default=dict)
    previous = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("previous result")
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now, db_index=True)

    # Consents: empty unless the visitor asked, recorded with the policy version.
    consent_policy_version = models.CharField(_("privacy policy version"), max_length=40, blank=True)
    email_consent_at = models.DateTimeField(_("e-mail consent given"), null=True, blank=True)
    contact_consent_at = models.DateTimeField(_("contact consent given"), null=True, blank=True)
    contact_name = models.CharField(_("contact name"), max_length=120, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True)

    objects = DiagnosticResultQuerySet.as_manager()

    class Meta:
        verbose_name = _("diagnostic result")
        verbose_name_plural = _("diagnostic results")
        ordering = ["-created_at"]
        permissions = [("view_diagnostic_report", _("Can see the self-diagnostic report"))]
        indexes = [models.Index(fields=["translation_key", "sector", "size_band"], name="diagnostic_segment")]

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d} {self.overall}"


def retention_months():
    return int(getattr(settings, "DIAGNOSTIC_RETENTION_MONTHS", 24))


def months_ago(moment, months):
    """The same day and time ``months`` calendar months earlier (the 31st becomes the month's last day)."""
    year, month = divmod(moment.year * 12 + moment.month - 1 - months, 12)
    month += 1
    days = calendar.monthrange(year, month)[1]
    return moment.replace(year=year, month=month, day=min(moment.day, days))
