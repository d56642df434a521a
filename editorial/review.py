"""Sending a translation to the reviewers through the same workflow as the French pages."""

from wagtail.models import DraftStateMixin, Page, WorkflowMixin
from wagtail_localize.models import Translation, TranslationSource

from editorial.roles import source_language, translatable_snippet_models
from editorial.sync import build_draft


def submit_for_review(translation, user):
    """Build the target's draft from the current strings and start (or restart) its review workflow.

    Returns the target. Targets that cannot be reviewed (snippets without
    drafts or workflow) are only brought up to date.
    """
    if not isinstance(translation.source.as_instance(), DraftStateMixin):
        # Snippets without drafts (sponsors, partners) cannot wait for a review: saved as they are.
        translation.save_target(user=user, publish=True)
        return translation.get_target_instance()
    target = build_draft(translation, user=user)
    if not isinstance(target, WorkflowMixin):
        return target
    target.refresh_from_db()
    workflow = target.get_workflow()
    if workflow is None:
        return target
    state = target.current_workflow_state
    if state is not None:
        state.cancel(user=user)
    workflow.start(target, user)
    return target


def ensure_translation(translation_key, locale):
    """The wagtail-localize translation record of a source object (page or snippet) into ``locale``."""
    models = [Page, *translatable_snippet_models()]
    for model in models:
        instance = model.objects.filter(
            translation_key=translation_key, locale__language_code=source_language()
        ).first()
        if instance is not None:
            instance = instance.specific if isinstance(instance, Page) else instance
            source, _created = TranslationSource.get_or_create_from_instance(instance)
            translation, _created = Translation.objects.get_or_create(
                source=source, target_locale=locale, defaults={"enabled": True}
            )
            return translation
    return None
