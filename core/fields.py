"""Model fields with the project's defaults for the declarations the content apps repeat."""

from django.db import models


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
