"""Who may do what with a translation (one source object × one target language)."""

from django.core.exceptions import ObjectDoesNotExist
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy

from editorial.roles import may_edit_in_section, organisations_for_page, snippet_languages


def user_can_translate(user, translation):
    """May ``user`` edit the target of ``translation`` (and so submit it for review)?"""
    try:
        target = translation.get_target_instance()
    except ObjectDoesNotExist:
        target = None
    if target is None:
        # Nothing to edit yet: only those who may start translations (administrators) may create it.
        return user.has_perm("wagtail_localize.submit_translation")
    if isinstance(target, Page):
        return target.permissions_for_user(user).can_edit() and may_edit_in_section(
            user, organisations_for_page(target)
        )
    languages = snippet_languages(user)
    if languages is not None and translation.target_locale.language_code not in languages:
        return False
    return ModelPermissionPolicy(type(target)).user_has_permission(user, "change")
