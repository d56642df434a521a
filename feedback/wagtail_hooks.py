"""The inbox of visitor reports in the Wagtail admin (/admin/visitor-reports/), scoped per role."""

from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from feedback.models import Report
from feedback.permissions import ReportPermissionPolicy, may_use_inbox, visible_reports

register_permission_policy(Report, ReportPermissionPolicy(Report))


class ScopedObjectMixin:
    """A report outside the user's scope is not found (404), whatever its address."""

    def get_object(self, queryset=None):
        return get_object_or_404(visible_reports(self.request.user), pk=self.kwargs[self.pk_url_kwarg])


class ReportIndexView(generic.IndexView):
    def get_base_queryset(self):
        return visible_reports(self.request.user).select_related("locale", "page", "handled_by")


class ReportEditView(ScopedObjectMixin, generic.EditView):
    def save_instance(self):
        report = self.form.instance
        if "status" in self.form.changed_data:
            report.handled_by = self.request.user
            report.status_changed_at = timezone.now()
        return super().save_instance()


class ReportHistoryView(ScopedObjectMixin, HistoryView):
    pass


class ReportUsageView(ScopedObjectMixin, UsageView):
    pass


class PageLinksColumn(Column):
    """The page, on the site and in the page editor."""

    cell_template_name = "feedback/admin/page_links_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        page = instance.page
        context["live_url"] = page.url if page and page.live else None
        context["edit_url"] = reverse("wagtailadmin_pages:edit", args=[page.pk]) if page else None
        context["title"] = instance.page_title
        return context


class ReportViewSet(ModelViewSet):
    model = Report
    icon = "warning"
    menu_label = gettext_lazy("Visitor reports")
    add_to_admin_menu = False  # the menu item with the count of new reports is registered below
    url_prefix = "visitor-reports"
    name = "visitor_reports"
    index_view_class = ReportIndexView
    edit_view_class = ReportEditView
    history_view_class = ReportHistoryView
    usage_view_class = ReportUsageView
    copy_view_enabled = False  # reports come from visitors; nobody writes one in the admin (no add either)
    list_filter = ["status", "is_translation", "locale"]
    # What the visitor sent, read-only; what the editors write.
    panels = [
        FieldPanel("page", read_only=True),
        FieldPanel("locale", read_only=True),
        FieldPanel("is_translation", read_only=True),
        FieldPanel("message", read_only=True),
        FieldPanel("email", read_only=True),
        FieldPanel("created_at", read_only=True),
        FieldPanel("status"),
        FieldPanel("notes"),
        FieldPanel("handled_by", read_only=True),
    ]
    search_fields = ["message", "page_title"]
    ordering = ["-created_at"]

    list_display = [
        "__str__",
        PageLinksColumn("page", label=gettext_lazy("Page")),
        Column("language_name", label=gettext_lazy("Language")),
        "is_translation",
        "status",
        "created_at",
        "handled_by",
    ]


report_viewset = ReportViewSet()


@hooks.register("register_admin_viewset")
def register_viewset():
    return report_viewset


class ReportsMenuItem(MenuItem):
    """ "Visitor reports (3)": the number of new reports the user may handle."""

    def is_shown(self, request):
        return may_use_inbox(request.user)

    def render_component(self, request):
        component = super().render_component(request)
        count = visible_reports(request.user).filter(status=Report.Status.NEW).count()
        if count:
            component.label = f"{self.label} ({count})"
        return component


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return ReportsMenuItem(
        gettext_lazy("Visitor reports"), reverse("visitor_reports:index"), icon_name="warning", order=250
    )
