"""Model fields with the project's defaults for the declarations the content apps repeat."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OptionalForeignKey(models.ForeignKey):
    """A link that may be empty (an image, a document, a page, a revision…) and empties when its target is
    deleted; no reverse accessor on the target unless ``related_name`` names one.

    Migrations see a plain ``ForeignKey`` (``deconstruct``): the defaults change no column.
    """

    def __init__(self, to, **kwargs):
        kwargs.setdefault("null", True)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("on_delete", models.SET_NULL)
        kwargs.setdefault("related_name", "+")
        super().__init__(to, **kwargs)

    def deconstruct(self):
        name, _path, args, kwargs = super().deconstruct()
        return name, "django.db.models.ForeignKey", args, kwargs


def intro_field(help_text="", max_length=500):
    """A page's ``intro``: the few sentences shown above its content (a list, a questionnaire, a body)."""
    return models.TextField(_("introduction"), blank=True, max_length=max_length, help_text=help_text)
