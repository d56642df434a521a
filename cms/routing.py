"""The visitor's pages served by Wagtail, with the address → page lookup kept until the next publish.

Wagtail finds the page of an address by walking the tree from the site's root, one segment at a time:
the site, the active locale, then for each segment a query for the child and one for its specific row
(``Page.route``), so a guide at ``/fr/guides/<slug>/`` cost seven queries before its view ran. ``serve``
keeps what that walk found (the page's type and id, and its parent as Wagtail attaches it) in the default
cache under the site, the language, the address and the content version (``core.fragments``): publishing,
unpublishing, moving or deleting a page sets a new version, so an address never leads to a page that
moved or was withdrawn. The next request loads the page by its id in one query (its type's manager
fetches what the page shows) and Wagtail serves it as before: the view restriction and every other
``before_serve_page`` hook run on each request, for every visitor.

Only what Wagtail's own ``Page.route`` resolves is kept: a page with routes of its own (a
``RoutablePageMixin`` page: a seminar, a testimonial, the self-diagnostic) and an address that finds
nothing (404) go through Wagtail's walk every time. The site comes from the same cached lookup as
the API's (``core.endpoints.request_site``).
"""

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.utils.translation import get_language
from wagtail import views as wagtail_views
from wagtail.models import Page
from wagtail.url_routing import RouteResult

from core import fragments
from core.endpoints import request_site

FRAGMENT = "route"


def serve(request, path):
    """Wagtail's ``serve`` view, the page found from the cache when an earlier request found it."""
    remember_route(request, path)
    return wagtail_views.serve(request, path)


def remember_route(request, path):
    """Give Wagtail the route of ``path`` (``request._wagtail_route_for_request``), from the cache or found now."""
    site, _roots = request_site(request)
    if site is None:
        return
    key = fragments.key(FRAGMENT, site.pk, get_language(), path, request=request)
    found = cache.get(key)
    if found is not None:
        route = _load(*found)
        if route is not None:
            request._wagtail_route_for_request = route
            return
    route = Page.route_for_request(request, path)
    if _cacheable(route):
        page = route.page
        parent = getattr(page, "_cached_parent_obj", None)
        cache.set(key, (page.content_type_id, page.pk, parent), fragments.TIMEOUT)


def _cacheable(route):
    """A page found by Wagtail's own walk: no routes of its own, nothing left of the address."""
    return (
        route is not None
        and type(route.page).route is Page.route
        and not route.args
        and not route.kwargs
        and route.page.pk is not None
    )


def _load(content_type_id, pk, parent):
    """The route of the remembered page, loaded by its id; None when it is gone or no longer live (Wagtail's
    walk then answers)."""
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        return None
    page = model.objects.filter(pk=pk, live=True).first()
    if page is None:
        return None
    if parent is not None:
        page._cached_parent_obj = parent  # as Page.route leaves it: get_parent() asks nothing
    return RouteResult(page)
