"""An image's alternative text and caption are translated with the page (wagtail/wagtail-localize#808).

The image library is not translated; the words that describe an image where a page shows it live in the
page's body, so translators get them as segments (editor, PO and XLIFF files) and each language's page and
API give its own.
"""

import html
import json
import re

import polib
import pytest
from django.urls import reverse
from translate.storage import xliff
from wagtail.models import Revision
from wagtail.users.models import UserProfile
from wagtail_localize.models import OverridableSegment

from editorial.review import submit_for_review
from tests.editorial.helpers import edit_form_data, edit_url, fresh
from tests.editorial.test_files import export, upload
from tests.editorial.test_sync import approve, publish_source, target, translate, translation_into
from tests.factories import ImageFactory, SponsorFactory

ALT = "Une caisse enregistreuse sur le comptoir d'une boulangerie"
CAPTION = "La nouvelle caisse de la boulangerie Lemaire"
TEXTS = {
    "nl": {
        "Sécuriser le Wi-Fi": "De wifi beveiligen",
        "wifi": "wifi-beveiligen",
        "Changez le mot de passe.": "Wijzig het wachtwoord.",
        ALT: "Een kassa op de toonbank van een bakkerij",
        CAPTION: "De nieuwe kassa van bakkerij Lemaire",
    },
    "de": {
        "Sécuriser le Wi-Fi": "Das WLAN absichern",
        "wifi": "wlan-absichern",
        "Changez le mot de passe.": "Ändern Sie das Passwort.",
        ALT: "Eine Registrierkasse auf der Theke einer Bäckerei",
        CAPTION: "Die neue Kasse der Bäckerei Lemaire",
    },
}
REQUIRED = {
    "fr": "Décrivez l'image pour les personnes qui ne peuvent pas la voir, ou marquez-la comme décorative",
    "nl": "Beschrijf de afbeelding voor wie ze niet kan zien, of markeer ze als decoratief",
    "de": "Beschreiben Sie das Bild für Menschen, die es nicht sehen können, oder markieren Sie es als dekorativ",
}


def image_block(image, alt_text="", caption="", decorative=False):
    return {
        "type": "image",
        "value": {"image": image.pk, "alt_text": alt_text, "decorative": decorative, "caption": caption},
    }


@pytest.fixture
def picture():
    """An image of the library, described there in French (the library is not translated)."""
    return ImageFactory(title="caisse.jpg", description="Caisse enregistreuse")


@pytest.fixture
def illustrated(guide, picture):
    """The French page, with an image described and captioned in its body."""
    guide.body = [image_block(picture, ALT, CAPTION)]
    guide.save()
    return guide


