"""The memory as TMX 1.4 files for agencies, read and written by translate-toolkit as their tools would."""

from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from translate.storage.tmx import tmxfile
from wagtail.users.models import UserProfile

from editorial import memory
from editorial.models import MemoryEntry
from tests.editorial.test_permissions import refused

# Quotes of every kind, entities as wagtail-localize stores them, inline tags, emoji.
DUTCH = [
    ('Sécurisez l\'accès : « mot de passe » &amp; "2FA" 🔐', 'Beveilig de toegang: ‘wachtwoord’ &amp; "2FA" 🔐'),
    ('Lisez <a id="a1">le guide</a> &lt;gratuit&gt; 📘', 'Lees <a id="a1">de gids</a> &lt;gratis&gt; 📘'),
]
GERMAN = [("La facture électronique 🧾 « simple »", "Die E-Rechnung 🧾 „einfach“ & schnell")]


@pytest.fixture
def remembered(site):
    memory.store("fr", "nl", DUTCH, MemoryEntry.Origin.SITE)
    memory.store("fr", "de", [("Bonjour", "Guten Tag")], MemoryEntry.Origin.SITE)


def pairs(language):
    entries = MemoryEntry.objects.filter(source_language="fr", target_language=language)
    return dict(entries.values_list("source", "target"))


def upload(client, language, content, name="agency.tmx"):
    return client.post(
        reverse("editorial:memory_import", args=(language,)), {"file": SimpleUploadedFile(name, content)}
    )


def agency_file(units, source="fr", target="de"):
    """A TMX file written by translate-toolkit, as an agency's tool would."""
    store = tmxfile(sourcelanguage=source, targetlanguage=target)
    for french, translation in units:
        store.addsourceunit(french).settarget(translation)
    return bytes(store)


def test_the_export_reads_back_unchanged_in_translate_toolkit(remembered, users, client):
    client.force_login(users["translator-nl"])
    response = client.get(reverse("editorial:memory_export", args=("nl",)))
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="jesuisfantastic-memory-fr-nl.tmx"'
    store = tmxfile(BytesIO(response.content))
    read = {unit.source: unit.target for unit in store.units}
    assert read == pairs("nl") and set(DUTCH) <= set(read.items())
    assert b'version="1.4"' in response.content and b'srclang="fr"' in response.content
    assert "Guten Tag" not in read.values()  # one language pair per file


def test_a_file_written_by_translate_toolkit_is_imported_unchanged(site, users, client):
    client.force_login(users["translator-de"])
    response = upload(client, "de", agency_file(GERMAN))
    assert response.status_code == 302
    entry = MemoryEntry.objects.get(source=GERMAN[0][0], target_language="de")
    assert (entry.target, entry.origin) == (GERMAN[0][1], "tmx")
    # And it goes out again as it came in.
    exported = tmxfile(BytesIO(client.get(reverse("editorial:memory_export", args=("de",))).content))
    assert {unit.source: unit.target for unit in exported.units}[GERMAN[0][0]] == GERMAN[0][1]


def test_an_import_replaces_the_translation_of_a_known_text(remembered, users, client):
    client.force_login(users["translator-nl"])
    upload(client, "nl", agency_file([(DUTCH[0][0], "Beveilig de toegang (nieuw)")], target="nl"))
    assert pairs("nl")[DUTCH[0][0]] == "Beveilig de toegang (nieuw)"
    assert MemoryEntry.objects.filter(source=DUTCH[0][0], target_language="nl").count() == 1


# What the German translator reads, in their German admin.
BAD_FILES = {
    "not XML": (b"Bonjour, ceci n'est pas un fichier", "Diese Datei ist kein gültiges XML"),
    "another XML format": (b'<xliff version="1.2"><file/></xliff>', "Dies ist keine TMX-Datei"),
    "TMX 1.1": (b'<tmx version="1.1"><header srclang="fr"/><body/></tmx>', "Nur TMX-1.4-Dateien"),
    "a unit without German": (
        agency_file([("Bonjour", "Guten Tag"), ("Au revoir", "Tot ziens")], target="nl").replace(
            b'xml:lang="nl"', b'xml:lang="de"', 1
        ),
        "Die Übersetzungseinheit 2 hat keinen Text in dieser Sprache: Deutsch.",
    ),
    "entities": (
        b'<!DOCTYPE tmx [<!ENTITY x "boom">]><tmx version="1.4"><body><tu><tuv xml:lang="fr"><seg>&x;</seg>'
        b"</tuv></tu></body></tmx>",
        "DOCTYPE",
    ),
    "no unit": (b'<tmx version="1.4"><header srclang="fr"/><body/></tmx>', "keine Übersetzungseinheit"),
}


@pytest.mark.parametrize("case", BAD_FILES)
def test_a_bad_file_is_refused_with_its_reason_and_changes_nothing(case, remembered, users, client):
    content, message = BAD_FILES[case]
    before = list(MemoryEntry.objects.order_by("pk").values_list("source", "target", "updated_at"))
    client.force_login(users["translator-de"])
    response = upload(client, "de", content)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert list(MemoryEntry.objects.order_by("pk").values_list("source", "target", "updated_at")) == before


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("nl", "Vertaaleenheid 1 heeft geen tekst in deze taal: Duits."),
        ("de", "Die Übersetzungseinheit 1 hat keinen Text in dieser Sprache: Deutsch."),
    ],
)
def test_the_refusal_speaks_the_translators_language(language, message, site, users, client):
    user = users["administrator"]
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    response = upload(client, "de", agency_file([("Bonjour", "Hallo")], target="fr-BE"))
    assert message in response.content.decode()


def test_translators_handle_their_own_pair_administrators_every_pair(remembered, users, client):
    client.force_login(users["translator-nl"])
    assert client.get(reverse("editorial:memory")).status_code == 200
    assert refused(client.get(reverse("editorial:memory_export", args=("de",))))
    assert refused(upload(client, "de", agency_file(GERMAN)))
    assert not MemoryEntry.objects.filter(target_language="de", source=GERMAN[0][0]).exists()
    for user in ("reviewer", "editor-ucm"):
        client.force_login(users[user])
        assert refused(client.get(reverse("editorial:memory")))
        assert refused(client.get(reverse("editorial:memory_export", args=("nl",))))
    client.force_login(users["administrator"])
    page = client.get(reverse("editorial:memory")).content.decode()
    assert 'data-language="nl"' in page and 'data-language="de"' in page
    assert client.get(reverse("editorial:memory_export", args=("de",))).status_code == 200
