"""The ``/api/v2/guides/`` endpoint: the pages endpoint limited to guides, with guide filters."""

from django.db.models import Q
from django.utils.translation import gettext as _
from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.utils import BadRequestError

from core.endpoints import PublicPagesAPIViewSet
from guides.models import GuidePage


class GuideFilter(BaseFilterBackend):
    """``?theme=``, ``?sector=`` and ``?level=`` by slug. A guide without sector is for every sector."""

    def filter_queryset(self, request, queryset, view):
        if theme := request.GET.get("theme"):
            queryset = queryset.filter(themes__slug=theme)
        if sector := request.GET.get("sector"):
            queryset = queryset.filter(Q(sectors__slug=sector) | Q(sectors__isnull=True))
        if level := request.GET.get("level"):
            if level not in GuidePage.Level.values:
                raise BadRequestError(
                    _("Unknown level “%(level)s”: use one of %(choices)s.")
                    % {"level": level, "choices": ", ".join(GuidePage.Level.values)}
                )
            queryset = queryset.filter(level=level)
        return queryset.distinct() if theme or sector else queryset


class GuidesAPIViewSet(PublicPagesAPIViewSet):
    """``/api/v2/guides/``: the pages endpoint limited to guides, with guide filters."""

    filter_backends = [GuideFilter, *PublicPagesAPIViewSet.filter_backends]
    known_query_parameters = PublicPagesAPIViewSet.known_query_parameters | {"theme", "sector", "level"}
    listing_default_fields = [
        *PublicPagesAPIViewSet.listing_default_fields,
        "summary",
        "themes",
        "sectors",
        "level",
        "reading_time",
        "last_reviewed",
    ]

    model = GuidePage

    def get_queryset(self):
        return self.model.objects.filter(pk__in=self.get_base_queryset().values_list("pk", flat=True))
