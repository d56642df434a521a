"""What visitors report about a page ("Report an error or add information"), and how editors handle it."""

from django.conf import settings
from django.db import models
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from core.fields import OptionalForeignKey

MESSAGE_MAX_LENGTH = 2000
# The pages that end with the report form ({% report_form page %} in their templates).
REPORTABLE_PAGE_TYPES = ("guides.GuidePage", "testimonials.TestimonialPage", "agenda.SeminarPage")


class Report(models.Model):
    class Status(models.TextChoices):
        NEW = "new", _("New")
        IN_PROGRESS = "in_progress", _("In progress")
        DONE = "done", _("Done")

    # The page the visitor was on, in its language; a deleted page keeps its reports (without the link).
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("page")
    )
    page_title = models.CharField(_("page title"), max_length=255, help_text=_("The title when it was reported."))
    locale = models.ForeignKey(
        "wagtailcore.Locale", on_delete=models.PROTECT, related_name="+", verbose_name=_("language")
    )
    is_translation = models.BooleanField(
        _("about the translation"), default=False, help_text=_("The visitor says the problem is in the translation.")
    )
    message = models.TextField(_("message"), max_length=MESSAGE_MAX_LENGTH)
    email = models.EmailField(_("visitor's e-mail"), blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.NEW)
    created_at = models.DateTimeField(_("reported at"), auto_now_add=True, db_index=True)
    status_changed_at = models.DateTimeField(_("status changed at"), null=True, blank=True)
    handled_by = OptionalForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("handled by"))
    notes = models.TextField(_("notes"), blank=True, help_text=_("For the editors; never shown to the visitor."))
    email_purged_at = models.DateTimeField(_("e-mail address removed at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("visitor report")
        verbose_name_plural = _("visitor reports")
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self):
        return _("Report on “%(title)s” (%(language)s)") % {"title": self.page_title, "language": self.language_name}

    @property
    def language_name(self):
        return get_language_info(self.locale.language_code)["name_translated"]
