"""The OpenAPI 3 document of the whole API, served at ``/api/v2/schema/`` (browsable at ``/api/v2/schema/docs/``).

Wagtail's endpoints build their serializers at request time from each model's
``api_fields``, so the document is built the same way: for every endpoint
registered in ``cms/api.py`` and every model it serves, the serializer Wagtail
would use is created and each of its fields mapped to a JSON schema. Fields of
the project declare their JSON shape with drf-spectacular's
``extend_schema_field`` next to their code (one shape per representation, e.g.
``core.blocks.IMAGE_SCHEMA``, written with ``core.api_schema``); Wagtail's own
fields are mapped below. The search app describes its endpoints itself
(``search.api.openapi_paths``), the self-diagnostic through drf-spectacular's
annotations, the iCalendar feeds here.

Every page type is a component named after its model (``guides.GuidePage``)
whose ``meta.type`` can only be that name, so a response is checked against its
own type. Properties are optional: ``?fields=`` adds and removes them.
"""

from collections import OrderedDict
from functools import cache

from django.http import JsonResponse
from django.urls import include, path
from django.utils import translation
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe
from drf_spectacular.drainage import get_override
from drf_spectacular.generators import SchemaGenerator
from rest_framework import fields as drf
from wagtail.api.v2 import serializers as wagtail_serializers
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.documents.api.v2.serializers import DocumentDownloadUrlField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.images.api.v2.serializers import ImageDownloadUrlField
from wagtail.models import Page

from cms.preview import PreviewAPIViewSet
from core.api_schema import ERROR, ERROR_SCHEMA, THROTTLED, URI_TOO_LONG, array_of, json_response, nullable, obj
from core.endpoints import LANGUAGE_CODES, LOCALE, Parameter, endpoint_models, error_response, integer

UNDESCRIBED = "Shape not described yet: declare it with drf-spectacular's extend_schema_field."
STRING = {"type": "string"}
URL = {"type": "string", "format": "uri"}
STREAM = array_of(
    obj({"type": "string", "value": {}, "id": "string"}, required=["type", "value"]),
    "StreamField blocks: each block's ``value`` has the block type's own shape.",
)
RENDITION = obj(
    {
        "url": "string",
        "full_url": "string",
        "width": "integer",
        "height": "integer",
        "alt": "string",
        "error": {"type": "string", "description": "Set instead of the rest when the source image is missing."},
    }
)
NESTED_PAGE = nullable(
    obj(
        {
            "id": "integer",
            "meta": obj({"type": "string", "detail_url": URL, "html_url": nullable("string")}),
            "title": "string",
        }
    )
)
# Wagtail's serializer fields (wagtail.api.v2 and the image/document endpoints).
WAGTAIL_FIELDS = {
    wagtail_serializers.DetailUrlField: URL,
    wagtail_serializers.PageHtmlUrlField: {**URL, "nullable": True},
    wagtail_serializers.PageLocaleField: {"type": "string", "enum": LANGUAGE_CODES},
    wagtail_serializers.PageParentField: NESTED_PAGE,
    wagtail_serializers.PageAliasOfField: NESTED_PAGE,
    wagtail_serializers.StreamField: STREAM,
    wagtail_serializers.TagsField: array_of("string"),
    ImageRenditionField: RENDITION,
    ImageDownloadUrlField: STRING,
    DocumentDownloadUrlField: URL,
}

# Plain DRF fields, as ModelSerializer builds them from model fields.
DRF_FIELDS = [
    (drf.BooleanField, {"type": "boolean"}),
    (drf.IntegerField, {"type": "integer"}),
    (drf.FloatField, {"type": "number"}),
    (drf.DecimalField, {"type": "string", "format": "decimal"}),
    (drf.DateTimeField, {"type": "string", "format": "date-time"}),
    (drf.DateField, {"type": "string", "format": "date"}),
    (drf.EmailField, {"type": "string"}),
    (drf.URLField, {"type": "string"}),
    (drf.CharField, STRING),
]


