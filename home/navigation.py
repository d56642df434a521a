"""The header's main menu, the breadcrumbs, the footer's links and the language switcher of every page.

``navigation(request, page)`` computes them once per request (templates ask
several times: the header, the breadcrumbs, their JSON-LD, the footer) in a
handful of queries whatever the number of items: the language's home page,
its menu items, their pages in the visitor's language, the page's ancestors
and the footer's content pages.
"""

from urllib.parse import urlsplit

from django.core.exceptions import SuspiciousOperation
from django.db.models import Subquery
from django.urls import translate_url
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page, Site

from home.models import ContentPage, HomeMenuItem, HomePage

REQUEST_ATTRIBUTE = "_home_navigation"


class Navigation:
    def __init__(self, request, page=None):
        self.request = request
        self.page = page
        self.locale = page.locale if page is not None else Locale.get_active()
        self.site = Site.find_for_request(request)

    @cached_property
    def home(self):
        """The home page of the page's language on this site, or None: one query at most."""
        if self.site is None:
            return None
        if isinstance(self.page, HomePage):
            return self.page
        root_key = Page.objects.filter(pk=self.site.root_page_id).values("translation_key")
        return Page.objects.filter(translation_key=Subquery(root_key), locale=self.locale).first()

    @cached_property
    def menu(self):
        """The home page's menu items, in order: ``[{"title", "url", "current"}]``.

        An item whose page has no live, public version in this language is left out.
        """
        if self.home is None:
            return []
        items = list(HomeMenuItem.objects.filter(page_id=self.home.pk).select_related("link_page"))
        keys = {item.link_page.translation_key for item in items}
        pages = {
            page.translation_key: page
            for page in Page.objects.filter(translation_key__in=keys, locale=self.locale).live().public()
        }
        current_path = self.page.path if self.page is not None else ""
        menu = []
        for item in items:
            page = pages.get(item.link_page.translation_key)
            if page is None:
                continue
            url = page.get_url(self.request)
            menu.append(
                {
                    "title": item.label or page.title,
                    "url": url,
                    "current": bool(current_path) and current_path.startswith(page.path),
                    "exact": current_path == page.path and self.request.path == url,
                }
            )
        return menu

    @cached_property
    def breadcrumbs(self):
        """From the home page to the page itself: ``[{"title", "url"}]``; empty on the home page and elsewhere."""
        home = self.home
        if self.page is None or home is None or self.page.pk == home.pk or not self.page.path.startswith(home.path):
            return []
        ancestors = list(self.page.get_ancestors().filter(depth__gte=home.depth).order_by("depth"))
        crumbs = [{"title": page.title, "url": page.get_url(self.request)} for page in ancestors]
        crumbs.append({"title": self.page.title, "url": self.page.get_url(self.request)})
        return crumbs

    def breadcrumb_list(self):
        """The breadcrumbs as a schema.org ``BreadcrumbList`` (absolute addresses), or None."""
        if not self.breadcrumbs:
            return None
        return {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {
                    "@type": "ListItem",
                    "position": number,
                    "name": crumb["title"],
                    "item": self.request.build_absolute_uri(crumb["url"]),
                }
                for number, crumb in enumerate(self.breadcrumbs, start=1)
            ],
        }

    @cached_property
    def footer_pages(self):
        """Live content pages under the home page with "Show in menus" ticked, in the tree's order."""
        if self.home is None:
            return []
        return list(
            ContentPage.objects.live().public().in_menu().child_of(self.home).order_by("path").defer_streamfields()
        )

    def switcher(self):
        """The other languages of this page: ``[{"code", "name", "url"}]``.

        The address keeps the query string (filters, archive, search, page number)
        and, on a page with its own routes (the self-diagnostic's steps and result),
        the route after the page's address.
        """
        try:
            query = self.request.GET.urlencode()
        except SuspiciousOperation:  # too many parameters: the page says so, its switcher drops them
            query = ""
        suffix = f"?{query}" if query else ""
        if self.page is None:
            return [self._view_link(locale, suffix) for locale in self._other_locales()]
        links = []
        route = self._route()
        for translation in self.page.get_translations().live().select_related("locale"):
            url = translation.get_url(self.request)
            if url is None:
                continue
            links.append(
                {
                    "code": translation.locale.language_code,
                    "name": translation.locale.get_display_name(),
                    "url": url + route + suffix,
                }
            )
        return links

    def _route(self):
        """The part of the address after the page's own (``step/2/`` in the self-diagnostic), or ""."""
        if getattr(self.request, "routable_resolver_match", None) is None:
            return ""
        own = urlsplit(self.page.get_url(self.request) or "").path
        path = self.request.path
        return path[len(own) :] if own and path.startswith(own) else ""

    def _other_locales(self):
        return [locale for locale in Locale.objects.order_by("pk") if locale.pk != self.locale.pk]

    def _view_link(self, locale, suffix):
        """A view outside the page tree (the search page) in another language, else that language's home."""
        code = locale.language_code
        match = getattr(self.request, "resolver_match", None)
        if match is None or match.url_name in (None, "wagtail_serve"):
            return {"code": code, "name": locale.get_display_name(), "url": f"/{code}/"}
        return {
            "code": code,
            "name": locale.get_display_name(),
            "url": translate_url(self.request.path, code) + suffix,
        }


def navigation(request, page=None):
    """The request's ``Navigation`` (computed once per request and page)."""
    cached = getattr(request, REQUEST_ATTRIBUTE, None)
    if cached is None or cached.page is not page:
        cached = Navigation(request, page)
        setattr(request, REQUEST_ATTRIBUTE, cached)
    return cached


def page_number_title(title, number):
    """ "Guides — page 2": the title of a listing's page after the first."""
    return _("%(title)s — page %(number)s") % {"title": title, "number": number}
