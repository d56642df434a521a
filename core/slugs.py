"""Slugs in plain ASCII, whatever the language of the title they come from.

A page address must read the same in a mail, a printed flyer and a browser's address bar:
``/fr/fiches-pratiques/proteger-ses-donnees/``, not ``prot%C3%A9ger-…``. Letters are transliterated
(``é`` → ``e``, ``ß`` → ``ss``, ``œ`` → ``oe``) by `anyascii <https://github.com/anyascii/anyascii>`_:
Wagtail itself depends on it (so it adds nothing to install), it is maintained, has no dependencies and
covers every script, where Django's ``slugify`` only drops accents and loses ``ß`` and ``œ``
(``Größe`` → ``groe``).

Where slugs are written:

- the admin forms (``WAGTAIL_ALLOW_UNICODE_SLUGS = False``): Wagtail's slug field transliterates the title
  as the editor types it, in the page's language; ``SlugInput`` below does the same when the editor types
  the slug itself (Wagtail's own field drops the letters it cannot keep), and ``TransliteratedSlugField``
  on the server for a slug posted without JavaScript;
- a translator's slug in wagtail-localize's editor (``editorial.signals``), and a translation written by
  ``core.translation``;
- the guide importer (``guides.importer``).
"""

from anyascii import anyascii
from django import forms
from django.utils.text import slugify
from wagtail.admin.widgets import SlugInput


def ascii_slug(text):
    """``text`` as a slug of lowercase ASCII letters, digits and hyphens: ``Größe prüfen`` → ``grosse-prufen``."""
    return slugify(anyascii(text or ""))


class TransliteratedSlugField(forms.SlugField):
    """A slug form field that transliterates a slug typed with accents instead of refusing it."""

    def to_python(self, value):
        value = super().to_python(value)
        return value if value.isascii() else ascii_slug(value)


class TransliteratingSlugInput(SlugInput):
    """Wagtail's slug input, transliterating (rather than dropping) accented letters when the field is left.

    Wagtail's ``w-slug`` controller runs ``slugify`` on blur, which keeps ASCII letters only when unicode
    slugs are off (``protéger`` → ``protger``); ``urlify``, which it runs on the title, transliterates.
    """

    # Letters Wagtail's transliteration table lacks (``l'œuvre`` became ``luvre``): replaced before it runs.
    LIGATURES = [("œ", "oe"), ("Œ", "Oe"), ("æ", "ae"), ("Æ", "Ae")]

    def __init__(self, attrs=None, **kwargs):
        kwargs.setdefault("formatters", self.LIGATURES)
        super().__init__(attrs, **kwargs)
        self.attrs["data-action"] = self.attrs["data-action"].replace("blur->w-slug#slugify", "blur->w-slug#urlify")


# The form field of every slug in the admin (pages and snippets).
SLUG_FORM_FIELD = {"form_class": TransliteratedSlugField, "widget": TransliteratingSlugInput}
