"""Files for agencies: PO and XLIFF 1.2 round trips through review; mismatched files refused."""

import io
import zipfile

import polib
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from translate.storage import xliff
from wagtail_localize.models import StringTranslation

from tests.editorial.test_sync import approve, publish_source, target, translation_into

DUTCH = {
    "Sécuriser le Wi-Fi": "De wifi beveiligen",
    "wifi": "wifi-beveiligen",
    "Changez le mot de passe.": "Wijzig het wachtwoord.",
}


def export(client, translation, fmt):
    response = client.get(reverse("editorial:export", args=(translation.pk, fmt)))
    assert response.status_code == 200
    return response.content


def upload(client, translation, name, content):
    return client.post(
        reverse("editorial:import", args=(translation.pk,)), {"file": SimpleUploadedFile(name, content)}
    )


def po_filled(content, texts):
    po = polib.pofile(content.decode())
    for entry in po:
        if not entry.obsolete:  # earlier versions of the source, kept for reference
            entry.msgstr = texts[entry.msgid]
    return str(po).encode()


def xliff_filled(content, texts):
    """Translate as a CAT tool would, with translate-toolkit."""
    store = xliff.xlifffile.parsestring(content)
    for unit in store.getunits():
        if unit.istranslatable():
            unit.target = texts[unit.source]
            unit.markapproved(True)
    return bytes(store)


def assert_reviewed_and_published(client, users, guide):
    nl = target(guide, "nl")
    assert not nl.live  # only in review
    assert nl.workflow_in_progress
    approve(client, users["reviewer"], nl)
    nl = target(guide, "nl")
    assert nl.live and nl.title == "De wifi beveiligen" and nl.intro == "Wijzig het wachtwoord."


def test_po_round_trip_goes_through_review(guide, users, client):
    guide = publish_source(guide)
    translation = translation_into(guide, "nl")
    client.force_login(users["translator-nl"])
    content = export(client, translation, "po")
    assert polib.pofile(content.decode()).metadata["Language"] == "nl"
    response = upload(client, translation, "wifi-nl.po", po_filled(content, DUTCH))
    assert response.status_code == 302
    assert StringTranslation.objects.filter(locale__language_code="nl", data="De wifi beveiligen").get().tool_name
    assert_reviewed_and_published(client, users, guide)


def test_xliff_round_trip_goes_through_review(guide, users, client):
    guide = publish_source(guide)
    translation = translation_into(guide, "nl")
    client.force_login(users["translator-nl"])
    content = export(client, translation, "xliff")
    store = xliff.xlifffile.parsestring(content)
    assert store.getsourcelanguage() == "fr" and store.gettargetlanguage() == "nl"
    assert [unit.source for unit in store.getunits() if unit.istranslatable()] == list(DUTCH)
    response = upload(client, translation, "wifi-nl.xlf", xliff_filled(content, DUTCH))
    assert response.status_code == 302
    assert_reviewed_and_published(client, users, guide)


def test_a_file_for_another_page_is_refused_and_changes_nothing(guide, about, users, client):
    guide = publish_source(guide)
    client.force_login(users["translator-nl"])
    other = export(client, translation_into(about["fr"], "nl"), "po")
    before = StringTranslation.objects.count()
    response = upload(client, translation_into(guide, "nl"), "about.po", other)
    assert response.status_code == 200
    assert "Er werd niets geïmporteerd." in str(response.context["form"].errors)  # the translator's Dutch admin
    assert StringTranslation.objects.count() == before
    assert not target(guide, "nl").workflow_in_progress


def test_a_file_made_before_the_source_changed_is_refused(guide, users, client):
    guide = publish_source(guide)
    translation = translation_into(guide, "nl")
    client.force_login(users["translator-nl"])
    content = xliff_filled(export(client, translation, "xliff"), DUTCH)
    publish_source(guide, intro="Changez le mot de passe par défaut.")
    before = StringTranslation.objects.count()
    response = upload(client, translation, "wifi.xlf", content)
    assert response.status_code == 200
    errors = str(response.context["form"].errors)
    assert "Changez le mot de passe par défaut." in errors or "Changez le mot de passe." in errors
    assert StringTranslation.objects.count() == before


def test_bulk_files_for_everything_stale_or_missing(guide, about, users, client):
    guide = publish_source(guide)
    publish_source(about["fr"], intro="Le programme wallon.")  # the reviewed NL translation becomes stale
    client.force_login(users["translator-nl"])
    response = client.get(reverse("editorial:bulk_export", args=("nl", "po")))
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    titles = {polib.pofile(archive.read(name).decode()).metadata["X-Source-Title"] for name in archive.namelist()}
    assert titles == {"À propos"}  # the guide is in progress, not stale or missing

    texts = {"À propos": "Over ons", "a-propos": "over-ons", "Le programme wallon.": "Het Waalse programma."}
    bundle = io.BytesIO()
    with zipfile.ZipFile(bundle, "w") as out:
        for name in archive.namelist():
            out.writestr(name, po_filled(archive.read(name), texts))
    # one file in the bundle does not fit: nothing at all is imported
    with zipfile.ZipFile(bundle, "a") as out:
        out.writestr("stray.po", export(client, translation_into(guide, "nl"), "po").replace(b"wifi", b"wlan"))
    url = reverse("editorial:bulk_import", args=("nl",))
    response = client.post(url, {"file": SimpleUploadedFile("agency.zip", bundle.getvalue())})
    assert response.status_code == 200 and "stray.po" in str(response.context["form"].errors)
    assert not target(about["fr"], "nl").workflow_in_progress

    good = io.BytesIO()
    with zipfile.ZipFile(good, "w") as out:
        for name in archive.namelist():
            out.writestr(name, po_filled(archive.read(name), texts))
    response = client.post(url, {"file": SimpleUploadedFile("agency.zip", good.getvalue())})
    assert response.status_code == 302
    nl = target(about["fr"], "nl")
    assert nl.intro == "Het programma." and nl.workflow_in_progress  # live unchanged until approved
    approve(client, users["reviewer"], nl)
    assert target(about["fr"], "nl").intro == "Het Waalse programma."


def test_translators_cannot_fetch_files_of_another_language(guide, users, client):
    guide = publish_source(guide)
    client.force_login(users["translator-de"])
    response = client.get(reverse("editorial:export", args=(translation_into(guide, "nl").pk, "po")))
    assert response.status_code in (302, 403)
