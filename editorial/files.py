"""Translation files for agencies: PO and XLIFF 1.2, per translation and in bulk.

An export holds every translatable segment of the current French source with
the translation made so far. An import is checked against the current source
first: a file made for another page or language, or from a source that has
changed since (segments added, changed or removed), is refused with an
explanation and nothing is written. A file that matches is recorded as the
translators' strings and the translation is sent to review: nothing is
published by an import.

wagtail-localize has PO files (``Translation.export_po`` / ``import_po``) but
its import silently ignores a file for another translation and skips unknown
segments (it returns warnings), so both formats go through ``check`` here.
XLIFF 1.2 is written with the standard library and read through ``core.uploads``
(defusedxml; ZIP bundles are size-checked before they are inflated). A unit whose
translation is the one reviewers approved (the live target's text) is exported
``approved="yes"`` with ``state="final"``, so agency tools do not count it as
fuzzy or to be reviewed again.
"""

import io
import re
import xml.etree.ElementTree as ET
import zipfile
from collections import defaultdict

import polib
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail_localize.models import String, StringSegment, StringTranslation, Translation

from core.translation import reviewed_texts
from core.uploads import ArchiveTooLarge, UnsafeXML, parse_xml, read_members
from editorial.review import submit_for_review

XLIFF_NS = "urn:oasis:names:tc:xliff:document:1.2"
FORMATS = {"po": ("text/x-gettext-translation", "po"), "xliff": ("application/x-xliff+xml", "xlf")}


class ImportRefused(ValueError):
    """The file does not fit the current source; ``str(error)`` explains why, in the user's language."""


def segments(translation):
    """[(place, French text, current translation or "")] of the current source, in order."""
    rows = (
        StringSegment.objects.filter(source=translation.source)
        .order_by("order")
        .select_related("context", "string")
        .annotate_translation(translation.target_locale, include_errors=True)
    )
    return [(row.context.path, row.string.data, row.translation or "") for row in rows]


def file_name(translation, fmt):
    title = slugify(translation.source.object_repr)[:60] or "translation"
    return f"{title}-{translation.target_locale.language_code}-{translation.uuid}.{FORMATS[fmt][1]}"


def export_po(translation):
    po = translation.export_po()
    po.metadata["Language"] = translation.target_locale.language_code
    po.metadata["X-Source-Language"] = translation.source.locale.language_code
    po.metadata["X-Source-Title"] = translation.source.object_repr
    return str(po).encode("utf-8")


def export_xliff(translation):
    ET.register_namespace("", XLIFF_NS)
    root = ET.Element(f"{{{XLIFF_NS}}}xliff", {"version": "1.2"})
    file = ET.SubElement(
        root,
        f"{{{XLIFF_NS}}}file",
        {
            "original": str(translation.uuid),
            "source-language": translation.source.locale.language_code,
            "target-language": translation.target_locale.language_code,
            "datatype": "plaintext",
            "product-name": "jesuisfantasTIC",
        },
    )
    header = ET.SubElement(file, f"{{{XLIFF_NS}}}header")
    ET.SubElement(header, f"{{{XLIFF_NS}}}note").text = translation.source.object_repr
    body = ET.SubElement(file, f"{{{XLIFF_NS}}}body")
    reviewed = reviewed_texts(translation)
    seen = defaultdict(int)
    for number, (place, source, target) in enumerate(segments(translation), start=1):
        approved = bool(target) and reviewed.get((place, seen[place])) == target
        seen[place] += 1
        unit = ET.SubElement(
            body,
            f"{{{XLIFF_NS}}}trans-unit",
            {
                "id": str(number),
                "resname": place,
                "approved": "yes" if approved else "no",
                "{http://www.w3.org/XML/1998/namespace}space": "preserve",
            },
        )
        ET.SubElement(unit, f"{{{XLIFF_NS}}}source").text = source
        state = "final" if approved else "translated" if target else "needs-translation"
        target_element = ET.SubElement(unit, f"{{{XLIFF_NS}}}target", {"state": state})
        target_element.text = target
        ET.SubElement(unit, f"{{{XLIFF_NS}}}note").text = place
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def export(translation, fmt):
    return export_po(translation) if fmt == "po" else export_xliff(translation)


def parse_po(content):
    """(translation uuid, [(place, French text, translation)]) of a PO file."""
    try:
        po = polib.pofile(content.decode("utf-8"))
    except (UnicodeDecodeError, OSError, ValueError) as error:
        raise ImportRefused(_("This is not a PO file this site can read (%(error)s).") % {"error": error}) from error
    entries = [(entry.msgctxt or "", entry.msgid, entry.msgstr) for entry in po if not entry.obsolete]
    return po.metadata.get("X-WagtailLocalize-TranslationID", ""), entries


def _text(element):
    """The text of an XLIFF <source>/<target>, inline markup a CAT tool may have added included as text."""
    if element is None:
        return ""
    return (element.text or "") + "".join(ET.tostring(child, encoding="unicode") for child in element)


