from django.core.exceptions import PermissionDenied
from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from editorial import urls
from editorial.roles import (
    may_edit_in_section,
    organisations_for_new_page,
    organisations_for_page,
    snippet_languages,
)


def _refuse_outside_section(request, page):
    if not may_edit_in_section(request.user, organisations_for_page(page)):
        raise PermissionDenied(_("This section belongs to the other organisation's editors."))


# The section guard runs before wagtail-localize's own before_edit_page hook (which
# replaces the edit view of translated pages by its translation editor).
@hooks.register("before_edit_page", order=-10)
def guard_edit_page(request, page):
    _refuse_outside_section(request, page)


@hooks.register("before_create_page", order=-10)
def guard_create_page(request, parent_page, page_class):
    if not may_edit_in_section(request.user, organisations_for_new_page(parent_page, page_class)):
        raise PermissionDenied(_("This section belongs to the other organisation's editors."))


@hooks.register("before_delete_page", order=-10)
def guard_delete_page(request, page):
    _refuse_outside_section(request, page)


@hooks.register("before_copy_page", order=-10)
def guard_copy_page(request, page):
    _refuse_outside_section(request, page)


@hooks.register("before_move_page", order=-10)
def guard_move_page(request, page, destination):
    _refuse_outside_section(request, page)
    _refuse_outside_section(request, destination)


def _refuse_other_language(request, instances):
    languages = snippet_languages(request.user)
    if languages is None:
        return
    for instance in instances:
        locale = getattr(instance, "locale", None)
        if locale is not None and locale.language_code not in languages:
            raise PermissionDenied(_("You may only edit the content of your own language."))


@hooks.register("before_edit_snippet", order=-10)
def guard_edit_snippet(request, instance):
    _refuse_other_language(request, [instance])


@hooks.register("before_delete_snippet", order=-10)
def guard_delete_snippet(request, instances):
    _refuse_other_language(request, instances)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("editorial/", include((urls, "editorial"), namespace="editorial"))]


@hooks.register("register_admin_menu_item")
def register_cockpit_menu_item():
    return MenuItem(gettext_lazy("Translations"), reverse("editorial:cockpit"), icon_name="site", order=250)
