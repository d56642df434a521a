"""The glossary: how French terms are rendered in Dutch and German, checked in every translation.

Its terms are the managed list (the ``GlossaryTerm`` snippet: "facture électronique" → "e-factuur" /
"E-Rechnung") and, automatically, the names of the objects listed in ``EDITORIAL_GLOSSARY_NAMES``
(themes, sectors, partners): a French name and the name of its translation, once a reviewer published it
(objects without drafts count as published when saved). A managed term wins over a name spelled the same.

A segment whose French text contains a term and whose translation lacks its rendering is flagged
(``flags``) beside the translation editor; the machine pre-fill gives the terms to DeepL as a glossary
(``editorial.deepl``). Matching ignores case and lets a word end differently by a few letters (plurals
and inflections: "factures électroniques", "e-facturen"), but not more: "facture" does not match "facturation".
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from django.apps import apps
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.models import DraftStateMixin

from editorial.memory import plain
from editorial.models import GlossaryTerm
from editorial.roles import source_language


@dataclass(frozen=True)
class Term:
    french: str
    rendering: str
    origin: str
    note: str = ""

    @property
    def pattern(self):
        return term_pattern(self.french)

    def found_in(self, text):
        return term_pattern(self.french).search(plain(text)) is not None

    def rendered_in(self, text):
        return term_pattern(self.rendering).search(plain(text)) is not None


def _word(word):
    # Long words may change their last two letters and take up to four (facture/factures, factuur/facturen).
    if len(word) > 5:
        return re.escape(word[:-2]) + r"\w{0,4}"
    return re.escape(word) + r"\w{0,2}"


@lru_cache(maxsize=4096)
def term_pattern(term):
    words = term.split()
    return re.compile(r"(?<!\w)" + r"\s+".join(_word(word) for word in words) + r"(?!\w)", re.IGNORECASE)


def _names(language):
    """Terms from the names of ``EDITORIAL_GLOSSARY_NAMES``' objects: French name → reviewed translated name."""
    terms = []
    for label, field in getattr(settings, "EDITORIAL_GLOSSARY_NAMES", {}).items():
        try:
            model = apps.get_model(label)
        except LookupError:
            continue
        published = {"live": True} if issubclass(model, DraftStateMixin) else {}
        french = dict(
            model.objects.filter(locale__language_code=source_language(), **published).values_list(
                "translation_key", field
            )
        )
        translated = model.objects.filter(
            locale__language_code=language, translation_key__in=french, **published
        ).values_list("translation_key", field)
        origin = str(model._meta.verbose_name)
        terms.extend(Term(french[key], name, origin) for key, name in translated if french[key] and name)
    return terms


def terms(language):
    """Every glossary term that has a rendering in ``language``, managed terms first."""
    found, seen = [], set()
    origin = str(_("glossary"))
    managed = [Term(term.french, term.rendering(language), origin, term.note) for term in GlossaryTerm.objects.all()]
    for term in managed + _names(language):
        if term.rendering and term.french.casefold() not in seen:
            seen.add(term.french.casefold())
            found.append(term)
    return found


def flags(source, translation, glossary):
    """The terms of ``glossary`` that ``source`` contains and ``translation`` does not render."""
    if not translation:
        return []
    return [term for term in glossary if term.found_in(source) and not term.rendered_in(translation)]
