"""What search engines and link previews read in each page's ``<head>``: canonical address, ``hreflang``
alternates, description, Open Graph and Twitter card tags, and the schema.org objects (JSON-LD) of the
site (``Organization``); a page type gives its own (a guide's ``Article``, a seminar's ``Event``) by its
``structured_data(request)`` method, built with the helpers here.

``{% seo_head page %}`` (``core/templatetags/seo_tags.py``) writes the tags from ``head(request, page)``;
pages that are not Wagtail pages (search, errors) get the site's defaults.

Canonical addresses of listings: a listing filtered by theme, sector or archive is the same content as
the unfiltered list, so its canonical address is the unfiltered page's; a page number is kept
(``?page=2`` is canonical to itself), because page 2 lists other items than page 1. Every other
query parameter is dropped. A sub-address of a page (a self-diagnostic step or result) is canonical
to the page itself and is marked ``noindex``.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from django.templatetags.static import static
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Page, PageViewRestriction, Site

from core import fragments
from core.numbers import whole_number

SITE_NAME = settings.WAGTAIL_SITE_NAME
X_DEFAULT = settings.LANGUAGE_CODE
# Open Graph wants a territory: the programme is Belgian.
OG_LOCALES = {"fr": "fr_BE", "nl": "nl_BE", "de": "de_BE"}
DEFAULT_ICON = "icons/icon-512.png"
IMAGE_SPEC = "fill-1200x630"
PAGE_PARAMETER = "page"


def site_description():
    """The site's own description, in the active language: pages without a description of their own use it."""
    return _("An ICT awareness programme for Walloon small businesses.")


def root_url(request=None):
    """The site's public address (``https://…``, no trailing slash)."""
    site = Site.find_for_request(request) if request is not None else None
    site = site or Site.objects.filter(is_default_site=True).first()
    return (site.root_url if site else settings.BASE_URL).rstrip("/")


def absolute(url, request=None):
    """``url`` with the site's address in front; empty for a page without address yet (the preview of a new page)."""
    if not url:
        return ""
    return url if url.startswith(("http://", "https://")) else root_url(request) + url


def language_of(page):
    return page.locale.language_code


def iso(moment):
    """A date and time in Belgian time with its offset (``2026-03-05T09:30:00+01:00``), or None."""
    return timezone.localtime(moment).replace(microsecond=0).isoformat() if moment else None


def description_of(page):
    """The page's search description, else its summary or introduction, else the site's description."""
    if page is not None:
        for field in ("search_description", "summary", "intro", "pull_quote"):
            text = (getattr(page, field, "") or "").strip()
            if text:
                return " ".join(text.split())
    return site_description()


def image_of(page, request=None):
    """(absolute URL, width, height, alt) of the page's picture for link previews, else the site's icon."""
    # A page type shows its picture by declaring ``preview_image`` (an image, or None), its alternative text in
    # the page's language as ``preview_image_alt`` (the image library's is not translated) and, for a logo that
    # must not be cropped, a ``preview_image_spec`` such as ``max-1200x630``.
    image = getattr(page, "preview_image", None)
    spec = getattr(page, "preview_image_spec", IMAGE_SPEC)
    if image is not None:
        try:
            rendition = image.get_rendition(spec)
        except Exception:  # a missing or unreadable file: the preview falls back to the icon, the page still renders
            rendition = None
        if rendition is not None:
            alt = getattr(page, "preview_image_alt", None) or image.default_alt_text
            return absolute(rendition.url, request), rendition.width, rendition.height, alt
    return absolute(static(DEFAULT_ICON), request), 512, 512, SITE_NAME


def page_translations(request, page):
    """The live versions of ``page`` any visitor can open (no view restriction, the page's own included when
    it is one), by language code, in the tree's order (the switcher's): ``{code: {"pk", "url", "full_url"}}``.

    Looked up once per request and page, and kept in the default cache until the next publish.
    """
    memo = request.__dict__.setdefault("_page_translations", {}) if request is not None else {}
    memo_key = (page.translation_key, page.pk)
    if memo_key not in memo:

        def compute():
            # Not under a view restriction (its own or an ancestor's), in the same query as the pages.
            restricted = PageViewRestriction.objects.filter(
                page__path=Substr(OuterRef("path"), 1, Length("page__path"))
            )
            pages = Page.objects.filter(translation_key=page.translation_key, live=True).exclude(Exists(restricted))
            found = {
                p.locale.language_code: {"pk": p.pk, "url": p.get_url(request), "full_url": p.get_full_url(request)}
                for p in pages.select_related("locale")
            }
            return found

        site = Site.find_for_request(request) if request is not None else None
        parts = (page.translation_key, site.pk if site else None)
        memo[memo_key] = fragments.get_or_compute("translations", parts, compute, request=request)
    return memo[memo_key]


