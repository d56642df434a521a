"""The API shape of a guide inside another page, and of a page's related guides.

Themes and sectors use ``taxonomy.serializers`` and the sponsor credit
``sponsors.models.SponsorCreditField``: one JSON shape for each thing across the API. These
fields are declared in ``GuidePage.api_fields``; the endpoint is in ``api.py``.
"""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from core.api_schema import array_of, obj

GUIDE_LINK_SCHEMA = obj(
    {"id": "integer", "title": "string", "summary": "string", "html_url": "string"},
    "A guide inside another page (``guide_link``).",
)


def guide_link(guide, request=None):
    """The one compact JSON shape of a guide listed inside another page (related guides, home page)."""
    return {
        "id": guide.pk,
        "title": guide.title,
        "summary": guide.summary,
        "html_url": guide.get_full_url(request),
    }


@extend_schema_field(array_of(GUIDE_LINK_SCHEMA))
class RelatedGuidesField(serializers.ReadOnlyField):
    """The related guides a visitor can open, in the page's language and the editor's order."""

    def to_representation(self, page):
        request = self.context.get("request")
        return [guide_link(guide, request) for guide in page.localized_related_guides]
