"""Headless preview: the editor's button saves the draft and sends it to the front-end with a short-lived token."""

import time
from unittest import mock
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core import signing
from django.test import override_settings
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from cms.preview import SALT, make_token
from home.models import ContentPage

FRONT_END = "https://front.example.be/preview"


@pytest.fixture
def about(site):
    home = Page.objects.get(pk=site.root_page_id)
    page = home.add_child(instance=ContentPage(title="À propos", slug="a-propos", intro="Le programme."))
    page.save_revision().publish()
    return page


def form(title, slug, **extra):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "intro": "Le programme, en bref.",
            "body": streamfield([("paragraph", rich_text("<p>Texte du brouillon.</p>"))]),
            "comments": inline_formset([]),
            **extra,
        }
    )


def token_from(response):
    assert response.status_code == 302
    url = urlsplit(response["Location"])
    assert f"{url.scheme}://{url.netloc}{url.path}" == FRONT_END
    return parse_qs(url.query)


@override_settings(HEADLESS_PREVIEW_URL=FRONT_END)
def test_the_editor_previews_a_draft_in_the_front_end(client, admin_user, about):
    client.force_login(admin_user)
    edit = client.get(f"/admin/pages/{about.pk}/edit/")
    assert 'name="action-headless-preview"' in edit.content.decode()

    response = client.post(
        f"/admin/pages/{about.pk}/edit/", form("À propos (brouillon)", "a-propos", **{"action-headless-preview": "1"})
    )
    query = token_from(response)
    assert query["id"] == [str(about.pk)] and query["type"] == ["home.ContentPage"] and query["locale"] == ["fr"]

    client.logout()  # the front-end has no session, only the token
    preview = client.get("/api/v2/preview/", {"token": query["token"][0]})
    assert preview.status_code == 200
    data = preview.json()
    assert data["title"] == "À propos (brouillon)"
    assert "Texte du brouillon." in data["body"][0]["value"]
    assert data["meta"]["preview"] is True and data["meta"]["type"] == "home.ContentPage"
    assert preview["Cache-Control"] == "private, no-store" and "ETag" not in preview
    # The draft is saved, not published: the public API still serves the live page.
    assert client.get(f"/api/v2/pages/{about.pk}/").json()["title"] == "À propos"


@override_settings(HEADLESS_PREVIEW_URL=FRONT_END)
def test_a_page_that_was_never_published(client, admin_user, site):
    client.force_login(admin_user)
    response = client.post(
        f"/admin/pages/add/home/contentpage/{site.root_page_id}/",
        form("Mentions légales", "mentions-legales", **{"action-headless-preview": "1"}),
    )
    query = token_from(response)
    page = ContentPage.objects.get(slug="mentions-legales")
    assert not page.live
    client.logout()
    assert client.get("/api/v2/preview/", {"token": query["token"][0]}).json()["title"] == "Mentions légales"
    assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404


def test_no_button_without_a_front_end(client, admin_user, about):
    client.force_login(admin_user)
    assert 'name="action-headless-preview"' not in client.get(f"/admin/pages/{about.pk}/edit/").content.decode()


def test_without_a_valid_token_nothing_is_visible(client, about):
    revision = about.save_revision()
    assert client.get("/api/v2/preview/").status_code == 400
    assert client.get("/api/v2/preview/", {"token": "forged"}).status_code == 403
    token = make_token(revision)
    assert client.get("/api/v2/preview/", {"token": token[:-2] + "xx"}).status_code == 403
    # A link older than HEADLESS_PREVIEW_SECONDS no longer works.
    with mock.patch("django.core.signing.time.time", return_value=time.time() - 3600):
        old = make_token(revision)
    expired = client.get("/api/v2/preview/", {"token": old}, HTTP_ACCEPT_LANGUAGE="fr")
    assert expired.status_code == 403 and "expiré" in expired.json()["message"]
    assert client.get("/api/v2/preview/", {"token": token}).status_code == 200
    revision.delete()
    assert client.get("/api/v2/preview/", {"token": token}).status_code == 404


def test_a_token_dated_in_the_future_is_refused(client, about):
    revision = about.save_revision()
    # Signed an hour ahead (a clock set wrong, or a token made to last): Django's max_age alone accepts it.
    with mock.patch("django.core.signing.time.time", return_value=time.time() + 3600):
        future = make_token(revision)
    refused = client.get("/api/v2/preview/", {"token": future}, HTTP_ACCEPT_LANGUAGE="fr")
    assert refused.status_code == 403 and refused.json() == {"message": "Ce lien d'aperçu n'est pas valide."}
    # The clocks of two app servers may differ by a few seconds.
    with mock.patch("django.core.signing.time.time", return_value=time.time() + 20):
        close = make_token(revision)
    assert client.get("/api/v2/preview/", {"token": close}).status_code == 200


def signed(payload):
    """A token signed with the site's key and the preview's salt whose content ``make_token`` never writes."""
    return signing.TimestampSigner(salt=SALT).sign(payload)


@pytest.mark.parametrize(
    "token",
    [
        lambda revision: signing.dumps(["revision", revision.pk], salt=SALT),
        lambda revision: signing.dumps("revision", salt=SALT),
        lambda revision: signing.dumps({}, salt=SALT),
        lambda revision: signing.dumps({"revision": str(revision.pk)}, salt=SALT),
        lambda revision: signing.dumps({"revision": True}, salt=SALT),
        lambda revision: signing.dumps({"revision": -revision.pk}, salt=SALT),
        lambda revision: signing.dumps({"revision": 10**30}, salt=SALT),
        lambda revision: signing.dumps({"revision": [revision.pk]}, salt=SALT),
        lambda revision: signed("not base64 !"),
        lambda revision: signed(".bm90IHpsaWI"),  # "compressed", but not zlib
        lambda revision: signed("bm90IGpzb24"),  # base64 of text that is not JSON
        lambda revision: signing.Signer(salt=SALT).sign("no-timestamp"),
    ],
    ids=[
        "list",
        "string",
        "no revision",
        "revision as text",
        "revision true",
        "negative revision",
        "huge revision",
        "revision list",
        "not base64",
        "not zlib",
        "not json",
        "no timestamp",
    ],
)
def test_a_signed_token_with_a_malformed_payload_is_refused(client, about, token):
    revision = about.save_revision()
    response = client.get("/api/v2/preview/", {"token": token(revision)}, HTTP_ACCEPT_LANGUAGE="nl")
    assert response.status_code == 403
    assert response.json() == {"message": "Deze voorbeeldlink is niet geldig."}