def translation_urls(page, request=None):
    """The absolute address of the page and of its live translations any visitor can open (no view
    restriction), by language, and the page's own language: ``({code: url}, code)``.

    The same lookup as the language switcher's (``page_translations``), once per request.
    """
    found = page_translations(request, page)
    own = next((code for code, version in found.items() if version["pk"] == page.pk), None)
    urls = {code: absolute(version["full_url"], request) for code, version in found.items()}
    if own is None:  # the page itself is not public or not live (a preview, a private page)
        own = language_of(page)
        urls[own] = absolute(page.get_full_url(request), request)
    return dict(sorted(urls.items())), own


def listing_query(request):
    """The query string kept in a listing's canonical address: the page number when above 1."""
    number = whole_number(request.GET.get(PAGE_PARAMETER, "")) if request is not None else None
    return "?" + urlencode({PAGE_PARAMETER: number}) if number is not None and number > 1 else ""


def head(request, page=None):
    """Everything ``{% seo_head %}`` writes: see the module's docstring."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    data = {
        "description": description_of(page),
        "site_name": SITE_NAME,
        "og_locale": OG_LOCALES.get(language, language),
        "noindex": False,
        "alternates": [],
        "canonical": None,
    }
    if not isinstance(page, Page):  # the search page's page of results, an error page: no Wagtail page
        data["description"] = site_description()
        return data | _non_page_head(request, language)
    own = page.url or ""
    path = request.path if request is not None else own
    sub_address = bool(own) and path != own and not own.endswith(path)
    query = listing_query(request) if not sub_address else ""
    urls, own_language = translation_urls(page, request)
    alternates = [(code, url + query) for code, url in urls.items() if url]
    if urls.get(X_DEFAULT):
        alternates.append(("x-default", urls[X_DEFAULT] + query))
    url, width, height, alt = image_of(page, request)
    title = page.seo_title or page.title
    return data | {
        "title": title,
        "canonical": urls[own_language] and urls[own_language] + query,
        "alternates": alternates,
        "og_type": getattr(page, "og_type", "website"),
        "og_locale_alternates": [OG_LOCALES.get(code, code) for code in urls if code != language],
        "image": url,
        "image_width": width,
        "image_height": height,
        "image_alt": alt,
        "twitter_card": "summary_large_image" if width > height else "summary",
        "noindex": sub_address,
    }


def _non_page_head(request, language):
    """Search results and error pages: the site's description and icon; search is canonical to the empty
    search in each language, and neither is to be indexed (robots.txt keeps search results out too)."""
    url, width, height, alt = image_of(None, request)
    data = {
        "title": SITE_NAME,
        "og_type": "website",
        "og_locale_alternates": [OG_LOCALES[code] for code, _name in settings.LANGUAGES if code != language],
        "image": url,
        "image_width": width,
        "image_height": height,
        "image_alt": alt,
        "twitter_card": "summary",
        "noindex": True,
    }
    match = getattr(request, "resolver_match", None) if request is not None else None
    if match is not None and match.url_name == "search":
        from django.urls import reverse

        def search_url(code):
            with translation.override(code):
                return absolute(reverse("search"), request)

        alternates = [(code, search_url(code)) for code, _name in settings.LANGUAGES]
        data["canonical"] = search_url(language)
        data["alternates"] = alternates + [("x-default", search_url(X_DEFAULT))]
    return data


# schema.org (JSON-LD), written with the json_ld filter of core/templatetags/structured_data.py.


def organization(request=None):
    """The programme as a schema.org ``Organization``: the whole site's, and the author and publisher of
    guides and organiser of seminars."""
    return {
        "@type": "Organization",
        "@id": root_url(request) + "/#organization",
        "name": SITE_NAME,
        "url": root_url(request) + "/",
        "logo": absolute(static(DEFAULT_ICON), request),
        "description": site_description(),
    }


def site_structured_data(request=None):
    return {"@context": "https://schema.org"} | organization(request)
