"""Middleware of the project: the locale middleware that leaves the API alone."""

from django.middleware.locale import LocaleMiddleware
from django.utils.cache import patch_vary_headers


class SiteLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, except that API responses are never redirected.

    With ``i18n_patterns(prefix_default_language=True)``, Django answers a 404
    outside the language prefixes by trying ``/<language>`` + path and
    redirecting there when it resolves. Wagtail's catch-all page route resolves
    every path, so a missing API object (``/api/v2/pages/999/``) became a 302 to
    ``/fr/api/v2/pages/999/`` (an HTML 404) instead of the API's JSON 404.
    Upstream behaviour: django/middleware/locale.py, ``process_response``
    (https://docs.djangoproject.com/en/5.2/topics/i18n/translation/#how-django-discovers-language-preference).
    The language of API requests is still activated from ``Accept-Language``.
    """

    def process_response(self, request, response):
        if request.path_info.startswith("/api/"):
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
            return response
        return super().process_response(request, response)
