"""When a published seminar is cancelled, postponed or moved, every active registrant is told.

On each publication of a seminar's source page, the new version is compared with the
version published before it (the revision of the previous publication in the page's
history). Translations share the source's dates and venue (synchronised), so only the
source page's publication sends the notices: nobody is told twice.
"""

from django.conf import settings
from django.dispatch import receiver
from wagtail.models import PageLogEntry
from wagtail.signals import page_published

from agenda import notifications
from agenda.models import SeminarPage
from agenda.records import active_registrations

# What a registrant must hear about: when and where the session takes place.
WHEN_AND_WHERE = ("start", "end", "venue_id", "online_link")


def previous_publication(page):
    """The seminar as it was last published before now, or ``None`` for its first publication."""
    # Wagtail sends ``page_published`` before it logs this publication: the latest entry is the previous one.
    entry = (
        PageLogEntry.objects.filter(page=page, action="wagtail.publish", revision__isnull=False)
        .select_related("revision")
        .order_by("-timestamp", "-pk")
        .first()
    )
    return entry.revision.as_object() if entry else None


def change_notice(before, after):
    """Which notice the change from ``before`` to ``after`` calls for, if any."""
    if after.status != before.status and after.status in (SeminarPage.Status.CANCELLED, SeminarPage.Status.POSTPONED):
        return f"seminar-{after.status}"
    if after.status == SeminarPage.Status.SCHEDULED and any(
        getattr(before, name) != getattr(after, name) for name in WHEN_AND_WHERE
    ):
        return "seminar-changed"
    return None


@receiver(page_published, sender=SeminarPage)
def tell_registrants(sender, instance, revision, **kwargs):
    if instance.locale.language_code != settings.LANGUAGE_CODE:
        return
    before = previous_publication(instance)
    notice = change_notice(before, instance) if before is not None else None
    if notice is None:
        return
    for registration in active_registrations(instance).select_related("seminar"):
        notifications.send(registration, notice)
