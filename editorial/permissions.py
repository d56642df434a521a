"""Who may do what with a translation (one source object × one target language).

``user_can_translate`` is the one language rule: the admin's own views of
pages and snippets (hooks in ``wagtail_hooks.py``), the cockpit, and every
wagtail-localize URL (``LocalizeAccessMiddleware``) ask it.
"""

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import Translation

from editorial.roles import (
    ADMINISTRATORS,
    may_edit_in_section,
    organisations_for_page,
    snippet_languages,
    target_languages,
    translator_languages,
)


def user_can_edit_page(user, page):
    """Wagtail's page permissions (translators: their language's tree) and the editors' section guard."""
    return page.permissions_for_user(user).can_edit() and may_edit_in_section(user, organisations_for_page(page))


def user_can_start_translations(user):
    """Starting or updating the translations of a source: administrators."""
    return user.has_perm("wagtail_localize.submit_translation")


def user_can_translate(user, translation):
    """May ``user`` edit the target of ``translation`` (and so submit it for review)?"""
    try:
        target = translation.get_target_instance()
    except ObjectDoesNotExist:
        target = None
    if target is None:
        # Nothing to edit yet: only those who may start translations (administrators) may create it.
        return user_can_start_translations(user)
    if isinstance(target, Page):
        return user_can_edit_page(user, target)
    languages = snippet_languages(user)
    if languages is not None and translation.target_locale.language_code not in languages:
        return False
    return ModelPermissionPolicy(type(target)).user_has_permission(user, "change")


def translation_for(user, translation_id):
    """The translation ``translation_id`` for a view acting on it: 404 when there is none, 403 when ``user``
    may not translate it (``user_can_translate``)."""
    translation = get_object_or_404(
        Translation.objects.select_related("source", "source__locale", "target_locale"), pk=translation_id
    )
    if not user_can_translate(user, translation):
        raise PermissionDenied
    return translation


def memory_languages(user):
    """Target languages whose translation memory ``user`` may export and import: translators their own,
    administrators every one."""
    if user.is_superuser or user.groups.filter(name=ADMINISTRATORS).exists():
        return target_languages()
    return translator_languages(user)


# --- wagtail-localize's URLs --------------------------------------------------------------------
# wagtail-localize checks only the model permission for snippets (its ``user_can_edit_instance``:
# any user who may change a theme may change every language of it). Each of its URL names is
# given a rule here, called with the user and the URL's keyword arguments; the view runs only
# when the rule allows it. A URL name missing here is refused (and fails the permission tests).


def _translation_rule(user, translation_id, **kwargs):
    translation = Translation.objects.filter(pk=translation_id).select_related("target_locale").first()
    return translation is None or user_can_translate(user, translation)  # an unknown id: the view's 404


def _page_rule(user, page_id, **kwargs):
    page = Page.objects.filter(pk=page_id).first()
    return page is None or user_can_edit_page(user, page.specific)


def _start_rule(user, **kwargs):
    return user_can_start_translations(user)


def _snippet_model_rule(user, app_label, model_name, **kwargs):
    """The snippet API behind the translation editor's choosers: whoever may see that snippet type."""
    for model in get_snippet_models():
        if (model._meta.app_label, model._meta.model_name) == (app_label, model_name.lower()):
            return ModelPermissionPolicy(model).user_has_any_permission(user, ["add", "change", "delete", "view"])
    return True  # not a snippet: the view's 404


def _admin_rule(user, **kwargs):
    """Read-only pages of the admin (the translations report, the JavaScript catalogue)."""
    return True


LOCALIZE_URL_RULES = {
    "javascript_catalog": _admin_rule,
    "submit_page_translation": _start_rule,
    "submit_snippet_translation": _start_rule,
    "update_translations": _start_rule,
    "edit_string_translation": _translation_rule,
    "edit_override": _translation_rule,
    "download_pofile": _translation_rule,
    "upload_pofile": _translation_rule,
    "machine_translate": _translation_rule,
    "preview_translation": _translation_rule,
    "stop_translation": _translation_rule,
    "convert_to_alias": _page_rule,
    "translations_report": _admin_rule,
    "translations_report_results": _admin_rule,
    "snippets_api_listing": _snippet_model_rule,
    "snippets_api_detail": _snippet_model_rule,
}


class LocalizeAccessMiddleware:
    """Applies ``LOCALIZE_URL_RULES`` before any wagtail-localize view runs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or "wagtail_localize" not in match.namespaces:
            return None
        if not request.user.is_authenticated:
            return None  # the admin's login redirect
        rule = LOCALIZE_URL_RULES.get(match.url_name)
        if rule is None or not rule(request.user, **view_kwargs):
            raise PermissionDenied(_("You do not have permission to change this translation."))
        return None


class ReadOnlyLogPolicy(ModelPermissionPolicy):
    """A log in the admin (webhook deliveries, background tasks): read-only, for whoever holds ``permission``."""

    def __init__(self, model, permission):
        super().__init__(model)
        self.permission = permission

    def user_has_permission(self, user, action):
        return action == "view" and user.is_active and user.has_perm(self.permission)
