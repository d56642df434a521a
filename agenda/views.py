"""The visitor's registration on a seminar's page, its confirmation, and cancelling from the e-mails' link."""

from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.views.decorators.cache import never_cache

from agenda.forms import RegistrationForm
from agenda.notifications import registration_for_token, seminar_in
from agenda.registrations import (
    ACCEPTING,
    FULL,
    Registration,
    RegistrationError,
    cancel,
    register,
    seats_left,
    source_seminar,
    state_message,
    waitlist_position,
)
from core.ratelimits import limit

# The session remembers the visitor's last registration, for the "registered/" page.
SESSION_KEY = "agenda-registration"


def privacy_url(page):
    """The privacy notice the source-language agenda links to, in the page's language when it is translated."""
    agenda = source_seminar(page).get_parent().specific
    notice = getattr(agenda, "privacy_page", None)
    if notice is None:
        return ""
    return (notice.get_translation_or_none(page.locale) or notice).url


def seminar_page(page, request):
    """The seminar; while registration is open, its form (posted to the page itself)."""
    state = page.registration_state
    form = None
    refused = ""
    if state in ACCEPTING:
        form = RegistrationForm(request.POST if request.method == "POST" else None, locale=page.locale)
        if request.method == "POST":
            # Every attempt counts, so that nobody can post the form in a loop (to spam an address).
            limit(request, "registration")
            if form.is_valid():
                try:
                    registration = register(page, form.registration_data(), page.locale.language_code)
                except RegistrationError as error:
                    if error.code == "duplicate":
                        form.add_error("email", error.message)
                    else:  # closed while the visitor was filling the form in
                        state, form, refused = error.code, None, error.message
                else:
                    request.session[SESSION_KEY] = registration.pk
                    return HttpResponseRedirect(page.url + page.reverse_subpage("registered"))
        if form is not None:
            form.describe_fields()
    context = page.get_context(request)
    context.update(
        registration_form=form,
        registration_state=state,
        registration_full=state == FULL,
        registration_message=refused or state_message(state),
        seats_left=seats_left(page),
        privacy_url=privacy_url(page),
    )
    response = TemplateResponse(request, page.get_template(request), context)
    if request.method == "POST":
        response["Cache-Control"] = "private, no-store"
    return response


def registered(page, request):
    """Confirmed, or waitlisted with the position: what the visitor's registration came to."""
    registration = Registration.objects.filter(
        pk=request.session.get(SESSION_KEY), seminar=source_seminar(page)
    ).first()
    if registration is None:
        return HttpResponseRedirect(page.url)
    context = page.get_context(request)
    context.update(registration=registration, position=waitlist_position(registration))
    response = TemplateResponse(request, "agenda/registered.html", context)
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex"
    return response


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
