from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The foundation every app may import: blocks, translation helpers, API endpoint base classes, shared
    abstract models, cache fragments, rate limits, tasks. It imports no app of the project."""

    name = "core"

    def ready(self):
        from core import fragments

        fragments.connect()  # publishing sets a new content version: cached fragments are recomputed
        # Connects core.endpoints.forget_sites: a site saved by any process (setup_site…) clears the API's
        # cached site lookup, whether or not that process ever loaded the API.
        from core import endpoints  # noqa: F401

        # Slugs typed in any admin form are transliterated to ASCII (core.slugs).
        self.transliterate_admin_slugs()

    def transliterate_admin_slugs(self):
        from django.db import models
        from wagtail.admin.forms.models import register_form_field_override

        from core.slugs import SLUG_FORM_FIELD

        register_form_field_override(models.SlugField, override=SLUG_FORM_FIELD)
