"""The JSON shapes of the API's representations, as the OpenAPI document publishes them (``cms/openapi.py``).

Each app declares the shape of its representations next to their code (drf-spectacular's
``extend_schema_field``), written with these builders as properties and a description::

    GUIDE_LINK_SCHEMA = obj({"id": "integer", "title": "string", "html_url": "string"}, "A guide in a page.")

A property, or an array's items, is a JSON type name for a plain value (``"integer"`` stands for
``{"type": "integer"}``) or a schema. The keys of what they build come in the document's order: ``type``,
``nullable``, ``description``, then ``properties`` or ``items``, then ``required``.

Every endpoint answers its errors in one shape, ``{"message": …}`` (``core.endpoints.error_response``):
the document's ``Error`` component (``ERROR_SCHEMA``), which a response refers to as ``ERROR``.
"""


def schema(value):
    """A property's schema: ``{"type": value}`` for a type name, else ``value`` itself (a schema)."""
    return {"type": value} if isinstance(value, str) else value


def obj(properties, description=None, required=None):
    """An object with ``properties`` (name: type name or schema, in order) and ``required`` ones."""
    result = {"type": "object"}
    if description:
        result["description"] = description
    result["properties"] = {name: schema(value) for name, value in properties.items()}
    if required is not None:
        result["required"] = list(required)
    return result


def array_of(items, description=None):
    """An array of ``items`` (a type name or a schema)."""
    result = {"type": "array"}
    if description:
        result["description"] = description
    result["items"] = schema(items)
    return result


def nullable(value):
    """``value`` (a type name, or a schema with a ``type``) or null."""
    result = schema(value)
    return {"type": result["type"], "nullable": True, **result}


ERROR_SCHEMA = obj({"message": "string"}, required=["message"])
ERROR = {"$ref": "#/components/schemas/Error"}


def json_response(description, schema):
    """A response of the document: its ``description`` and a JSON body of ``schema``."""
    return {"description": description, "content": {"application/json": {"schema": schema}}}


THROTTLED = json_response("Too many requests: wait for the number of seconds in ``Retry-After``.", ERROR)
# Answered by the HTTP server before the application (gunicorn's limit_request_line, a proxy's header buffer):
# no JSON body. Every operation may get it, as every one may be throttled.
URI_TOO_LONG = {
    "description": (
        "The request line (address and query string) is longer than the HTTP server takes: 4,094 bytes with "
        "gunicorn. Answered by the server, without a JSON body; send fewer or shorter parameters."
    )
}