def speak(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


def shown(client, page):
    """(alt, caption) of the image of ``page`` as a visitor's browser gets it."""
    content = client.get(page.url).content.decode()
    alt = re.search(r'<figure class="block-image">\s*<img [^>]*alt="([^"]*)"', content).group(1)
    caption = re.search(r"<figcaption>([^<]*)</figcaption>", content)
    return html.unescape(alt), html.unescape(caption.group(1)) if caption else ""


def served(client, page):
    """(alt, caption) of the image of ``page`` in the pages API."""
    body = client.get(f"/api/v2/pages/{page.pk}/").json()["body"]
    (block,) = [block["value"] for block in body if block["type"] == "image"]
    return block["image"]["alt"], block["caption"]


def test_translators_see_the_alt_text_and_caption_as_segments_of_the_editor(illustrated, users, client):
    publish_source(illustrated)
    speak(users["translator-nl"], "nl")
    client.force_login(users["translator-nl"])
    response = client.get(edit_url(target(illustrated, "nl")))
    assert response.status_code == 200
    props = json.loads(html.unescape(re.search(r'data-props="([^"]*)"', response.content.decode()).group(1)))
    strings = [segment for segment in props["segments"] if segment["type"] == "string"]
    labels = {segment["source"]: segment["location"]["subField"] for segment in strings}
    assert labels[ALT] == "Alternatieve tekst" and labels[CAPTION] == "Bijschrift"
    # The image library's own description is not a segment: the page's words are.
    assert "Caisse enregistreuse" not in labels


def test_alt_text_and_caption_in_three_languages_through_po_and_xliff_files(illustrated, users, client):
    publish_source(illustrated)
    client.force_login(users["translator-nl"])
    po = polib.pofile(export(client, translation_into(illustrated, "nl"), "po").decode())
    places = {entry.msgid: entry.msgctxt for entry in po}
    assert places[ALT].endswith(".alt_text") and places[CAPTION].endswith(".caption")
    for entry in po:
        entry.msgstr = TEXTS["nl"][entry.msgid]
    assert upload(client, translation_into(illustrated, "nl"), "nl.po", str(po).encode()).status_code == 302

    client.force_login(users["translator-de"])
    store = xliff.xlifffile.parsestring(export(client, translation_into(illustrated, "de"), "xliff"))
    for unit in store.getunits():
        unit.target = TEXTS["de"][unit.source]
    assert upload(client, translation_into(illustrated, "de"), "de.xlf", bytes(store)).status_code == 302

    for language in ("nl", "de"):
        approve(client, users["reviewer"], target(illustrated, language))
    client.logout()
    expected = {"fr": (ALT, CAPTION), **{code: (texts[ALT], texts[CAPTION]) for code, texts in TEXTS.items()}}
    for language, texts in expected.items():
        page = target(illustrated, language)
        assert page.live
        assert shown(client, page) == texts, language
        assert served(client, page) == texts, language


def test_a_translator_may_show_another_image_for_their_language(illustrated, users, client):
    """An image with words in it (a screenshot) has its Dutch version: the image is an override, the words
    around it are the translator's strings."""
    publish_source(illustrated)
    dutch_screenshot = ImageFactory(title="kassa-nl.png")
    translation = translate(illustrated, "nl", **{ALT: TEXTS["nl"][ALT], CAPTION: TEXTS["nl"][CAPTION]})
    segment = OverridableSegment.objects.get(source=translation.source, context__path__endswith=".image")
    client.force_login(users["translator-nl"])
    response = client.put(
        reverse("wagtail_localize:edit_override", args=(translation.pk, segment.pk)),
        f"value={dutch_screenshot.pk}",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 201
    submit_for_review(translation, users["translator-nl"])
    approve(client, users["reviewer"], target(illustrated, "nl"))
    client.logout()
    dutch, french = target(illustrated, "nl"), target(illustrated, "fr")
    assert served(client, dutch) == (TEXTS["nl"][ALT], TEXTS["nl"][CAPTION])
    body = client.get(f"/api/v2/pages/{dutch.pk}/").json()["body"]
    assert body[0]["value"]["image"]["id"] == dutch_screenshot.pk
    assert client.get(f"/api/v2/pages/{french.pk}/").json()["body"][0]["value"]["image"]["id"] != dutch_screenshot.pk


def test_an_empty_alt_text_takes_the_image_description_which_translators_then_translate(guide, picture, users, client):
    guide.body = [image_block(picture, caption=CAPTION)]
    guide.save()
    client.force_login(users["editor-ucm"])
    response = client.post(edit_url(guide), edit_form_data(guide, users["editor-ucm"]))
    assert response.status_code == 302
    draft = fresh(guide).get_latest_revision_as_object()
    assert draft.body[0].value["alt_text"] == "Caisse enregistreuse"
    publish_source(draft)
    client.force_login(users["translator-nl"])
    po = polib.pofile(export(client, translation_into(guide, "nl"), "po").decode())
    assert "Caisse enregistreuse" in [entry.msgid for entry in po]


@pytest.mark.parametrize("language", ["fr", "nl", "de"])
def test_an_image_without_any_description_is_refused_in_the_editors_language_and_loses_nothing(
    language, guide, users, client
):
    guide.body = [image_block(ImageFactory(description=""), caption=CAPTION)]
    guide.save()
    editor = users["editor-ucm"]
    speak(editor, language)
    client.force_login(editor)
    revisions = Revision.objects.count()
    response = client.post(edit_url(guide), edit_form_data(guide, editor, title="Sécuriser le Wi-Fi du magasin"))
    assert response.status_code == 200
    # The StreamField's errors travel in the editor's JSON (non-ASCII letters as \u escapes).
    content = re.sub(r"\\u([0-9a-f]{4})", lambda m: chr(int(m.group(1), 16)), html.unescape(response.content.decode()))
    assert REQUIRED[language] in content
    assert "Sécuriser le Wi-Fi du magasin" in content and CAPTION in content  # what the editor typed is still there
    assert Revision.objects.count() == revisions


def test_a_decorative_image_has_an_empty_alt_and_nothing_to_translate(guide, picture, users, client):
    guide.body = [image_block(picture, alt_text="Une caisse", decorative=True, caption=CAPTION)]
    guide.save()
    client.force_login(users["editor-ucm"])
    assert client.post(edit_url(guide), edit_form_data(guide, users["editor-ucm"])).status_code == 302
    page = publish_source(fresh(guide).get_latest_revision_as_object())
    client.force_login(users["translator-nl"])
    po = polib.pofile(export(client, translation_into(page, "nl"), "po").decode())
    assert [entry.msgid for entry in po if entry.msgctxt.startswith("body.")] == [CAPTION]
    client.logout()
    assert shown(client, page) == ("", CAPTION)
    assert served(client, page) == ("", CAPTION)


def test_a_logo_in_the_api_is_named_by_its_sponsor_not_by_the_image_library(site, client):
    """As the site's templates do (``alt`` the sponsor's name), never the library's file name or French title."""
    sponsor = SponsorFactory(name="Proximus", logo=ImageFactory(title="logo-proximus-2026.png"))
    assert client.get(f"/api/v2/sponsors/{sponsor.pk}/").json()["logo"]["alt"] == "Proximus"
