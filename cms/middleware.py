"""Middleware of the project: the locale middleware that leaves the API alone, the API's JSON errors and cache
headers."""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers, set_response_etag
from django.utils.http import http_date

from cms.endpoints import error_response

# How long the server remembers when it first served each API response (seconds).
LAST_MODIFIED_MEMORY = 24 * 3600


class SiteLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, except that API responses are never redirected.

    With ``i18n_patterns(prefix_default_language=True)``, Django answers a 404
    outside the language prefixes by trying ``/<language>`` + path and
    redirecting there when it resolves. Wagtail's catch-all page route resolves
    every path, so a missing API object (``/api/v2/pages/999/``) became a 302 to
    ``/fr/api/v2/pages/999/`` (an HTML 404) instead of the API's JSON 404.
    Upstream behaviour: django/middleware/locale.py, ``process_response``
    (https://docs.djangoproject.com/en/5.2/topics/i18n/translation/#how-django-discovers-language-preference).
    The language of an API request (its error messages) is its ``?locale=`` when that is a language of
    the site, else the one ``Accept-Language`` prefers.
    """

    def process_request(self, request):
        super().process_request(request)
        if request.path_info.startswith("/api/"):
            code = request.GET.get("locale")
            if code in dict(settings.LANGUAGES):
                translation.activate(code)
                request.LANGUAGE_CODE = code

    def process_response(self, request, response):
        if request.path_info.startswith("/api/"):
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
            return response
        return super().process_response(request, response)


class APIErrorMiddleware:
    """Under ``/api/``, an error Django answers itself (no such address, a method a view does not take, a
    CSRF refusal, a 500 page) is the API's JSON ``{"message": …}`` in the client's language, status kept.

    The API's views answer their errors through ``cms.endpoints.api_exception_handler``; this is the
    fallback for what never reaches them. With ``DEBUG`` on, Django's page of a 500 is left for the developer.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            not request.path_info.startswith("/api/")
            or response.status_code < 400
            or response.get("Content-Type", "").startswith("application/json")
            or (settings.DEBUG and response.status_code >= 500)
        ):
            return response
        headers = {name: response[name] for name in ("Allow", "Retry-After") if response.has_header(name)}
        return error_response(response.status_code, headers=headers)


class APICacheHeadersMiddleware:
    """``ETag``, ``Last-Modified`` and ``Cache-Control`` on the API's public responses; 304 when unchanged.

    The ETag is a hash of the body, so it changes whenever anything in the
    response does (a publication, an unpublished page leaving a listing, a
    sponsor contract ending). ``Last-Modified`` is the time this server first
    served the current body at this address (kept in the cache with its
    ETag): it never claims an older date than the change it reflects.
    Responses that set their own ``Cache-Control`` (a preview, a diagnostic
    result) are left alone.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            not request.path_info.startswith("/api/")
            or request.method not in ("GET", "HEAD")
            or response.status_code != 200
            or response.streaming
            or response.has_header("Cache-Control")
        ):
            return response
        if not response.has_header("ETag"):
            set_response_etag(response)
        etag = response["ETag"]
        key = (
            "api-last-modified:"
            + hashlib.sha256(
                "|".join(
                    (request.get_host(), request.get_full_path(), request.headers.get("Accept-Language", ""))
                ).encode()
            ).hexdigest()
        )
        seen = cache.get(key)
        if seen and seen[0] == etag:
            last_modified = seen[1]
        else:
            # Later than any date given for the previous body, even within the same second.
            last_modified = max(int(time.time()), seen[1] + 1 if seen else 0)
            cache.set(key, (etag, last_modified), LAST_MODIFIED_MEMORY)
        response["Last-Modified"] = http_date(last_modified)
        patch_cache_control(response, public=True, max_age=settings.API_CACHE_SECONDS)
        return get_conditional_response(request, etag=etag, last_modified=last_modified, response=response)
