"""Cancelling a registration from the e-mails' signed link (the seminar page's own routes are in models.py)."""

from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache

from agenda.notifications import registration_for_token, seminar_in
from agenda.registrations import cancel


@never_cache
def cancel_registration(request, token):
    """GET asks to confirm (a mail client's link preview cancels nothing); POST cancels, as often as it is sent."""
    registration = registration_for_token(token)
    if registration is None:
        response = TemplateResponse(request, "agenda/cancel_invalid.html", status=404)
        response["Referrer-Policy"] = "strict-origin"
        return response
    if request.method == "POST":
        cancel(registration)
        return HttpResponseRedirect(request.path + "?done=1")
    page = seminar_in(registration.seminar, request.LANGUAGE_CODE)
    response = TemplateResponse(
        request,
        "agenda/cancel_registration.html",
        {
            "registration": registration,
            "seminar": page,
            "done": registration.status == registration.Status.CANCELLED,
            "just_done": request.GET.get("done") == "1",
        },
    )
    # The link is a key to the registration: never sent to another site as a referrer, never indexed.
    response["Referrer-Policy"] = "strict-origin"
    response["X-Robots-Tag"] = "noindex"
    return response
