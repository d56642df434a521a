"""What crawlers and browsers ask of the site's root: ``/robots.txt``, ``/site.webmanifest`` and the icons
(``/favicon.ico``, ``/apple-touch-icon.png``, ``/icon-192.png``, ``/icon-512.png``).

The icons are drawn by ``bin/make-icons`` into ``cms/static/icons/`` and served from there.
"""

import json
from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from wagtail.models import Site

from core.seo import root_url, site_description
from diagnostic.models import DiagnosticPage

ICONS = Path(__file__).resolve().parent / "static" / "icons"
ICON_TYPES = {
    "favicon.ico": "image/x-icon",
    "apple-touch-icon.png": "image/png",
    "icon-192.png": "image/png",
    "icon-512.png": "image/png",
}
THEME_COLOR = "#0b5cab"  # --accent in cms/static/css/site.css
DAY = 24 * 3600


def disallowed_paths(request):
    """Addresses no crawler should index: the admin, the API's draft previews, search results in every
    language and the results of the self-diagnostic (personal)."""
    paths = ["/admin/", reverse("wagtailapi:preview:preview")]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            paths.append(reverse("search"))
    site = Site.find_for_request(request)
    diagnostics = DiagnosticPage.objects.live().order_by("path")
    for page in diagnostics:
        url = page.get_url(request)
        if url and (site is None or page.get_site() == site):
            paths.append(url + page.reverse_subpage("result", args=["x"]).removesuffix("x/"))
    return paths


@require_safe
@cache_control(max_age=DAY, public=True)
def robots_txt(request):
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in disallowed_paths(request))]
    lines += ["", f"Sitemap: {root_url(request)}/sitemap.xml", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_safe
@cache_control(max_age=DAY, public=True)
def webmanifest(request):
    with translation.override(settings.LANGUAGE_CODE):
        manifest = {
            "name": settings.WAGTAIL_SITE_NAME,
            "short_name": settings.WAGTAIL_SITE_NAME,
            "description": str(site_description()),
            "lang": settings.LANGUAGE_CODE,
            "start_url": "/",
            "scope": "/",
            "display": "browser",
            "background_color": "#ffffff",
            "theme_color": THEME_COLOR,
            "icons": [
                {"src": "/icon-192.png", "sizes": "192x192", "type": "image/png"},
                {"src": "/icon-512.png", "sizes": "512x512", "type": "image/png"},
            ],
        }
    return HttpResponse(json.dumps(manifest, ensure_ascii=False), content_type="application/manifest+json")


@require_safe
@cache_control(max_age=7 * DAY, public=True)
def icon(request, name):
    if name not in ICON_TYPES:
        raise Http404
    return FileResponse((ICONS / name).open("rb"), content_type=ICON_TYPES[name])