def parse_xliff(content):
    """(translation uuid, [(place, French text, translation)]) of an XLIFF 1.2 file."""
    try:
        root = parse_xml(content)
    except UnsafeXML as error:
        raise ImportRefused(_("XLIFF files with a DOCTYPE or entities are not accepted.")) from error
    except ET.ParseError as error:
        raise ImportRefused(
            _("This is not an XLIFF file this site can read (%(error)s).") % {"error": error}
        ) from error
    ns = {"x": XLIFF_NS}
    files = root.findall("x:file", ns)
    if root.tag != f"{{{XLIFF_NS}}}xliff" or len(files) != 1:
        raise ImportRefused(_("This is not an XLIFF 1.2 file with one translated document."))
    entries = []
    for unit in files[0].iter(f"{{{XLIFF_NS}}}trans-unit"):
        target = unit.find("x:target", ns)
        entries.append((unit.get("resname", ""), _text(unit.find("x:source", ns)), _text(target)))
    return files[0].get("original", ""), entries


def parse(content, fmt):
    return parse_po(content) if fmt == "po" else parse_xliff(content)


def format_of(filename):
    name = filename.lower()
    if name.endswith(".po"):
        return "po"
    if name.endswith((".xlf", ".xliff")):
        return "xliff"
    return None


def check(translation, uuid, entries):
    """Refuse a file that does not fit ``translation``'s current source; returns nothing."""
    if uuid != str(translation.uuid):
        raise ImportRefused(
            _(
                "This file is for another page, snippet or language, not for “%(title)s” in %(language)s. "
                "Nothing was imported."
            )
            % {"title": translation.source.object_repr, "language": translation.target_locale.get_display_name()}
        )
    expected = {(place, source) for place, source, _target in segments(translation)}
    found = {(place, source) for place, source, _target in entries}
    if expected != found:
        changed = sorted(expected - found)
        unknown = sorted(found - expected)
        example = (changed or unknown)[0][1][:80]
        raise ImportRefused(
            _(
                "The French text of “%(title)s” has changed since this file was exported: "
                "%(missing)s segment(s) of the current text are not in the file and %(unknown)s segment(s) "
                "of the file are no longer in the text (for example “%(example)s”). Nothing was imported: "
                "export a new file."
            )
            % {
                "title": translation.source.object_repr,
                "missing": len(changed),
                "unknown": len(unknown),
                "example": example,
            }
        )


def apply(translation, entries, user, tool_name):
    """Record the file's translations as human translations; returns how many strings changed."""
    contexts = {
        segment.context.path: segment.context
        for segment in StringSegment.objects.filter(source=translation.source).select_related("context")
    }
    changed = 0
    for place, source, target in entries:
        if not target:
            continue
        string = String.objects.get(locale=translation.source.locale, data_hash=String._get_data_hash(source))
        record, created = StringTranslation.objects.get_or_create(
            translation_of=string,
            locale=translation.target_locale,
            context=contexts[place],
            defaults={
                "data": target,
                "translation_type": "manual",
                "tool_name": tool_name,
                "last_translated_by": user,
            },
        )
        if not created and (record.data != target or record.translation_type != "manual"):
            record.data = target
            record.translation_type = "manual"
            record.tool_name = tool_name
            record.last_translated_by = user
            record.has_error = False
            record.save()
        changed += 1
    return changed


@transaction.atomic
def import_file(translation, content, fmt, user):
    """Check and import one file, then send the translation to review; returns the target."""
    uuid, entries = parse(content, fmt)
    check(translation, uuid, entries)
    apply(translation, entries, user, tool_name=_("%(format)s file") % {"format": fmt.upper()})
    return submit_for_review(translation, user)


def bulk_export(translations, fmt):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for translation in translations:
            archive.writestr(file_name(translation, fmt), export(translation, fmt))
    return buffer.getvalue()


def read_bundle(upload_name, content):
    """[(file name, format, bytes)] of an uploaded file or ZIP archive of files."""
    if upload_name.lower().endswith(".zip"):
        try:
            with zipfile.ZipFile(io.BytesIO(content)) as archive:
                return [(name, format_of(name), data) for name, data in read_members(archive).items()]
        except ArchiveTooLarge as error:
            raise ImportRefused(str(error)) from error
        except zipfile.BadZipFile as error:
            raise ImportRefused(_("This ZIP archive cannot be read.")) from error
    return [(upload_name, format_of(upload_name), content)]


@transaction.atomic
def bulk_import(language, upload_name, content, user, can_translate):
    """Import every file of a bundle for ``language``, or none: returns the imported translations.

    Raises ImportRefused listing every file that does not fit; nothing is written then.
    """
    problems, ready = [], []
    for name, fmt, data in read_bundle(upload_name, content):
        try:
            if fmt is None:
                raise ImportRefused(_("Only .po, .xlf and .xliff files can be imported."))
            uuid, entries = parse(data, fmt)
            translation = (
                Translation.objects.filter(uuid=uuid, target_locale__language_code=language)
                .select_related("source", "target_locale")
                .first()
                if _is_uuid(uuid)
                else None
            )
            if translation is None:
                raise ImportRefused(_("This file is not a translation into this language of anything on this site."))
            if not can_translate(translation):
                raise ImportRefused(
                    _("You may not translate “%(title)s”.") % {"title": translation.source.object_repr}
                )
            check(translation, uuid, entries)
            ready.append((translation, entries, fmt))
        except ImportRefused as error:
            problems.append(f"{name}: {error}")
    if problems:
        raise ImportRefused(" ".join(problems))
    for translation, entries, fmt in ready:
        apply(translation, entries, user, tool_name=_("%(format)s file") % {"format": fmt.upper()})
        submit_for_review(translation, user)
    return [translation for translation, _entries, _fmt in ready]


def _is_uuid(value):
    return bool(re.fullmatch(r"[0-9a-fA-F-]{32,36}", value or ""))
