"""Middleware of the project: bad input refused before any view, the locale middleware that leaves the API
alone, the API's JSON errors and cache headers, a clear answer when the media storage is down, the
Content-Security-Policy of the site and of the admin."""

import hashlib
import logging
import time

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.http import HttpResponse, JsonResponse
from django.middleware.locale import LocaleMiddleware
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers, set_response_etag
from django.utils.deprecation import MiddlewareMixin
from django.utils.http import http_date
from django.utils.translation import gettext as _

from cms.errors import error_answer
from core.endpoints import STATUS_MESSAGES, error_response

logger = logging.getLogger(__name__)

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


class APIErrorMiddleware(MiddlewareMixin):
    """Under ``/api/``, an error Django answers itself (no such address, a method a view does not take, a
    CSRF refusal, a 500 page) is the API's JSON ``{"message": …}`` in the client's language, status kept.

    The API's views answer their errors through ``core.endpoints.api_exception_handler``; this is the
    fallback for what never reaches them. With ``DEBUG`` on, Django's page of a 500 is left for the developer.
    """

    def process_response(self, request, response):
        if (
            not request.path_info.startswith("/api/")
            or response.status_code < 400
            or response.get("Content-Type", "").startswith("application/json")
            or (settings.DEBUG and response.status_code >= 500)
        ):
            return response
        headers = {name: response[name] for name in ("Allow", "Retry-After") if response.has_header(name)}
        return error_response(response.status_code, headers=headers)


class APICacheHeadersMiddleware(MiddlewareMixin):
    """``ETag``, ``Last-Modified`` and ``Cache-Control`` on the API's public responses; 304 when unchanged.

    The ETag is a hash of the body, so it changes whenever anything in the
    response does (a publication, an unpublished page leaving a listing, a
    sponsor contract ending). ``Last-Modified`` is the time this server first
    served the current body at this address (kept in the cache with its
    ETag): it never claims an older date than the change it reflects.
    Responses that set their own ``Cache-Control`` (a preview, a diagnostic
    result) are left alone.
    """

    def process_response(self, request, response):
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


class MediaStorageUnavailableMiddleware(MiddlewareMixin):
    """A request that needed the media store while it was down gets a clear answer, not a 500.

    ``cms.storage.MediaStorage`` raises ``MediaStorageUnavailable``; nothing was saved (Django stores
    the file before it inserts the row). An editor's upload comes back to its form with the message
    (the browser would have to pick the file again anyway), the admin's multiple upload gets it in
    its JSON, the API a JSON 503, anyone else a 503 in their language.
    """

    def process_exception(self, request, exception):
        from cms.storage import MediaStorageUnavailable

        if not isinstance(exception, MediaStorageUnavailable):
            return None
        logger.error("%s %s: %s", request.method, request.path, exception)
        message = _("The media storage does not answer: nothing was saved. Try again in a few minutes.")
        if request.path_info.startswith("/api/"):
            return JsonResponse({"message": message}, status=503)
        in_admin = request.path_info.startswith(reverse("wagtailadmin_home"))
        if in_admin and request.headers.get("X-Requested-With") == "XMLHttpRequest":
            # Wagtail's multiple upload shows ``error_message`` beside the file (as for an invalid file).
            return JsonResponse({"success": False, "error_message": message})
        if in_admin and request.method == "POST":
            messages.error(request, message)
            return redirect(request.get_full_path())
        return HttpResponse(message, status=503, content_type="text/plain; charset=utf-8")


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's own policy under its URL prefix.

    ``CONTENT_SECURITY_POLICY`` is the visitor site's policy (the API and the
    API's documentation page included); ``CONTENT_SECURITY_POLICY_ADMIN``
    replaces it under ``URL_PREFIX`` (the settings say why it is looser). A
    page previewed in the admin is rendered through the middleware with a
    dummy request for the page's own address (Wagtail's
    ``PreviewableMixin.make_preview_request`` marks it ``is_dummy``): it keeps
    the site's policy, so editors see what visitors will, except that the
    admin may frame it. A view decorated with django-csp's
    ``@csp``/``@csp_replace``/``@csp_update`` still has the last word.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or parts.config is not None:
            return parts
        if getattr(request, "is_dummy", False):
            parts.replace = {**(parts.replace or {}), "frame-ancestors": ["'self'"]}
        elif request.path_info.startswith(settings.CONTENT_SECURITY_POLICY_ADMIN["URL_PREFIX"]):
            parts.config = settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"]
        return parts


# What the public site and the API answer; the admin also takes PUT (wagtail-localize's editor) and more.
SITE_METHODS = ("GET", "HEAD", "OPTIONS", "POST")
NUL = "\x00"


def body_has_nul(request):
    """Whether the body holds a NUL byte: raw, URL-encoded (a form) or escaped (JSON)."""
    if request.content_type.startswith("multipart/"):
        # The admin's uploads are left to their views (they may set their own upload handlers).
        if request.path_info.startswith("/admin/"):
            return False
        return any(NUL in value for value in request.POST.values())
    body = request.body
    return (
        b"\x00" in body
        or (request.content_type == "application/x-www-form-urlencoded" and b"%00" in body)
        or ("json" in request.content_type and b"\\u0000" in body.lower())
    )


class BadInputMiddleware(MiddlewareMixin):
    """Input no view of the site can take is refused here, once for every view, with a clear 4xx.

    - A NUL byte in the path, the query string, a cookie or the body: PostgreSQL refuses it in text
      (psycopg ``DataError``), so it was a 500 wherever it reached a query (search, filters, locale…)
      while SQLite accepted it → 400.
    - A ``Content-Length`` that is not a number → 400 (gunicorn refuses it itself; ``runserver`` does not).
    - A body larger than ``DATA_UPLOAD_MAX_MEMORY_SIZE`` (file uploads excepted: they go to disk) → 413.
    - A method the site does not answer (``PUT``, ``PATCH``, ``DELETE``, ``QUERY``…) outside the admin:
      Django's CSRF check answered 403 → 405 with ``Allow``.

    It comes after the language middleware (the answer is in the visitor's language) and before the CSRF
    middleware.
    """

    def process_request(self, request):
        if request.method not in SITE_METHODS and not request.path_info.startswith("/admin/"):
            response = error_answer(
                request,
                405,
                _("Method not allowed"),
                STATUS_MESSAGES[405],
            )
            response["Allow"] = ", ".join(SITE_METHODS)
            return response
        texts = [request.path, *request.GET.keys(), *request.GET.values(), *request.COOKIES.values()]
        has_nul = any(NUL in text for text in texts)
        if not has_nul and request.method == "POST":
            length = request.META.get("CONTENT_LENGTH") or "0"
            if not (length.isascii() and length.isdigit()):
                # Django's request.body reads it with int(): a ValueError, a 500.
                return error_answer(
                    request, 400, _("Bad request"), _("The Content-Length of the request is not a number.")
                )
            uploading = request.content_type.startswith("multipart/")
            if int(length) > settings.DATA_UPLOAD_MAX_MEMORY_SIZE and not uploading:
                return error_answer(
                    request,
                    413,
                    _("Request too large"),
                    STATUS_MESSAGES[413],
                )
            has_nul = body_has_nul(request)
        if has_nul:
            return error_answer(
                request,
                400,
                _("Bad request"),
                _("The address or the form contains a character that is not allowed (a null byte)."),
            )
        return None
