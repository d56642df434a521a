from django.conf import settings
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.action_menu import ActionMenuItem

from cms import preview
from core.editing import GuardedPageViewSet

ACTION = "action-headless-preview"


class HeadlessPreviewMenuItem(ActionMenuItem):
    """*Preview in the front-end*: saves the draft, then opens it in the external front-end."""

    name = ACTION
    label = _("Preview in the front-end")
    icon_name = "view"
    order = 15

    def is_shown(self, context):
        return bool(settings.HEADLESS_PREVIEW_URL) and super().is_shown(context)


@hooks.register("register_page_action_menu_item")
def register_headless_preview():
    return HeadlessPreviewMenuItem()


def to_front_end(request, page):
    if settings.HEADLESS_PREVIEW_URL and request.POST.get(ACTION):
        return redirect(preview.front_end_url(page.get_latest_revision()))
    return None


hooks.register("after_edit_page", to_front_end)
hooks.register("after_create_page", to_front_end)


@hooks.register("register_admin_viewset")
def register_guarded_page_views():
    """Every page's edit view refuses a save posted from an older revision (core.editing)."""
    return GuardedPageViewSet()
