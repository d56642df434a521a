"""Reading uploaded XML and ZIP archives without letting a crafted file take the server down.

XML goes through ``defusedxml``: no DTD, so no entity expansion (billion laughs) and no external
entity, whatever the file's encoding (a check of the raw bytes for ``<!DOCTYPE`` misses a UTF-16
file). An archive's members are checked from its directory before anything is decompressed: their
total uncompressed size and their compression ratio are capped, which refuses a zip bomb without
inflating it. Python's ``zipfile`` never returns more bytes than a member's declared size, so the
declared sizes are the ones that count.
"""

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring
from django.utils.translation import gettext as _

#: Uncompressed bytes read from one archive, all members together.
MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024
#: Uncompressed size over compressed size of one member; text compresses ten to twenty times.
MAX_RATIO = 200


class UnsafeXML(ValueError):
    """The XML declares a DTD or entities; ``str(error)`` says so in the user's language."""


class ArchiveTooLarge(ValueError):
    """The archive would inflate beyond the limits; ``str(error)`` says so in the user's language."""


def parse_xml(content, allow_doctype=False):
    """The root element of ``content`` (bytes); UnsafeXML for a DTD or entities, ParseError when not XML.

    ``allow_doctype`` accepts a DOCTYPE that only names the format's DTD (TMX files from translation tools
    carry ``<!DOCTYPE tmx SYSTEM "tmx14.dtd">``); nothing is fetched, and entities stay refused.
    """
    try:
        return fromstring(content, forbid_dtd=not allow_doctype)
    except DefusedXmlException as error:
        raise UnsafeXML(_("XML files with a DOCTYPE or entities are not accepted.")) from error


def checked_members(archive, names=None):
    """The ZipInfo of ``names`` (every file by default), once their sizes are known to be safe to read."""
    infos = [archive.getinfo(name) for name in names] if names is not None else archive.infolist()
    infos = [info for info in infos if not info.is_dir()]
    total = sum(info.file_size for info in infos)
    bomb = any(info.file_size > MAX_RATIO * max(info.compress_size, 1) for info in infos)
    if total > MAX_UNCOMPRESSED_BYTES or bomb:
        raise ArchiveTooLarge(
            _("This archive is refused: once uncompressed it would exceed %(size)d MB or be a compression bomb.")
            % {"size": MAX_UNCOMPRESSED_BYTES // (1024 * 1024)}
        )
    return infos


def read_members(archive, names=None):
    """{name: bytes} of ``names`` (every file by default) of an open ZipFile, checked first."""
    return {info.filename: archive.read(info) for info in checked_members(archive, names)}
