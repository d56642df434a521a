"""``/api/v2/agenda/``: the seminars, upcoming by default, with the agenda's filters.

Query parameters (besides Wagtail's ``locale``, ``limit``, ``offset``, ``fields``):
``city``, ``theme``, ``sector`` (slugs), ``kind``, ``spoken_language``, ``month``
(YYYY-MM), ``from`` and ``to`` (YYYY-MM-DD), ``past=true`` for the archive
(most recent first, with slides). Themes, sectors and the venue come in the
page's language; the query count does not grow with the number of seminars, nor does
computing each one's ``seats_left`` and ``registration_state``.

``POST /api/v2/agenda/<id>/registrations/`` registers someone, as the seminar page's
form does (``RegistrationAPIView``).
"""

from django import forms
from django.urls import path
from django.utils import translation
from django.utils.translation import gettext as _
from rest_framework.response import Response
from wagtail.api.v2.utils import BadRequestError
from wagtail.models import Locale

from agenda.filters import FILTERS, SeminarFilterForm
from agenda.forms import RegistrationForm
from agenda.models import SeminarPage, Venue
from agenda.records import seats_left, waitlist_position
from agenda.registrations import RegistrationError, register
from core.api_schema import ERROR, THROTTLED, array_of, json_response, obj
from core.endpoints import (
    LOCALE,
    NO_NUL,
    AnonymousJSONAPIView,
    Parameter,
    PublicPagesAPIViewSet,
    SnippetAPIViewSet,
    client_language,
    integer,
    public_pages,
)
from core.numbers import whole_number

FILTER_PARAMETERS = {"city", "theme", "sector", "kind", "spoken_language", "month", "from", "to", "past"}


class AgendaAPIViewSet(PublicPagesAPIViewSet):
    model = SeminarPage
    name = "agenda"
    known_query_parameters = PublicPagesAPIViewSet.known_query_parameters.union(FILTER_PARAMETERS)
    extra_parameters = FILTERS
    listing_default_fields = PublicPagesAPIViewSet.listing_default_fields + [
        "kind",
        "status",
        "summary",
        "start",
        "end",
        "spoken_language",
        "venue",
        "online_link",
        "themes",
        "sectors",
        "presentations",
        "seats_left",
        "registration_state",
        "registrations_close_at",
    ]

    @classmethod
    def get_urlpatterns(cls):
        return super().get_urlpatterns() + RegistrationAPIView.get_urlpatterns()

    def locale(self):
        code = self.request.GET.get("locale")
        if code:
            return Locale.objects.filter(language_code=code).first() or Locale.get_default()
        return Locale.get_active()

    def get_queryset(self):
        queryset = super().get_queryset().for_listing()
        if self.action != "listing_view":
            return queryset
        form = SeminarFilterForm(self.request.GET, locale=self.locale(), with_dates=True)
        if not form.is_valid():
            raise BadRequestError(form.error_message())
        past = self.request.GET.get("past", "").lower() in ("1", "true", "yes")
        return form.apply(queryset.past() if past else queryset.upcoming())


class VenuesAPIViewSet(SnippetAPIViewSet):
    """``/api/v2/venues/``: where seminars take place, per ``?locale=``."""

    name = "venues"
    model = Venue


# --- Registrations ------------------------------------------------------------------------------------------

# Fields of the form that are not the visitor's (the honeypot a person never fills in): not in the API.
NOT_IN_API = {"website"}


def _error(message, status, **extra):
    return Response({"message": str(message), **extra}, status=status)


def _field_errors(form):
    """The form's errors as the API's list: ``[{"field", "code", "message"}]`` (messages in the active language)."""
    errors = []
    for name, field_errors in form.errors.as_data().items():
        for error in field_errors:
            for message in error.messages:
                errors.append(
                    {
                        "field": "non_field" if name == "__all__" else name,
                        "code": error.code or "invalid",
                        "message": message,
                    }
                )
    return errors


def _type_errors(form, body):
    """Fields of the wrong JSON type (text is a string, a yes/no a boolean) and fields the form does not have."""
    errors = []
    for name, value in body.items():
        field = form.fields.get(name)
        if field is None or name in NOT_IN_API:
            errors.append({"field": name, "code": "unknown_field", "message": _("Unknown field.")})
        elif isinstance(field, forms.BooleanField) and not isinstance(value, bool):
            errors.append({"field": name, "code": "invalid", "message": _("Expected true or false.")})
        elif not isinstance(field, forms.BooleanField) and not isinstance(value, str):
            errors.append({"field": name, "code": "invalid", "message": _("Expected text.")})
    return errors