def field_schema(field, model=None):
    """The JSON schema of one serializer field."""
    schema = get_override(field, "field")
    if schema is None:
        # The project's subclasses of Wagtail's fields (core.endpoints) have Wagtail's shape.
        schema = next((WAGTAIL_FIELDS[kind] for kind in type(field).__mro__ if kind in WAGTAIL_FIELDS), None)
    if schema is None:
        if isinstance(field, wagtail_serializers.TypeField | wagtail_serializers.PageTypeField):
            schema = {"type": "string", "enum": [model._meta.label]} if model else STRING
        elif isinstance(field, wagtail_serializers.RelatedField):
            schema = {"$ref": f"#/components/schemas/{related_component(field)}"}
        elif isinstance(field, wagtail_serializers.ChildRelationField):
            schema = array_of(object_schema(field.serializer_class))
        elif isinstance(field, drf.ChoiceField):
            schema = {"type": "string", "enum": [str(choice) for choice in field.choices]}
        elif isinstance(field, drf.ListField):
            schema = array_of(field_schema(field.child))
        else:
            schema = next((schema for kind, schema in DRF_FIELDS if isinstance(field, kind)), None)
    if schema is None:
        # Any JSON value; tests/api/test_openapi.py fails until the field declares its shape.
        schema = {"description": UNDESCRIBED}
    schema = dict(schema)
    if getattr(field, "allow_null", False) and "$ref" not in schema:
        schema["nullable"] = True
    if "$ref" in schema:
        schema = {"allOf": [schema], "nullable": True}
    if getattr(field, "help_text", None):
        schema.setdefault("description", str(field.help_text))
    return schema


def related_component(field):
    return field.serializer_class.Meta.model._meta.label


def object_schema(serializer_class):
    """``{"id", "meta": {...}, fields...}`` as Wagtail's BaseSerializer writes an object of this class."""
    model = serializer_class.Meta.model
    serializer = serializer_class(context={})
    properties = OrderedDict()
    meta = OrderedDict()
    for name, field in serializer.fields.items():
        schema = field_schema(field, model)
        if name in serializer_class.meta_fields:
            meta[name] = schema
        else:
            properties[name] = schema
    if meta:
        properties["meta"] = obj(meta)
        properties.move_to_end("meta", last=False)
        if "id" in properties:
            properties.move_to_end("id", last=False)
    return obj(properties)


def all_fields_serializer(router, endpoint, model):
    """The serializer of ``?fields=*`` on a detail: every field the endpoint can show for ``model``."""
    return endpoint._get_serializer_class(router, model, [("*", False, None)], show_details=True)


def parameter(name, description, schema=None, required=False, location="query"):
    return Parameter(name, description, schema, required=required, location=location).openapi()


def described(parameters):
    return [parameter.openapi() for parameter in parameters]


def envelope(items_schema):
    return obj(
        {"meta": obj({"total_count": "integer"}, required=["total_count"]), "items": array_of(items_schema)},
        required=["meta", "items"],
    )


ERRORS = {
    "400": json_response("A parameter is not valid (the message says which, in the client's language).", ERROR),
    "404": json_response("Not found: no such item, or no such page for a page filter.", ERROR),
    "429": THROTTLED,
}


def endpoint_paths(router, name, endpoint, components):
    """The listing, detail and find operations of one Wagtail endpoint."""
    models = [model for model in endpoint_models(endpoint) if model is not Page]
    refs = []
    for model in models:
        label = model._meta.label
        if label not in components:
            components[label] = object_schema(all_fields_serializer(router, endpoint, model))
        refs.append({"$ref": f"#/components/schemas/{label}"})
    item = refs[0] if len(refs) == 1 else {"anyOf": refs}
    summary = (endpoint.__doc__ or name).strip().splitlines()[0]
    tag = [name]
    prefix = f"/api/v2/{name}/"
    if issubclass(endpoint, PreviewAPIViewSet):
        return preview_paths(router, endpoint, prefix, item)
    return {
        prefix: {
            "get": {
                "operationId": f"{name}_listing",
                "summary": summary,
                "tags": tag,
                "parameters": described(endpoint.listing_parameters(router)),
                "responses": {"200": json_response("One page of results.", envelope(item)), **ERRORS},
            }
        },
        prefix + "{id}/": {
            "get": {
                "operationId": f"{name}_detail",
                "summary": f"One item of /{name}/ with all its fields.",
                "tags": tag,
                "parameters": [
                    parameter("id", "Id of the item.", integer(1), location="path"),
                    *described(endpoint.detail_parameters(router)),
                ],
                "responses": {"200": json_response("The item.", item), **ERRORS},
            }
        },
        prefix + "find/": {
            "get": {
                "operationId": f"{name}_find",
                "summary": "Redirect to the detail of the item found"
                + (" by ``id`` or ``html_path``." if issubclass(endpoint, PagesAPIViewSet) else " by ``id``."),
                "tags": tag,
                "parameters": described(endpoint.find_parameters(router)),
                "responses": {
                    "302": {"description": "Redirect to the detail.", "headers": {"Location": {"schema": STRING}}},
                    **ERRORS,
                },
            }
        },
    }


