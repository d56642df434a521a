"""The helpers model declarations share: ``translated``/``synchronized`` lists and ``FieldErrorsMixin``."""

import pytest
from django.core.exceptions import ValidationError
from wagtail_localize.fields import SynchronizedField, TranslatableField

from agenda.models import SeminarPage
from core.models import FieldErrorsMixin
from core.translation import PAGE_TRANSLATABLE_FIELDS, synchronized, translated
from taxonomy.models import Theme
from testimonials.models import TestimonialPage


def declared(fields):
    """(kind, name, overridable) of each field; only a synchronised field can be overridable."""
    return [(type(field).__name__, field.field_name, getattr(field, "overridable", None)) for field in fields]


def test_translated_and_synchronized_keep_the_order_given():
    fields = translated("summary", "body") + synchronized("themes", "level") + translated("speakers")
    assert declared(fields) == [
        ("TranslatableField", "summary", None),
        ("TranslatableField", "body", None),
        ("SynchronizedField", "themes", True),
        ("SynchronizedField", "level", True),
        ("TranslatableField", "speakers", None),
    ]


def test_synchronized_passes_its_options_to_each_field():
    assert [field.overridable for field in synchronized("slug", "code", overridable=False)] == [False, False]
    assert declared(Theme.translatable_fields)[-1] == ("SynchronizedField", "slug", False)


def test_page_declarations_list_the_fields_in_the_editor_order():
    """wagtail-localize extracts a page's strings in the order of its ``translatable_fields``."""
    assert SeminarPage.translatable_fields == PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("summary"),
        TranslatableField("description"),
        TranslatableField("speakers"),
        *(SynchronizedField(name) for name in ("kind", "status", "start", "end", "venue", "online_link")),
        *(SynchronizedField(name) for name in ("spoken_language", "capacity", "registration_deadline")),
        *(SynchronizedField(name) for name in ("themes", "sectors", "presentations")),
        TranslatableField("sponsor"),
    ]
    assert [field.field_name for field in TestimonialPage.translatable_fields[4:]] == [
        "role",
        "town",
        "pull_quote",
        "transcript",
        "person_name",
        "company",
        "sector",
        "video_url",
        "video_file",
        "poster",
        "captions",
        "themes",
        "related_guides",
    ]


class Base:
    def clean(self):
        self.base_checked = True


class Checked(FieldErrorsMixin, Base):
    def __init__(self, *errors):
        self.errors = errors

    def field_errors(self):
        yield from self.errors


def test_no_error_raises_nothing_after_the_other_bases_checked():
    checked = Checked()
    checked.clean()
    assert checked.base_checked


def test_every_error_is_raised_at_once_on_its_field():
    checked = Checked(("end", "Ends too soon."), ("venue", "No venue."), ("end", "Ends before it starts."))
    with pytest.raises(ValidationError) as raised:
        checked.clean()
    assert raised.value.message_dict == {"end": ["Ends before it starts."], "venue": ["No venue."]}
    assert checked.base_checked
