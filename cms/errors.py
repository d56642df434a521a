"""Errors answered to clients: JSON ``{"message": …}`` under ``/api/``, a page of the site elsewhere.

``error_answer`` is used by ``cms.middleware.BadInputMiddleware``; ``bad_request`` and ``csrf_failure``
replace Django's own pages (``handler400`` in cms/urls.py, ``CSRF_FAILURE_VIEW``), which are in English
whatever the visitor's language (a query with more than ``DATA_UPLOAD_MAX_NUMBER_FIELDS`` fields, a form
posted without its CSRF token).
"""

from django.shortcuts import render
from django.utils.translation import gettext as _

from core.endpoints import error_response


def error_answer(request, status, title, message):
    """``message`` with ``status``: JSON under ``/api/``, else a page of the site titled ``title``; both in
    the visitor's language (the language middleware has activated it)."""
    if request.path_info.startswith("/api/"):
        return error_response(status, message)
    return render(request, "error.html", {"title": title, "message": message}, status=status)


def bad_request(request, exception=None):
    return error_answer(request, 400, _("Bad request"), _("The request could not be understood."))


def csrf_failure(request, reason=""):
    return error_answer(
        request,
        403,
        _("Form expired"),
        _("The form has expired or was sent from another site: reload the page and send it again."),
    )
