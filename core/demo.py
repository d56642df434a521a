"""What a demo run may change: the demo leaves alone what a person has worked on.

Shared by the content apps' demo builders (``<app>/demo.py``); the demo accounts are the project's
(``cms/demo.py``).
"""

from wagtail.log_actions import registry as log_registry


def changed_by_people(instance):
    """True when a person has acted on ``instance`` since it was created: the demo leaves it alone.

    The demo writes without a user; every change made in the admin (an edit, a translation saved
    in wagtail-localize's editor or imported from a file, a publication, an unpublication, a
    submission to review, a lock) is logged with its user or leaves a revision by its user, and a
    review in progress belongs to its reviewers. ``build_demo`` consults this before it updates or
    translates an existing page, snippet or translation, so a second run only fills in what the
    demo has not written yet or what nobody has touched.
    """
    if instance is None:
        return False
    if getattr(instance, "workflow_in_progress", False):
        return True
    latest = getattr(instance, "latest_revision", None)
    if latest is not None and latest.user_id is not None:
        return True
    return log_registry.get_logs_for_instance(instance).filter(user__isnull=False).exists()


def translations_changed_by_people(source):
    """True when a person has acted on ``source`` or on one of its translations."""
    return changed_by_people(source) or any(changed_by_people(other) for other in source.get_translations())


def translation_done(translation):
    """True when the demo must not write ``translation``: it is live (published, or a snippet
    without drafts) or a person has worked on it. A draft nobody touched is the demo's to fill in."""
    return translation is not None and (getattr(translation, "live", True) or changed_by_people(translation))
