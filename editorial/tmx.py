"""The translation memory of a language pair as a TMX 1.4 file, for agencies' tools, and back.

An export holds every memory entry of the pair (``editorial.memory``): one ``<tu>`` with the French
``<tuv>`` and the translation's, the text exactly as the memory holds it (wagtail-localize's inline
tags, such as ``<a id="a1">``, stay as text, as in the PO and XLIFF files). An import reads the
file through ``core.uploads`` (defusedxml) and checks all of it before writing anything: a file
that is not TMX, lacks the pair's languages or has an empty segment is refused with the reason and
the unit's number; a good one adds its units to the memory (a French text already there gets the
file's translation).
"""

import xml.etree.ElementTree as ET
from xml.etree.ElementTree import ParseError

from django.db import transaction
from django.utils import timezone
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _

from core.uploads import UnsafeXML, parse_xml
from editorial.memory import store
from editorial.models import MemoryEntry

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


class TMXRefused(ValueError):
    """The file cannot be imported; ``str(error)`` explains why, in the user's language."""


def file_name(source_language, target_language):
    return f"jesuisfantastic-memory-{source_language}-{target_language}.tmx"


def export(source_language, target_language):
    """The memory of ``source_language`` → ``target_language`` as TMX 1.4 (bytes, UTF-8)."""
    root = ET.Element("tmx", {"version": "1.4"})
    ET.SubElement(
        root,
        "header",
        {
            "creationtool": "jesuisfantasTIC",
            "creationtoolversion": "1",
            "segtype": "block",
            "o-tmf": "wagtail-localize",
            "adminlang": "en",
            "srclang": source_language,
            "datatype": "html",
            "creationdate": timezone.now().strftime("%Y%m%dT%H%M%SZ"),
        },
    )
    body = ET.SubElement(root, "body")
    entries = MemoryEntry.objects.filter(source_language=source_language, target_language=target_language)
    for entry in entries.order_by("pk"):
        unit = ET.SubElement(
            body, "tu", {"tuid": str(entry.pk), "changedate": entry.updated_at.strftime("%Y%m%dT%H%M%SZ")}
        )
        ET.SubElement(unit, "prop", {"type": "x-origin"}).text = entry.origin
        for language, text in ((source_language, entry.source), (target_language, entry.target)):
            variant = ET.SubElement(unit, "tuv", {XML_LANG: language})
            ET.SubElement(variant, "seg").text = text
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _language(tag):
    return (tag or "").replace("_", "-").split("-")[0].casefold()


def _segment_text(segment):
    # Inline elements (<bpt>, <ept>, <ph>, <hi>…) hold the original markup or text: their text, in order.
    return "".join(segment.itertext())


def read(content, source_language, target_language):
    """[(French text, translation)] of a TMX file; TMXRefused, before anything is written, when it does not fit."""
    try:
        root = parse_xml(content, allow_doctype=True)
    except UnsafeXML as error:
        raise TMXRefused(str(error)) from error
    except (ParseError, ValueError) as error:
        raise TMXRefused(_("This file is not valid XML: %(error)s") % {"error": error}) from error
    if root.tag != "tmx" or root.find("body") is None:
        raise TMXRefused(_("This is not a TMX file (a <tmx> element with a <body> is expected)."))
    if not (root.get("version") or "").startswith("1.4"):
        raise TMXRefused(
            _("Only TMX 1.4 files are accepted; this one is version %(version)s.")
            % {"version": root.get("version") or "?"}
        )
    pairs = []
    for number, unit in enumerate(root.find("body").iter("tu"), start=1):
        texts = {}
        for variant in unit.findall("tuv"):
            language = _language(variant.get(XML_LANG) or variant.get("lang"))
            segment = variant.find("seg")
            if segment is not None:
                texts.setdefault(language, _segment_text(segment))
        for language in (source_language, target_language):
            if not texts.get(language, "").strip():
                raise TMXRefused(
                    _("Translation unit %(number)s has no text in this language: %(language)s.")
                    % {"number": number, "language": get_language_info(language)["name_translated"]}
                )
        pairs.append((texts[source_language], texts[target_language]))
    if not pairs:
        raise TMXRefused(_("This TMX file holds no translation unit."))
    return pairs


@transaction.atomic
def import_file(content, source_language, target_language):
    """Add the units of a TMX file to the memory of the pair; returns how many. TMXRefused changes nothing."""
    pairs = read(content, source_language, target_language)
    return store(source_language, target_language, pairs, MemoryEntry.Origin.TMX)
