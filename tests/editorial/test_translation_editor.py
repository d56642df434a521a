"""wagtail-localize's translation editor speaks the user's language: corrected catalogue entries, its dates, and
the settings of the script that gives translators their primary action (the browser test drives it)."""

import datetime
import json
import re
from pathlib import Path

import polib
import pytest
import wagtail_localize
from django.urls import reverse
from django.utils import translation as django_translation
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringTranslation

import editorial
from editorial.upstream import upstream_get_comment
from tests.editorial.test_sync import publish_source, target, translate

pytestmark = pytest.mark.django_db

DATES = {"fr": "6 décembre 2026", "nl": "6 december 2026", "de": "6. Dezember 2026"}
MANUALLY = {"fr": "Traduit manuellement le", "nl": "Handmatig vertaald op", "de": "Manuell übersetzt am"}


def speaks(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


@pytest.fixture
def translated_string(guide):
    guide = publish_source(guide)
    translate(guide, "nl", **{"Sécuriser le Wi-Fi": "De wifi beveiligen"})
    string = StringTranslation.objects.get(data="De wifi beveiligen")
    StringTranslation.objects.filter(pk=string.pk).update(
        updated_at=datetime.datetime(2026, 12, 6, 10, tzinfo=datetime.UTC)
    )
    string.refresh_from_db()
    return string


@pytest.mark.parametrize("language", ["fr", "nl", "de"])
def test_the_comment_of_a_string_gives_its_date_in_the_users_language(translated_string, language):
    with django_translation.override(language):
        comment = translated_string.get_comment()
    assert comment == f"{MANUALLY[language]} {DATES[language]}"


def test_upstream_still_writes_english_month_names(translated_string):
    """When this fails, wagtail-localize formats the date itself: drop editorial.upstream.localize_comment_dates."""
    with django_translation.override("fr"):
        assert upstream_get_comment(translated_string) == "Traduit manuellement le 6 December 2026"


@pytest.mark.parametrize(
    ("language", "publish_in"), [("fr", "Publier en "), ("nl", "Publiceren in "), ("de", "Veröffentlichen in ")]
)
def test_the_editors_catalogue_keeps_the_space_before_the_language(client, users, language, publish_in):
    speaks(users["reviewer"], language)
    client.force_login(users["reviewer"])
    catalogue = client.get(reverse("wagtail_localize:javascript_catalog")).content.decode()
    assert json.dumps("Publish in ") + ": " + json.dumps(publish_in) in catalogue


def catalogue_entries(locale_dir, languages):
    """{(language, msgid): msgstr} of the JavaScript catalogues (djangojs.po) under ``locale_dir``."""
    entries = {}
    for language in languages:
        path = Path(locale_dir) / language / "LC_MESSAGES" / "djangojs.po"
        if path.exists():
            entries.update({(language, entry.msgid): entry.msgstr for entry in polib.pofile(str(path))})
    return entries


def test_the_upstream_catalogue_patches_are_exactly_the_entries_upstream_gets_wrong():
    """When this fails after an upgrade, wagtail-localize fixed an entry (drop it from editorial/upstream_locale)
    or broke a new one (add it there); docs/upgrading.md lists each patch."""
    upstream = catalogue_entries(Path(wagtail_localize.__file__).parent / "locale", ["fr", "nl", "de"])
    lost_space = {key for key, text in upstream.items() if key[1].endswith(" ") and text and not text.endswith(" ")}
    patches = catalogue_entries(Path(editorial.__file__).parent / "upstream_locale", ["fr", "nl", "de"])
    assert set(patches) - {(language, "") for language in ("fr", "nl", "de")} == lost_space
    assert all(text.endswith(" ") for (language, msgid), text in patches.items() if msgid)


@pytest.mark.parametrize(
    ("role", "language", "submit"),
    [
        ("translator-nl", "nl", "Ter nakijking indienen"),
        ("translator-nl", "de", "Zur Prüfung einreichen"),
        ("translator-nl", "fr", "Envoyer en relecture"),
        ("reviewer", "fr", None),
    ],
)
def test_the_editor_tells_its_script_the_primary_action_in_the_users_language(
    client, users, guide, role, language, submit
):
    guide = publish_source(guide)
    nl = target(guide, "nl")
    speaks(users[role], language)
    client.force_login(users[role])
    html = client.get(reverse("wagtailadmin_pages:edit", args=(nl.pk,))).content.decode()
    assert "js-translation-editor" in html  # upstream's editor, extended, not replaced
    settings = json.loads(re.search(r'id="editorial-translation-editor"[^>]*>(.*?)</script>', html, re.S).group(1))
    assert settings["canDelete"] is False
    assert settings["target"] == "Nederlands"
    if submit:
        assert settings["texts"]["submit"] == submit
        assert settings["submitUrl"].startswith("/admin/editorial/translations/")
    else:
        assert settings["submitUrl"] == ""  # reviewers publish
    assert "editorial/js/translation-editor" in html