class RegistrationAPIView(AnonymousJSONAPIView):
    """``POST /api/v2/agenda/<id>/registrations/``: register for a session, as its page's form does.

    ``id`` is the seminar's page in any language: the registration counts against the source page's seats
    and is made in the language of the page given (its e-mails are in that language). The body is the
    form's fields as JSON; the form validates it (the same messages, in the language of ``?locale=`` or
    ``Accept-Language``). No cookie is read: the API is not open to a browser session's credentials.
    """

    @classmethod
    def get_urlpatterns(cls):
        return [path("<int:pk>/registrations/", cls.as_view(), name="registrations")]

    def post(self, request, pk):
        with translation.override(client_language(request)):
            return self.register(request, pk)

    def register(self, request, pk):
        seminar = None
        if whole_number(pk) is not None:
            seminar = public_pages(request, SeminarPage).filter(pk=pk).select_related("locale").first()
        if seminar is None:
            return _error(_("There is no such session."), 404)
        body = request.data  # a body that is not JSON: a 400 or a 415 (api_exception_handler)
        if not isinstance(body, dict):
            return _error(_("Send the registration as a JSON object."), 400)
        form = RegistrationForm(data=body, locale=seminar.locale)
        errors = _type_errors(form, body)
        if errors:
            return _error(_("Some fields are not valid."), 400, errors=errors)
        if not form.is_valid():
            return _error(_("Some fields are not valid."), 400, errors=_field_errors(form))
        try:
            registration = register(seminar, form.registration_data(), seminar.locale.language_code)
        except RegistrationError as error:
            return _error(error.message, 409, code=error.code)
        position = waitlist_position(registration)
        if position is None:
            message = _("You are registered: a confirmation is on its way by e-mail.")
        else:
            message = _("The session is full: you are number %(position)d on the waitlist.") % {"position": position}
        response = Response(
            {
                "status": registration.status,
                "waitlist_position": position,
                "message": message,
                "seminar": seminar.pk,
                "seats_left": seats_left(seminar),
            },
            status=201,
        )
        response["Cache-Control"] = "private, no-store"
        return response


# Fields whose values are content, not code: the document points to where they are listed.
FIELD_SCHEMAS = {
    "sector": {"type": "string", "pattern": NO_NUL, "description": "A sector's slug (``/api/v2/sectors/``)."},
}


def form_field_schema(name, field):
    """The JSON schema of one field of the registration form (the document describes the form as it is)."""
    if name in FIELD_SCHEMAS:
        return dict(FIELD_SCHEMAS[name])
    if isinstance(field, forms.BooleanField):
        schema = {"type": "boolean", "enum": [True]} if field.required else {"type": "boolean"}
    elif isinstance(field, forms.ChoiceField):
        schema = {"type": "string", "enum": [str(value) for value, _label in field.choices if value != ""]}
    else:
        regex = getattr(field, "regex", None)
        schema = {"type": "string", "pattern": regex.pattern if regex else NO_NUL}
        if isinstance(field, forms.EmailField):
            schema["format"] = "email"
        if getattr(field, "max_length", None):
            schema["maxLength"] = field.max_length
        if field.required:
            schema["minLength"] = 1
    if field.help_text:
        schema["description"] = str(field.help_text)
    return schema


def registration_request_schema():
    with translation.override("en"):
        form = RegistrationForm(locale=Locale.get_default())
        fields = {name: field for name, field in form.fields.items() if name not in NOT_IN_API}
        return {
            "type": "object",
            "properties": {name: form_field_schema(name, field) for name, field in fields.items()},
            "required": [name for name, field in fields.items() if field.required],
            "additionalProperties": False,
        }


REGISTRATION_SCHEMA = obj(
    {
        "status": {"type": "string", "enum": ["confirmed", "waitlisted"]},
        "waitlist_position": {"type": "integer", "minimum": 1, "nullable": True},
        "message": {"type": "string", "description": "What happened, in the client's language."},
        "seminar": {"type": "integer", "description": "The id of the seminar page posted to."},
        "seats_left": {"type": "integer", "minimum": 0, "nullable": True},
    },
    required=["status", "waitlist_position", "message", "seminar", "seats_left"],
)
FIELD_ERRORS_SCHEMA = obj(
    {
        "message": "string",
        "errors": array_of(
            obj(
                {
                    "field": {"type": "string", "description": "A field of the body, or ``non_field``."},
                    "code": {"type": "string", "description": "``required``, ``invalid``, ``unknown_field``…"},
                    "message": "string",
                },
                required=["field", "code", "message"],
            )
        ),
    },
    required=["message"],
)
CONFLICT_SCHEMA = obj(
    {
        "message": "string",
        "code": {
            "type": "string",
            "enum": ["duplicate", "closed", "cancelled", "postponed", "started"],
            "description": "``duplicate``: the e-mail address is already registered for this session; else the "
            "session's registration state.",
        },
    },
    required=["message", "code"],
)


def openapi_paths(prefix="/api/v2/agenda/"):
    """The OpenAPI 3 description of the registration endpoint, for the API's schema document."""
    return {
        f"{prefix}{{id}}/registrations/": {
            "post": {
                "operationId": "agenda_register",
                "summary": "Register for a session (confirmed while seats are left, else on the waitlist)",
                "description": (
                    "The fields of the seminar page's registration form, validated the same way, with the "
                    "messages in the language of ``locale`` or ``Accept-Language``. ``id`` is the seminar's page "
                    "in any language: the seats are shared by its translations, and the confirmation e-mail is "
                    "in that page's language. No cookie is read (no session)."
                ),
                "tags": ["agenda"],
                "parameters": [
                    Parameter("id", "Id of the seminar page.", integer(1), location="path").openapi(),
                    LOCALE.openapi(),
                ],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": registration_request_schema()}},
                },
                "responses": {
                    "201": json_response(
                        "Registered: confirmed, or on the waitlist at ``waitlist_position``.", REGISTRATION_SCHEMA
                    ),
                    "400": json_response(
                        "A field is not valid (each one listed, with the reason).", FIELD_ERRORS_SCHEMA
                    ),
                    "404": json_response("No such published session.", ERROR),
                    "409": json_response(
                        "Registration is closed, or the e-mail address is already registered.", CONFLICT_SCHEMA
                    ),
                    "413": json_response("The body is too large.", ERROR),
                    "415": json_response("The body is not JSON.", ERROR),
                    "429": THROTTLED,
                },
            }
        }
    }
