from django.conf import settings
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from django_tasks_db.models import DBTaskResult
from wagtail import hooks
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from cms import preview
from core.editing import GuardedPageViewSet
from editorial.permissions import ReadOnlyLogPolicy

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


# --- background tasks (core.tasks) -----------------------------------------------------------------


# The task log is read-only, for administrators (who hold every permission).
register_permission_policy(DBTaskResult, ReadOnlyLogPolicy(DBTaskResult, "django_tasks_database.view_dbtaskresult"))


class BackgroundTaskViewSet(ModelViewSet):
    """Reports → Background tasks: what waits, what ran, and what failed with its error (retried or not)."""

    model = DBTaskResult
    menu_label = _("Background tasks")
    menu_hook = "register_reports_menu_item"
    add_to_admin_menu = True
    icon = "resubmit"
    list_display = ["task_path", "status", "enqueued_at", "run_after", "finished_at", "exception_class_path"]
    list_filter = ["status", "task_path"]
    ordering = ["-enqueued_at"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "task_path",
        "status",
        "args_kwargs",
        "enqueued_at",
        "run_after",
        "started_at",
        "finished_at",
        "return_value",
        "exception_class_path",
        "traceback",
    ]
    copy_view_enabled = False
    form_fields = ["status"]


@hooks.register("register_admin_viewset")
def register_background_tasks():
    return BackgroundTaskViewSet("background_tasks")
