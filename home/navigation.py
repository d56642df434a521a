"""The header's main menu, the breadcrumbs, the footer's links and the language switcher of every page.

``navigation(request, page)`` computes them once per request (templates ask
several times: the header, the breadcrumbs, their JSON-LD, the footer) in a
handful of queries whatever the number of items: the language's home page,
its menu items, their pages in the visitor's language, the page's ancestors
and the footer's content pages. What they show is kept in the default cache
until the next publish (``core.fragments``), so most requests ask the database
nothing for them; only what depends on the request (the current item, the
query string) is worked out each time.

The switcher lists the page's versions in the other languages from
``core.seo.page_translations``, the same lookup as the ``hreflang`` links: live
versions any visitor can open (no view restriction).
"""

from urllib.parse import urlsplit

from django.core.exceptions import SuspiciousOperation
from django.db.models import Subquery
from django.urls import translate_url
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page, Site

from core import fragments
from core.seo import page_translations
from home.models import ContentPage, HomeMenuItem, HomePage

REQUEST_ATTRIBUTE = "_home_navigation"


class Navigation:
    def __init__(self, request, page=None):
        self.request = request
        self.page = page
        self.site = Site.find_for_request(request)
        # What the cached parts vary on: the site and the language (no query for either).
        self.key = (self.site.pk if self.site else None, page.locale_id if page is not None else get_language())

    @cached_property
    def locale_id(self):
        return self.page.locale_id if self.page is not None else Locale.get_active().pk

    def _cached(self, name, compute, *parts):
        return fragments.get_or_compute(f"nav-{name}", (*self.key, *parts), compute, request=self.request)

    @cached_property
    def home(self):
        """The home page of the page's language on this site, or None: one query at most."""
        if self.site is None:
            return None
        if isinstance(self.page, HomePage):
            return self.page
        root_key = Page.objects.filter(pk=self.site.root_page_id).values("translation_key")
        return Page.objects.filter(translation_key=Subquery(root_key), locale_id=self.locale_id).first()

    @cached_property
    def menu(self):
        """The home page's menu items, in order: ``[{"title", "url", "current", "exact"}]``.

        An item whose page has no live, public version in this language is left out.
        """
        current_path = self.page.path if self.page is not None else ""
        return [
            {
                "title": item["title"],
                "url": item["url"],
                "current": bool(current_path) and current_path.startswith(item["path"]),
                "exact": current_path == item["path"] and self.request.path == item["url"],
            }
            for item in self._cached("menu", self._menu_items)
        ]

    def _menu_items(self):
        if self.home is None:
            return []
        items = list(HomeMenuItem.objects.filter(page_id=self.home.pk).select_related("link_page"))
        keys = {item.link_page.translation_key for item in items}
        pages = {
            page.translation_key: page
            for page in Page.objects.filter(translation_key__in=keys, locale_id=self.locale_id).live().public()
        }
        menu = []
        for item in items:
            page = pages.get(item.link_page.translation_key)
            if page is None:
                continue
            menu.append({"title": item.label or page.title, "url": page.get_url(self.request), "path": page.path})
        return menu

    @cached_property
    def breadcrumbs(self):
        """From the home page to the page itself: ``[{"title", "url"}]``; empty on the home page and elsewhere."""
        if self.page is None or isinstance(self.page, HomePage):
            return []
        if self.page.pk is None:  # the preview of a page not saved yet
            ancestors = self._ancestor_crumbs()
        else:
            ancestors = self._cached("crumbs", self._ancestor_crumbs, self.page.pk, self.page.path)
        if ancestors is None:
            return []
        return [*ancestors, {"title": self.page.title, "url": self.page.get_url(self.request)}]

    def _ancestor_crumbs(self):
        """The page's ancestors from the home page, or None when the page is not under the home page."""
        home = self.home
        if home is None or self.page.pk == home.pk or not self.page.path.startswith(home.path):
            return None
        ancestors = self.page.get_ancestors().filter(depth__gte=home.depth).order_by("depth")
        return [{"title": page.title, "url": page.get_url(self.request)} for page in ancestors]

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
        """Live content pages under the home page with "Show in menus" ticked, in the tree's order:
        ``[{"title", "url"}]``."""
        return self._cached("footer", self._footer_pages)

    def _footer_pages(self):
        if self.home is None:
            return []
        pages = ContentPage.objects.live().public().in_menu().child_of(self.home).order_by("path").defer_streamfields()
        return [{"title": page.title, "url": page.get_url(self.request)} for page in pages]

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
        route = self._route()
        return [
            {"code": code, "name": Locale(language_code=code).get_display_name(), "url": found["url"] + route + suffix}
            for code, found in page_translations(self.request, self.page).items()
            if found["pk"] != self.page.pk and found["url"] is not None
        ]

    def _route(self):
        """The part of the address after the page's own (``step/2/`` in the self-diagnostic), or ""."""
        if getattr(self.request, "routable_resolver_match", None) is None:
            return ""
        own = urlsplit(self.page.get_url(self.request) or "").path
        path = self.request.path
        return path[len(own) :] if own and path.startswith(own) else ""

    def _other_locales(self):
        codes = self._cached(
            "locales", lambda: list(Locale.objects.order_by("pk").values_list("language_code", flat=True))
        )
        return [Locale(language_code=code) for code in codes if code != get_language()]

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
