"""The builders of the API's JSON shapes write what the OpenAPI document has always said, keys in its order."""

import json

from core.api_schema import array_of, nullable, obj

IMAGE = {"type": "object", "properties": {"id": {"type": "integer"}}}


def test_an_object_lists_its_properties_in_order_with_type_names_spelled_out():
    schema = obj({"id": "integer", "type": "string", "description": "string", "logo": IMAGE}, "A partner.")

    assert json.dumps(schema) == json.dumps(
        {
            "type": "object",
            "description": "A partner.",
            "properties": {
                "id": {"type": "integer"},
                "type": {"type": "string"},
                "description": {"type": "string"},
                "logo": IMAGE,
            },
        }
    )
    assert schema["properties"]["logo"] is IMAGE


def test_required_properties_come_last_and_no_description_means_none():
    schema = obj({"message": "string", "code": {"type": "string", "enum": ["closed"]}}, required=("message",))

    assert list(schema) == ["type", "properties", "required"]
    assert schema["required"] == ["message"]
    assert schema["properties"]["code"] == {"type": "string", "enum": ["closed"]}


def test_an_array_gives_its_description_before_its_items():
    assert json.dumps(array_of("string")) == json.dumps({"type": "array", "items": {"type": "string"}})
    assert json.dumps(array_of(IMAGE, "The slides.")) == json.dumps(
        {"type": "array", "description": "The slides.", "items": IMAGE}
    )


def test_nullable_comes_right_after_the_type():
    assert json.dumps(nullable("number")) == json.dumps({"type": "number", "nullable": True})
    assert json.dumps(nullable(obj({"id": "integer"}, "An image."))) == json.dumps(
        {"type": "object", "nullable": True, "description": "An image.", "properties": {"id": {"type": "integer"}}}
    )
    assert IMAGE == {"type": "object", "properties": {"id": {"type": "integer"}}}
