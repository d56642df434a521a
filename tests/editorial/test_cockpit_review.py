""" "Up to date" in the cockpit means reviewed: a translation imported from a PO or XLIFF file, or typed in full,
is "translated, not reviewed yet" until a reviewer publishes it, in every admin language."""

import pytest
from wagtail.users.models import UserProfile

from tests.editorial.test_cockpit import COCKPIT, rows_of
from tests.editorial.test_files import DUTCH, export, po_filled, upload, xliff_filled
from tests.editorial.test_sync import approve, publish_source, target, translate, translation_into

# The state's label, and "Up to date", in each admin language.
LABELS = {
    "fr": ("Traduit, pas encore relu", "À jour"),
    "nl": ("Vertaald, nog niet nagekeken", "Bijgewerkt"),
    "de": ("Übersetzt, noch nicht geprüft", "Aktuell"),
}


def speaks(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


def state_in_cockpit(client, user, title, language="nl"):
    """The row's state, whether it is in review, and the HTML of the row as the user sees it."""
    client.force_login(user)
    response = client.get(COCKPIT, {"language": language})
    row = rows_of(response)[title, language]
    rows_html = response.content.decode().split("<tr")
    row_html = next(html for html in rows_html if f'data-language="{language}"' in html and f">{title}<" in html)
    return row.state, row.in_review, row_html


@pytest.mark.parametrize("admin_language", ["fr", "nl", "de"])
@pytest.mark.parametrize(("fmt", "fill"), [("po", po_filled), ("xliff", xliff_filled)])
def test_an_imported_file_is_not_up_to_date_before_review(guide, users, client, admin_language, fmt, fill):
    guide = publish_source(guide)
    translation = translation_into(guide, "nl")
    translator, reviewer = users["translator-nl"], users["reviewer"]
    speaks(translator, admin_language)
    client.force_login(translator)
    content = export(client, translation, fmt)
    assert upload(client, translation, f"wifi-nl.{fmt}", fill(content, DUTCH)).status_code == 302

    state, in_review, row_html = state_in_cockpit(client, translator, "Sécuriser le Wi-Fi")
    to_review, up_to_date = LABELS[admin_language]
    assert (state, in_review) == ("to_review", True)
    assert to_review in row_html and up_to_date not in row_html

    approve(client, reviewer, target(guide, "nl"))
    state, in_review, row_html = state_in_cockpit(client, translator, "Sécuriser le Wi-Fi")
    assert (state, in_review) == ("up_to_date", False)
    assert up_to_date in row_html


def test_a_translation_typed_in_full_waits_for_review_too(guide, users, client):
    guide = publish_source(guide)
    translate(guide, "nl", **DUTCH)
    state, in_review, _html = state_in_cockpit(client, users["reviewer"], "Sécuriser le Wi-Fi")
    assert (state, in_review) == ("to_review", False)  # not even submitted: the live page does not have it


def test_a_live_translation_with_a_newer_draft_waits_for_review(guide, users, client):
    guide = publish_source(guide)
    translation = translation_into(guide, "nl")
    client.force_login(users["translator-nl"])
    upload(client, translation, "wifi-nl.po", po_filled(export(client, translation, "po"), DUTCH))
    approve(client, users["reviewer"], target(guide, "nl"))
    # The translator improves a reviewed, live translation: a draft again until it is reviewed.
    client.force_login(users["translator-nl"])
    better = {**DUTCH, "Changez le mot de passe.": "Wijzig het standaardwachtwoord."}
    upload(client, translation, "wifi-nl.po", po_filled(export(client, translation, "po"), better))
    assert target(guide, "nl").live
    state, _in_review, _html = state_in_cockpit(client, users["reviewer"], "Sécuriser le Wi-Fi")
    assert state == "to_review"
