"""Agency files that would expand entities, read local files or inflate without end are refused;
XLIFF exports tell agency tools which units reviewers approved."""

import io
import zipfile

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from translate.storage import xliff
from wagtail_localize.models import StringTranslation

from core.uploads import MAX_UNCOMPRESSED_BYTES
from tests.editorial.test_files import DUTCH, export, upload, xliff_filled
from tests.editorial.test_sync import approve, publish_source, target, translation_into

BILLION_LAUGHS = """<?xml version="1.0" encoding="UTF-16"?>
<!DOCTYPE xliff [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
 <file original="{uuid}" source-language="fr" target-language="nl" datatype="plaintext"><body>
  <trans-unit id="1" resname="title"><source>Sécuriser le Wi-Fi</source><target>&lol4;</target></trans-unit>
 </body></file>
</xliff>"""

EXTERNAL_ENTITY = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE xliff [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
 <file original="{uuid}" source-language="fr" target-language="nl" datatype="plaintext"><body>
  <trans-unit id="1" resname="title"><source>Sécuriser le Wi-Fi</source><target>&secret;</target></trans-unit>
 </body></file>
</xliff>"""

# The Dutch translator's admin is in Dutch.
REFUSED = "XLIFF-bestanden met een DOCTYPE of entiteiten worden niet aanvaard."


def refused_upload(client, translation, name, content):
    before = StringTranslation.objects.count()
    response = upload(client, translation, name, content)
    assert response.status_code == 200
    assert StringTranslation.objects.count() == before
    return str(response.context["form"].errors)


def test_a_utf16_billion_laughs_xliff_is_refused_and_nothing_is_stored(guide, users, client):
    guide = publish_source(guide)
    translation = translation_into(guide, "nl")
    client.force_login(users["translator-nl"])
    content = BILLION_LAUGHS.format(uuid=translation.uuid).encode("utf-16")
    assert b"<!DOCTYPE" not in content  # what the old byte check looked for

    assert REFUSED in refused_upload(client, translation, "wifi-nl.xlf", content)
    assert not target(guide, "nl").workflow_in_progress


def test_an_xliff_reading_a_local_file_is_refused(guide, users, client):
    guide = publish_source(guide)
    translation = translation_into(guide, "nl")
    client.force_login(users["translator-nl"])
    content = EXTERNAL_ENTITY.format(uuid=translation.uuid).encode()

    errors = refused_upload(client, translation, "wifi-nl.xlf", content)
    assert REFUSED in errors and "root:" not in errors


def zip_bomb(name, size=MAX_UNCOMPRESSED_BYTES + 1024 * 1024):
    """A small archive holding one member that inflates to ``size`` bytes of spaces."""
    buffer = io.BytesIO()
    chunk = b" " * (1024 * 1024)
    with (
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open(name, "w", force_zip64=True) as member,
    ):
        for _ in range(size // len(chunk)):
            member.write(chunk)
    return buffer.getvalue()


def test_a_zip_bomb_bundle_is_refused_before_it_is_inflated(guide, users, client):
    guide = publish_source(guide)
    client.force_login(users["translator-nl"])
    bomb = zip_bomb("wifi-nl.xlf")
    assert len(bomb) < 1024 * 1024

    before = StringTranslation.objects.count()
    response = client.post(
        reverse("editorial:bulk_import", args=("nl",)), {"file": SimpleUploadedFile("agency.zip", bomb)}
    )

    assert response.status_code == 200
    assert "Dit archief wordt geweigerd" in str(response.context["form"].errors)
    assert StringTranslation.objects.count() == before


def units(content):
    store = xliff.xlifffile.parsestring(content)
    return {unit.source: unit for unit in store.getunits() if unit.istranslatable()}


def test_an_exported_xliff_marks_the_reviewed_units_approved_for_agency_tools(guide, users, client):
    guide = publish_source(guide)
    translation = translation_into(guide, "nl")
    client.force_login(users["translator-nl"])
    upload(client, translation, "wifi-nl.xlf", xliff_filled(export(client, translation, "xliff"), DUTCH))
    client.force_login(users["translator-nl"])
    in_review = units(export(client, translation, "xliff"))
    # Translated but not reviewed yet: nothing is approved.
    assert not any(unit.isapproved() for unit in in_review.values())
    approve(client, users["reviewer"], target(guide, "nl"))

    client.force_login(users["translator-nl"])
    reviewed = units(export(client, translation, "xliff"))
    assert all(unit.isapproved() and not unit.isfuzzy() for unit in reviewed.values())
    assert {unit.target for unit in reviewed.values()} == set(DUTCH.values())

    # A translator changes one string: that unit waits for review again, the others stay approved.
    changed = {**DUTCH, "Changez le mot de passe.": "Verander het wachtwoord."}
    upload(client, translation, "wifi-nl.xlf", xliff_filled(export(client, translation, "xliff"), changed))
    after = units(export(client, translation, "xliff"))
    assert not after["Changez le mot de passe."].isapproved()
    assert after["Sécuriser le Wi-Fi"].isapproved()
