"""``/api/v2/sponsors/`` (only while their contract is active) and ``/api/v2/partners/`` (registered in cms/api.py)."""

from core.endpoints import SnippetAPIViewSet
from sponsors.models import Partner, Sponsor, with_logo_renditions


class SponsorsAPIViewSet(SnippetAPIViewSet):
    name = "sponsors"
    model = Sponsor

    def get_queryset(self):
        return with_logo_renditions(super().get_queryset().active())


class PartnersAPIViewSet(SnippetAPIViewSet):
    name = "partners"
    model = Partner

    def get_queryset(self):
        return with_logo_renditions(super().get_queryset())
