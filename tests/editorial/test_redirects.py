"""A page's old address redirects to it once visitors could have known it: never for a draft translation.

Wagtail tells of a slug change once the transaction is committed: each step runs its commit callbacks.
"""

import pytest
from django.urls import reverse
from wagtail.contrib.redirects.models import Redirect

from tests.editorial.helpers import fresh
from tests.editorial.test_sync import approve, publish_source, target, translate, translation_into


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """``with committed(): …`` runs what the block left for after the commit, as a real request would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def submit(client, translator, page, language):
    client.force_login(translator)
    translation = translation_into(page, language)
    response = client.post(reverse("editorial:submit_translation", args=(translation.pk,)))
    assert response.status_code == 302


def test_renaming_a_draft_translation_leaves_no_redirect(guide, users, client, committed):
    with committed():
        guide = publish_source(guide)
    nl = target(guide, "nl")
    assert not nl.live and nl.slug == "wifi"
    translate(guide, "nl", wifi="wifi-beveiligen", **{"Sécuriser le Wi-Fi": "De wifi beveiligen"})
    with committed() as callbacks:
        submit(client, users["translator-nl"], guide, "nl")
    assert callbacks  # Wagtail's page_slug_changed, among others, did run
    assert fresh(nl).slug == "wifi-beveiligen"
    assert not Redirect.objects.exists()
    # The draft's old address answers as any unknown address, and shows nothing of the draft.
    client.logout()
    response = client.get("/nl/wifi/")
    assert response.status_code == 404
    assert b"wifi-beveiligen" not in response.content


def test_renaming_a_live_translation_redirects_its_old_address_once_published(guide, users, client, committed):
    with committed():
        guide = publish_source(guide)
        translate(guide, "nl", **{"Sécuriser le Wi-Fi": "De wifi beveiligen"})
    with committed():
        submit(client, users["translator-nl"], guide, "nl")
    with committed():
        approve(client, users["reviewer"], target(guide, "nl"))
    nl = target(guide, "nl")
    assert nl.live and nl.url == "/nl/wifi/"

    # The translator gives the live Dutch page its own slug: a draft, the live address is unchanged.
    translate(guide, "nl", wifi="wifi-beveiligen")
    with committed():
        submit(client, users["translator-nl"], guide, "nl")
    assert target(guide, "nl").url == "/nl/wifi/"
    assert not Redirect.objects.exists()

    with committed():
        approve(client, users["reviewer"], target(guide, "nl"))
    assert target(guide, "nl").url == "/nl/wifi-beveiligen/"
    client.logout()
    response = client.get("/nl/wifi/")
    assert response.status_code in (301, 302)
    assert response["Location"].endswith("/nl/wifi-beveiligen/")
    assert client.get("/nl/wifi-beveiligen/").status_code == 200


def test_a_live_french_page_given_a_new_slug_redirects(guide, committed, client):
    with committed():
        guide = publish_source(guide)
    with committed():
        publish_source(guide, slug="wifi-securise")
    response = client.get("/fr/wifi/")
    assert response.status_code in (301, 302)
    assert response["Location"].endswith("/fr/wifi-securise/")
