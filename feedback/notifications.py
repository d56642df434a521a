"""The e-mail that tells editors (or translators) of a new report, each in their own admin language."""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.users.models import UserProfile

from core.tasks import queue_email
from feedback.permissions import recipients


def user_language(user):
    """The language the user chose for the admin (Wagtail's account settings), else the site's default."""
    return UserProfile.get_for_user(user).get_preferred_language()


def notify(report):
    """Queue one e-mail per recipient: in the same transaction as the report, so neither exists without the other."""
    inbox = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("visitor_reports:edit", args=[report.pk])
    page_url = report.page.full_url if report.page else ""
    for user in recipients(report):
        with translation.override(user_language(user)):
            context = {
                "report": report,
                "user": user,
                "language": report.language_name,
                "inbox_url": inbox,
                "page_url": page_url,
            }
            if report.is_translation:
                subject = _("Translation problem reported on “%(title)s” (%(language)s)")
            else:
                subject = _("Error reported on “%(title)s” (%(language)s)")
            subject = subject % {"title": report.page_title, "language": context["language"]}
            queue_email(user.email, subject, render_to_string("feedback/notification_email.txt", context))
