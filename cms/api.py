"""The one API router: every endpoint of /api/v2/ is registered here."""

from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from agenda.api import AgendaAPIViewSet
from diagnostic.api import DiagnosticAPIView
from guides.api import GuidesAPIViewSet
from search.api import LanguageSearchFilter, SearchAPIViewSet


class LocalizedPagesAPIViewSet(PagesAPIViewSet):
    # ?search= analyses the requested locale's language (search app), not all languages alike.
    filter_backends = [
        LanguageSearchFilter if backend is SearchFilter else backend for backend in PagesAPIViewSet.filter_backends
    ]


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", LocalizedPagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
api_router.register_endpoint("guides", GuidesAPIViewSet)
api_router.register_endpoint("search", SearchAPIViewSet)
api_router.register_endpoint("diagnostic", DiagnosticAPIView)
api_router.register_endpoint("agenda", AgendaAPIViewSet)
