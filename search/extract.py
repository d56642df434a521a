"""The text inside slides and other documents, for the search index.

PDF through pypdf; PowerPoint (.pptx) and OpenDocument (.odp, .odt) slides
are zip files of XML, read through ``core.uploads`` (defusedxml; the members'
uncompressed sizes are checked before inflating them). Extraction is bounded
(pages, characters, file size) and a document that cannot be read is indexed
by its title only. The text of a file is cached by its hash: a rebuild does
not read every file again.
"""

import logging
import re
import zipfile

from django.core.cache import cache

from core.uploads import parse_xml, read_members

logger = logging.getLogger(__name__)

MAX_PAGES = 100
MAX_CHARS = 50_000
MAX_BYTES = 50 * 1024 * 1024
CACHE_SECONDS = 7 * 24 * 3600


def document_text(document):
    """The text of a Wagtail document's file, or "" when it has none or cannot be read."""
    name = (getattr(document.file, "name", "") or "").lower()
    extension = name.rsplit(".", 1)[-1] if "." in name else ""
    reader = READERS.get(extension)
    if reader is None:
        return ""
    key = f"search:document-text:{document.file_hash or document.pk}:{document.file_size or 0}"
    text = cache.get(key)
    if text is not None:
        return text
    try:
        if document.file_size and document.file_size > MAX_BYTES:
            raise ValueError(f"larger than {MAX_BYTES} bytes")
        with document.file.open("rb") as stream:
            text = reader(stream)
    except Exception as error:  # a broken or missing file must not stop publishing
        logger.warning("no text from the document %s (%s): %s", document.pk, name, error)
        return ""
    text = " ".join(text.split())[:MAX_CHARS]
    cache.set(key, text, CACHE_SECONDS)
    return text


def pdf_text(stream):
    from pypdf import PdfReader

    reader = PdfReader(stream)
    parts, length = [], 0
    for page in reader.pages[:MAX_PAGES]:
        text = page.extract_text() or ""
        parts.append(text)
        length += len(text)
        if length >= MAX_CHARS:
            break
    return "\n".join(parts)


def _xml_text(archive, names, paragraph_tags):
    parts = []
    for content in read_members(archive, names).values():
        root = parse_xml(content)
        for element in root.iter():
            if element.tag.rsplit("}", 1)[-1] in paragraph_tags:
                text = "".join(element.itertext()).strip()
                if text:
                    parts.append(text)
    return "\n".join(parts)


def pptx_text(stream):
    with zipfile.ZipFile(stream) as archive:
        slides = [name for name in archive.namelist() if re.fullmatch(r"ppt/slides/slide\d+\.xml", name)]
        slides.sort(key=lambda name: int(re.search(r"(\d+)\.xml$", name).group(1)))
        return _xml_text(archive, slides[:MAX_PAGES], {"p"})


def odf_text(stream):
    with zipfile.ZipFile(stream) as archive:
        return _xml_text(archive, ["content.xml"], {"p", "h"})


READERS = {"pdf": pdf_text, "pptx": pptx_text, "odp": odf_text, "odt": odf_text}