def preview_paths(router, endpoint, prefix, item):
    private = {"Cache-Control": {"description": "Always ``private, no-store``.", "schema": STRING}}
    return {
        prefix: {
            "get": {
                "operationId": "preview",
                "summary": "The draft a preview token names, in the shape of a page's detail (``meta.preview`` true).",
                "description": (
                    "The editor's *Preview in the front-end* button opens ``HEADLESS_PREVIEW_URL?token=…``; the "
                    "front-end passes the token here. Tokens expire after ``HEADLESS_PREVIEW_SECONDS``."
                ),
                "tags": ["preview"],
                "parameters": [
                    parameter(
                        "token", "The preview token.", {"type": "string", "pattern": r"^[^\u0000]+$"}, required=True
                    ),
                    *described(endpoint.detail_parameters(router)),
                ],
                "responses": {
                    "200": {**json_response("The draft.", item), "headers": private},
                    "400": json_response("The token is missing.", ERROR),
                    "403": json_response("The token is not valid or has expired.", ERROR),
                    "404": json_response("The draft no longer exists.", ERROR),
                    "429": THROTTLED,
                },
            }
        }
    }


def ical_paths():
    from agenda.filters import FILTERS

    calendar = {"description": "An iCalendar (RFC 5545) document.", "content": {"text/calendar": {"schema": STRING}}}
    return {
        "/api/v2/agenda.ics": {
            "get": {
                "operationId": "agenda_ics",
                "summary": "The agenda as a calendar to subscribe to (Europe/Brussels times).",
                "description": "The agenda endpoint's filters; also ``city``, ``theme`` and ``sector`` (slugs).",
                "tags": ["agenda"],
                "parameters": described([LOCALE, *FILTERS]),
                "responses": {"200": calendar, "400": ERRORS["400"], "429": THROTTLED},
            }
        },
        "/api/v2/agenda/{id}.ics": {
            "get": {
                "operationId": "agenda_seminar_ics",
                "summary": "One session, to add to a calendar.",
                "tags": ["agenda"],
                "parameters": [parameter("id", "Id of the seminar page.", integer(1), location="path")],
                "responses": {
                    "200": calendar,
                    "404": json_response("No such published session.", ERROR),
                    "429": THROTTLED,
                },
            }
        },
    }


def annotated_paths(prefix, view_class):
    """Paths of a DRF view described with drf-spectacular's annotations (the self-diagnostic)."""
    generator = SchemaGenerator(patterns=[path(prefix.lstrip("/"), include(view_class.get_urlpatterns()))])
    document = generator.get_schema(request=None, public=True)
    return document["paths"], document.get("components", {}).get("schemas", {})


@cache
def build_document():
    """The document, built once per process (help texts in English, the API's language)."""
    with translation.override("en"):
        return _build_document()


def _build_document():
    from agenda.api import openapi_paths as registration_paths
    from cms.api import api_router
    from diagnostic.api import DiagnosticAPIView
    from search.api import openapi_paths

    components = {
        "Error": ERROR_SCHEMA,
    }
    paths = {}
    for name, endpoint in api_router._endpoints.items():
        if isinstance(endpoint, type) and issubclass(endpoint, BaseAPIViewSet):
            paths.update(endpoint_paths(api_router, name, endpoint, components))
    paths.update(ical_paths())
    paths.update(registration_paths("/api/v2/agenda/"))
    paths.update(openapi_paths("/api/v2/search/"))
    diagnostic_paths, diagnostic_components = annotated_paths("/api/v2/diagnostic/", DiagnosticAPIView)
    paths.update(diagnostic_paths)
    components.update(diagnostic_components)
    for item in paths.values():
        for operation in item.values():
            operation["responses"].setdefault("414", URI_TOO_LONG)
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "jesuisfantasTIC API",
            "version": "2",
            "description": (
                "Content of the jesuisfantasTIC programme in French, Dutch and German: pages (guides, seminars, "
                "testimonials…), images, documents, the vocabulary and sponsors, search and the self-diagnostic. "
                "Public responses carry ETag, Last-Modified and Cache-Control; conditional requests get 304."
            ),
        },
        "paths": dict(sorted(paths.items())),
        "components": {"schemas": dict(sorted(components.items()))},
        "tags": [
            {"name": name}
            for name in sorted({tag for item in paths.values() for op in item.values() for tag in op.get("tags", [])})
        ],
    }


@csrf_exempt
def not_found(request):
    """Any other address under /api/: the API's JSON 404."""
    return error_response(404)


@csrf_exempt
@require_safe
def schema_view(request):
    """``/api/v2/schema/``: the OpenAPI 3 document (JSON)."""
    return JsonResponse(build_document(), json_dumps_params={"ensure_ascii": False})
