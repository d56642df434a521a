"""The self-diagnostic report in the Wagtail admin, for users with the "view diagnostic report" permission.

setup_site grants ``diagnostic.view_diagnostic_report`` to the editors and reviewers
(``EDITORIAL_REPORT_PERMISSIONS``); superusers always see it.
"""

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from diagnostic import report

PERMISSION = report.PERMISSION


def _check(request):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied


def report_view(request):
    _check(request)
    pages = list(report.questionnaires())
    page_id = request.GET.get("page")
    page = next((p for p in pages if str(p.pk) == page_id), pages[0] if pages else None)
    return TemplateResponse(
        request,
        "diagnostic/admin/report.html",
        {"summary": report.summary(page) if page else None, "pages": pages, "page": page},
    )


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("diagnostic-report/", report_view, name="diagnostic_report"),
        path(
            "diagnostic-report/<int:page_id>/results/", report.ResultsView.as_view(), name="diagnostic_report_results"
        ),
        path(
            "diagnostic-report/<int:page_id>/results/results/",
            report.ResultsView.as_view(results_only=True),
            name="diagnostic_report_results_results",
        ),
    ]


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return ReportMenuItem(_("Self-diagnostic"), reverse("diagnostic_report"), icon_name="table", order=700)
