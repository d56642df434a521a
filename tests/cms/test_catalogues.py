"""Every UI string is translated into FR, NL and DE, and the compiled catalogues match."""

from pathlib import Path

import polib
import pytest
from django.conf import settings

CATALOGUES = sorted(Path(settings.BASE_DIR).glob("*/locale/*/LC_MESSAGES/django.po"))
# Corrections to upstream catalogues (LOCALE_PATHS), checked the same way.
CORRECTIONS = sorted(path for folder in settings.LOCALE_PATHS for path in Path(folder).glob("*/LC_MESSAGES/*.po"))


def test_every_app_has_its_three_catalogues():
    apps = {path.parts[-5] for path in CATALOGUES}
    assert {"cms", "home"} <= apps
    for app in apps:
        assert {p.parts[-3] for p in CATALOGUES if p.parts[-5] == app} == {"fr", "nl", "de"}, app


@pytest.mark.parametrize("po_path", CATALOGUES + CORRECTIONS, ids=lambda p: "/".join(p.parts[-5:-2] + (p.stem,)))
def test_catalogue_is_complete_and_compiled(po_path):
    po = polib.pofile(str(po_path))
    untranslated = [e.msgid for e in po if not e.obsolete and (not e.translated() or "fuzzy" in e.flags)]
    assert untranslated == [], f"untranslated in {po_path}"
    mo_path = po_path.with_suffix(".mo")
    assert mo_path.exists(), f"{mo_path} is not compiled: run `make messages`"
    compiled = {(e.msgctxt, e.msgid): e.msgstr or e.msgstr_plural for e in polib.mofile(str(mo_path))}
    for entry in po.translated_entries():
        assert compiled.get((entry.msgctxt, entry.msgid)) == (entry.msgstr or entry.msgstr_plural), (
            f"{mo_path} is out of date for {entry.msgid!r}: run `make messages`"
        )
