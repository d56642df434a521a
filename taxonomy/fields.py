"""A page's themes and sectors: links to the vocabulary, with the project's defaults."""

from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField


class TermsLinkField(ParentalManyToManyField):
    """Optional links from a page to terms (``term_model``), saved with the page's revisions (``Parental``);
    no reverse accessor on the terms unless ``related_name`` names one.

    Migrations see a plain ``ParentalManyToManyField`` (``deconstruct``): the defaults change no table.
    """

    term_model = None
    default_verbose_name = None

    def __init__(self, **kwargs):
        kwargs.setdefault("to", self.term_model)
        kwargs.setdefault("verbose_name", self.default_verbose_name)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("related_name", "+")
        super().__init__(**kwargs)

    def deconstruct(self):
        name, _path, args, kwargs = super().deconstruct()
        return name, "modelcluster.fields.ParentalManyToManyField", args, kwargs


class ThemesField(TermsLinkField):
    term_model = "taxonomy.Theme"
    default_verbose_name = _("themes")


class SectorsField(TermsLinkField):
    term_model = "taxonomy.Sector"
    default_verbose_name = _("sectors")
