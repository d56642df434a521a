from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from search.models import Synonym
from search.views import QueryReportView


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "search"
    menu_label = _("Search synonyms")
    menu_order = 900
    add_to_admin_menu = False
    list_display = ["terms", "language"]
    list_filter = ["language"]


register_snippet(SynonymViewSet)


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("reports/searches/", QueryReportView.as_view(), name="search_queries"),
        path("reports/searches/results/", QueryReportView.as_view(results_only=True), name="search_queries_results"),
    ]


class EditorsMenuItem(MenuItem):
    def is_shown(self, request):
        return QueryReportView.permission_policy.user_has_permission(request.user, QueryReportView.permission_required)


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return EditorsMenuItem(_("Visitor searches"), reverse("search_queries"), icon_name="search", order=1350)
