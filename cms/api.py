"""The one API router (``core.endpoints.api_router``): every endpoint of /api/v2/ is registered here."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from wagtail.api import APIField
from wagtail.api.v2.filters import FieldsFilter, OrderingFilter, SearchFilter
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.fields import ImageRenditionField
from wagtail.images.api.v2.views import ImagesAPIViewSet

from agenda.api import AgendaAPIViewSet, VenuesAPIViewSet
from cms.preview import PreviewAPIViewSet
from core import endpoints
from core.api_schema import array_of
from core.endpoints import APIEndpointMixin, PublicPagesAPIViewSet, api_router
from diagnostic.api import DiagnosticAPIView
from guides.api import GuidesAPIViewSet
from search.api import LanguageSearchFilter, SearchAPIViewSet, SearchLocaleFilter
from sponsors.api import PartnersAPIViewSet, SponsorsAPIViewSet
from taxonomy.api import SectorsAPIViewSet, ThemesAPIViewSet

# Renditions every image of the images endpoint comes with (fetched in bulk).
IMAGE_RENDITIONS = {"thumbnail": "fill-400x300", "medium": "width-800"}


def language_aware(endpoint):
    """``endpoint`` with its ``?search=`` answered by the search app, in the requested locale's language.

    Wagtail's search analyses every language alike (wagtail/wagtail#1177) and refuses
    to search with the agenda's own filters.
    """
    swaps = {SearchFilter: LanguageSearchFilter, endpoints.LocaleFilter: SearchLocaleFilter}
    backends = [swaps.get(backend, backend) for backend in endpoint.filter_backends]
    return type(endpoint.__name__, (endpoint,), {"filter_backends": backends, "__module__": endpoint.__module__})


@extend_schema_field(array_of("string"))
class TagsField(serializers.Field):
    """Tag names from the prefetched tags: Wagtail's TagsField runs one query per item."""

    def to_representation(self, manager):
        return sorted(tag.name for tag in manager.all())


def media_meta_fields(viewset):
    return [APIField("tags", serializer=TagsField()) if name == "tags" else name for name in viewset.meta_fields]


class MediaAPIMixin(APIEndpointMixin):
    """Images and documents are the same in every language: ``?locale=`` is accepted and changes nothing."""

    known_query_parameters = ImagesAPIViewSet.known_query_parameters | {"locale"}
    filter_backends = [
        {
            FieldsFilter: endpoints.FieldsFilter,
            OrderingFilter: endpoints.OrderingFilter,
            SearchFilter: endpoints.SearchFilter,
        }.get(backend, backend)
        for backend in ImagesAPIViewSet.filter_backends
    ]

    def get_queryset(self):
        return super().get_queryset().select_related("collection").prefetch_related("tags")


class ImagesEndpoint(MediaAPIMixin, ImagesAPIViewSet):
    body_fields = [
        *ImagesAPIViewSet.body_fields,
        *(APIField(name, serializer=ImageRenditionField(spec, source="*")) for name, spec in IMAGE_RENDITIONS.items()),
    ]
    meta_fields = media_meta_fields(ImagesAPIViewSet)
    listing_default_fields = [*ImagesAPIViewSet.listing_default_fields, "width", "height", *IMAGE_RENDITIONS]

    def get_queryset(self):
        return super().get_queryset().prefetch_renditions(*IMAGE_RENDITIONS.values())


class DocumentsEndpoint(MediaAPIMixin, DocumentsAPIViewSet):
    meta_fields = media_meta_fields(DocumentsAPIViewSet)


api_router.register_endpoint("pages", language_aware(PublicPagesAPIViewSet))
api_router.register_endpoint("images", ImagesEndpoint)
api_router.register_endpoint("documents", DocumentsEndpoint)
api_router.register_endpoint("guides", language_aware(GuidesAPIViewSet))
api_router.register_endpoint("search", SearchAPIViewSet)
api_router.register_endpoint("diagnostic", DiagnosticAPIView)
api_router.register_endpoint("agenda", language_aware(AgendaAPIViewSet))
api_router.register_endpoint("themes", ThemesAPIViewSet)
api_router.register_endpoint("sectors", SectorsAPIViewSet)
api_router.register_endpoint("venues", VenuesAPIViewSet)
api_router.register_endpoint("sponsors", SponsorsAPIViewSet)
api_router.register_endpoint("partners", PartnersAPIViewSet)
api_router.register_endpoint("preview", PreviewAPIViewSet)
