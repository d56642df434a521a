from django.core.exceptions import PermissionDenied
from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.api.actions.delete import DeletePageAPIAction
from wagtail.admin.api.actions.move import MovePageAPIAction
from wagtail.admin.api.views import PagesAdminAPIViewSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.models import Page, TranslatableMixin
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from editorial import urls
from editorial.models import GlossaryTerm, WebhookDelivery, WebhookEndpoint
from editorial.permissions import ReadOnlyLogPolicy, memory_languages
from editorial.roles import (
    may_create_snippet_in,
    may_edit_in_section,
    may_restructure_pages,
    organisations_for_new_page,
    organisations_for_page,
    snippet_languages,
    source_language,
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


def _refuse_restructuring(request):
    if not may_restructure_pages(request.user):
        raise PermissionDenied(_("Only administrators delete or move pages."))


@hooks.register("before_delete_page", order=-10)
def guard_delete_page(request, page):
    _refuse_restructuring(request)
    _refuse_outside_section(request, page)


@hooks.register("before_copy_page", order=-10)
def guard_copy_page(request, page):
    _refuse_outside_section(request, page)


@hooks.register("before_move_page", order=-10)
def guard_move_page(request, page, destination):
    _refuse_restructuring(request)
    _refuse_outside_section(request, page)
    _refuse_outside_section(request, destination)


@hooks.register("before_bulk_action", order=-10)
def guard_bulk_page_action(request, action_type, objects, action_class_instance):
    """The bulk delete and move of pages: the same rule as one page's (these hooks are not called there)."""
    if action_type in ("delete", "move") and Page in action_class_instance.models:
        _refuse_restructuring(request)


class _AdministratorsOnly:
    def execute(self, instance, data):
        _refuse_restructuring(self.request)
        return super().execute(instance, data)


class GuardedPagesAdminAPIViewSet(PagesAdminAPIViewSet):
    """The admin API's page actions call no before_* hook: its delete and move get the same rule here."""

    actions = {
        **PagesAdminAPIViewSet.actions,
        "delete": type("DeletePageAPIAction", (_AdministratorsOnly, DeletePageAPIAction), {}),
        "move": type("MovePageAPIAction", (_AdministratorsOnly, MovePageAPIAction), {}),
    }


@hooks.register("construct_admin_api")
def guard_admin_api_page_actions(router):
    router.register_endpoint("pages", GuardedPagesAdminAPIViewSet)


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


@hooks.register("before_create_snippet", order=-10)
def guard_create_snippet(request, model):
    """The add and copy views create in the ``?locale=`` language (Wagtail's LocaleMixin), French by default."""
    if not issubclass(model, TranslatableMixin):
        return
    if not may_create_snippet_in(request.user, request.GET.get("locale") or source_language()):
        raise PermissionDenied(_("New content is written in French; translations are made from it."))


@hooks.register("before_delete_snippet", order=-10)
def guard_delete_snippet(request, instances):
    _refuse_other_language(request, instances)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("editorial/", include((urls, "editorial"), namespace="editorial"))]


@hooks.register("register_admin_menu_item")
def register_cockpit_menu_item():
    return MenuItem(gettext_lazy("Translations"), reverse("editorial:cockpit"), icon_name="site", order=250)


# --- translation memory and glossary (editorial.memory, editorial.glossary) -------------------------


class MemoryMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(memory_languages(request.user))


@hooks.register("register_admin_menu_item")
def register_memory_menu_item():
    return MemoryMenuItem(
        gettext_lazy("Translation memory"), reverse("editorial:memory"), icon_name="doc-full-inverse", order=251
    )


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "doc-full-inverse"
    menu_label = gettext_lazy("Glossary")
    list_display = ["french", "dutch", "german", "note"]
    search_fields = ["french", "dutch", "german"]
    copy_view_enabled = False


register_snippet(GlossaryTermViewSet)


# --- webhooks (editorial.webhooks) --------------------------------------------------------------


class WebhookEndpointViewSet(ModelViewSet):
    model = WebhookEndpoint
    icon = "link-external"
    form_fields = ["name", "url", "secret", "on_published", "on_unpublished", "on_deleted", "active"]
    list_display = ["name", "url", "active"]
    copy_view_enabled = False


# The delivery log is read-only; whoever may manage webhook endpoints may read it.
register_permission_policy(WebhookDelivery, ReadOnlyLogPolicy(WebhookDelivery, "editorial.change_webhookendpoint"))


class WebhookDeliveryViewSet(ModelViewSet):
    model = WebhookDelivery
    icon = "history"
    list_display = ["__str__", "status", "attempts", "last_status_code", "last_error", "created_at", "next_attempt_at"]
    list_filter = ["status", "event", "endpoint"]
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["status"]


class WebhooksViewSetGroup(ModelViewSetGroup):
    menu_label = gettext_lazy("Webhooks")
    menu_icon = "link-external"
    menu_order = 900
    items = (WebhookEndpointViewSet("webhook_endpoints"), WebhookDeliveryViewSet("webhook_deliveries"))


@hooks.register("register_admin_viewset")
def register_webhooks():
    return WebhooksViewSetGroup()
