"""The API shape of the themes and sectors a page links to, in the page's language.

Every page type's ``api_fields`` use these with the page's ``Localized``
attribute as source (``taxonomy.localization``): one JSON shape
(``Term.api_representation``) and one language rule everywhere.
"""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from core.api_schema import array_of
from taxonomy.models import TERM_SCHEMA


@extend_schema_field(array_of(TERM_SCHEMA))
class TermsField(serializers.ReadOnlyField):
    """Themes or sectors (``source``: a ``Localized`` list, e.g. ``localized_themes``)."""

    def to_representation(self, terms):
        return [term.api_representation() for term in terms]


@extend_schema_field(TERM_SCHEMA)
class TermField(serializers.ReadOnlyField):
    """One theme or sector (``source``: a ``Localized`` foreign key, e.g. ``localized_sector``)."""

    def to_representation(self, term):
        return term.api_representation()
