"""A slide file built to inflate without end is refused before it is inflated, and indexed by its title."""

import io
import zipfile

import pytest
from django.core.files.base import ContentFile

from core.uploads import MAX_UNCOMPRESSED_BYTES, ArchiveTooLarge
from search.extract import document_text, odf_text, pptx_text
from tests.editorial.test_files_safety import zip_bomb
from tests.factories import DocumentFactory

ENTITY_SLIDE = b"""<?xml version="1.0"?>
<!DOCTYPE p [<!ENTITY ha "ha"><!ENTITY haha "&ha;&ha;&ha;&ha;&ha;&ha;&ha;&ha;">]>
<p:sld xmlns:p="p" xmlns:a="a"><a:p>&haha;&haha;&haha;&haha;</a:p></p:sld>"""


def test_a_zip_bomb_presentation_is_refused_before_it_is_inflated():
    with pytest.raises(ArchiveTooLarge):
        pptx_text(io.BytesIO(zip_bomb("ppt/slides/slide1.xml")))
    with pytest.raises(ArchiveTooLarge):
        odf_text(io.BytesIO(zip_bomb("content.xml", size=MAX_UNCOMPRESSED_BYTES // 4)))  # by its ratio


def test_slides_that_declare_entities_are_not_expanded_into_the_index(db):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("ppt/slides/slide1.xml", ENTITY_SLIDE)
    document = DocumentFactory(file=ContentFile(buffer.getvalue(), name="slides.pptx"))
    document._set_document_file_metadata()
    assert document_text(document) == ""
