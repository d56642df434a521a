"""Two people saving the same page or reviewed snippet: the later save never silently erases the earlier one.

Each person is a real logged-in session (their own test client) that opens the edit form, then posts
it back the way the browser does, with the revision the form was loaded from.
"""

import re

import pytest
from django.test import Client
from django.urls import reverse

from agenda.models import Venue
from taxonomy.models import Sector, Theme
from tests.editorial.helpers import edit_form_data, edit_url, fresh
from tests.factories import make_venue


def opened_form(client, url):
    """Open the edit form like a browser; return the revision it was loaded from, as the form posts it."""
    html = client.get(url).content.decode()
    return {
        name: re.search(rf'name="{name}" value="([^"]*)"', html).group(1)
        for name in ("loaded_revision_id", "loaded_revision_created_at")
    }


def session(user):
    client = Client()
    client.force_login(user)
    return client


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


@pytest.fixture
def editors(users):
    return session(users["administrator"]), session(users["reviewer"])


def test_a_save_from_a_form_opened_before_someone_elses_save_is_refused(editors, about):
    page = about["fr"]
    first, second = editors
    url = edit_url(page)
    first_loaded, second_loaded = opened_form(first, url), opened_form(second, url)

    response = first.post(url, {**edit_form_data(page, None, intro="Le programme, version Anne."), **first_loaded})
    assert response.status_code == 302
    response = second.post(
        url, {**edit_form_data(page, None, title="À propos du programme"), **second_loaded}, follow=True
    )

    # Refused, with the reason, and the second editor's text is still in their form.
    assert response.status_code == 200
    [message] = messages_of(response)
    assert "a enregistré une version plus récente" in message and "Administrator" in message
    assert 'value="À propos du programme"' in response.content.decode()
    latest = fresh(page).get_latest_revision_as_object()
    assert latest.intro == "Le programme, version Anne." and latest.title == "À propos"

    # The form now carries the newer revision: saving again is a deliberate choice, and it is accepted.
    reloaded = {
        name: re.search(rf'name="{name}" value="([^"]*)"', response.content.decode()).group(1) for name in first_loaded
    }
    assert reloaded["loaded_revision_id"] == str(fresh(page).latest_revision_id)
    response = second.post(url, {**edit_form_data(page, None, title="À propos du programme"), **reloaded})
    assert response.status_code == 302
    assert fresh(page).get_latest_revision_as_object().title == "À propos du programme"


def stale_form(editors, page):
    """The second editor's form of ``page``, opened before the first one saved a new introduction: (url, fields)."""
    first, second = editors
    url = edit_url(page)
    first_loaded, second_loaded = opened_form(first, url), opened_form(second, url)
    first.post(url, {**edit_form_data(page, None, intro="Nouvelle introduction."), **first_loaded})
    return url, second_loaded


def test_publishing_from_a_stale_form_is_refused_and_the_live_page_keeps_the_newer_change(editors, about):
    page = about["fr"]
    url, second_loaded = stale_form(editors, page)

    response = editors[1].post(
        url, {**edit_form_data(page, None, title="Titre écrasé"), **second_loaded, "action-publish": "action-publish"}
    )

    assert response.status_code == 200
    page = fresh(page)
    assert page.title == "À propos" and page.get_latest_revision_as_object().intro == "Nouvelle introduction."


def test_saving_twice_from_ones_own_form_is_not_a_conflict(editors, about):
    page = about["fr"]
    first, _ = editors
    url = edit_url(page)
    response = first.post(url, {**edit_form_data(page, None, intro="Un."), **opened_form(first, url)})
    assert response.status_code == 302
    response = first.post(url, {**edit_form_data(page, None, intro="Deux."), **opened_form(first, url)})
    assert response.status_code == 302
    assert fresh(page).get_latest_revision_as_object().intro == "Deux."


def snippet_form_data(instance, **changes):
    form_class = instance.snippet_viewset.get_edit_handler().get_form_class()
    form = form_class(instance=instance)
    data = {name: form[name].value() for name in form.fields if form[name].value() is not None}
    return {**data, **changes}


@pytest.mark.parametrize(
    ("model", "make"),
    [
        (Theme, lambda locales: Theme.objects.get(slug="security", locale=locales["fr"])),
        (Sector, lambda locales: Sector.objects.filter(locale=locales["fr"]).first()),
        (Venue, lambda locales: make_venue(name="Maison de l'entreprise")),
    ],
)
def test_a_stale_save_of_a_reviewed_snippet_is_refused(editors, locales, model, make):
    snippet = make(locales)
    snippet.save_revision().publish()
    first, second = editors
    url = reverse(snippet.snippet_viewset.get_url_name("edit"), args=(snippet.pk,))
    first_loaded, second_loaded = opened_form(first, url), opened_form(second, url)

    response = first.post(url, {**snippet_form_data(snippet, name="Nom choisi par Anne"), **first_loaded})
    assert response.status_code == 302
    response = second.post(url, {**snippet_form_data(snippet, name="Nom choisi par Bert"), **second_loaded})

    assert response.status_code == 200
    assert "a enregistré une version plus récente" in messages_of(response)[0]
    assert 'value="Nom choisi par Bert"' in response.content.decode()
    assert model.objects.get(pk=snippet.pk).get_latest_revision_as_object().name == "Nom choisi par Anne"


def test_a_stale_save_whose_form_names_no_revision_is_refused_without_a_comparison_link(editors, about):
    """A form whose revision is no number (tampered, or a digit int() cannot read such as "²"): refused, no error."""
    page = about["fr"]
    url, second_loaded = stale_form(editors, page)

    tampered = {**second_loaded, "loaded_revision_id": "²"}
    response = editors[1].post(url, {**edit_form_data(page, None, title="Titre écrasé"), **tampered})

    assert response.status_code == 200
    assert "a enregistré une version plus récente" in messages_of(response)[0]
    assert "Comparer les versions" not in response.content.decode()
    assert fresh(page).get_latest_revision_as_object().intro == "Nouvelle introduction."
