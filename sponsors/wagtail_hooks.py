"""Admin of sponsors and partners: for administrators only.

Both viewsets keep Wagtail's default permission policy, the ordinary Django
model permissions (add/change/delete sponsor, partner). No group is granted
them by default, so only superusers (administrators) see these menus; a role
created later gets them explicitly.
"""

import django_filters
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BooleanColumn, Column, StatusTagColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from sponsors.models import Partner, Sponsor


class SponsorFilterSet(WagtailFilterSet):
    active = django_filters.BooleanFilter(label=_("Contract active today"), method="filter_active")

    class Meta:
        model = Sponsor
        fields = ["category", "tier", "exclusive"]

    def filter_active(self, queryset, name, value):
        if value is None:
            return queryset
        active = Sponsor.objects.active(timezone.localdate()).values("pk")
        return queryset.filter(pk__in=active) if value else queryset.exclude(pk__in=active)


class SponsorViewSet(SnippetViewSet):
    model = Sponsor
    icon = "pick"
    filterset_class = SponsorFilterSet
    search_fields = ["name"]
    list_display = [
        "name",
        Column("category", label=_("category"), accessor="get_category_display", sort_key="category"),
        Column("tier", label=_("tier"), accessor="get_tier_display", sort_key="tier"),
        Column("contract_start", label=_("contract start"), sort_key="contract_start"),
        Column("contract_end", label=_("contract end"), sort_key="contract_end"),
        BooleanColumn("exclusive", label=_("exclusive"), sort_key="exclusive"),
        StatusTagColumn("contract_status", label=_("contract"), primary=lambda sponsor: sponsor.is_active()),
    ]


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "group"
    search_fields = ["name"]
    list_display = ["name", "website", "sort_order"]


class SponsorsViewSetGroup(SnippetViewSetGroup):
    items = (SponsorViewSet, PartnerViewSet)
    menu_icon = "pick"
    menu_label = _("Sponsors and partners")
    menu_name = "sponsors"


register_snippet(SponsorsViewSetGroup)
