"""The permission matrix: every role × create / edit / submit / publish × language × section.

Each action is played through the admin as the user's browser would; a
forbidden action must be refused and leave the page as it was.
"""

import pytest
from django.apps import apps
from django.conf import settings
from django.urls import reverse
from wagtail.models import Page

from editorial.sync import is_source
from tests.editorial.helpers import add_url, child_model, edit_form_data, edit_url, fresh, translation_of

LANGUAGES = ["fr", "nl", "de"]
ACTIONS = ["create", "edit", "submit", "publish"]
ORGANISATION = {"editor-ucm": "ucm", "editor-awt": "awt"}


def expected(role, action, language, organisations):
    """The rules of the brief, written independently of the implementation."""
    if role == "administrator":
        return True
    if role == "reviewer":
        return action != "create"
    if role in ORGANISATION:
        return language == "fr" and ORGANISATION[role] in organisations and action != "publish"
    # translators: their own language only, no new content, no publishing
    return language == role.removeprefix("translator-") and action in ("edit", "submit")


def sections(about):
    """One page per installed section of EDITORIAL_SECTIONS, in each language: {label: ({lang: page}, orgs)}."""
    found = {}
    for label, organisations in settings.EDITORIAL_SECTIONS.items():
        try:
            model = apps.get_model(label)
        except LookupError:
            continue
        source = model.objects.filter(locale__language_code="fr").first()
        if source is None:
            continue
        pages = {
            page.locale.language_code: page for page in Page.objects.filter(translation_key=source.translation_key)
        }
        found[label] = (pages, set(organisations))
    return found


def refused(response):
    """Wagtail's admin answers a refusal with 403, or with a redirect to the dashboard and a message."""
    return response.status_code == 403 or (response.status_code == 302 and response["Location"] == "/admin/")


def new_page_organisations(parent, organisations):
    model = child_model(parent)
    if model is None:
        return organisations, None
    return set(settings.EDITORIAL_SECTIONS.get(model._meta.label, organisations)), model


def try_create(client, parent, model):
    return client.get(add_url(parent, model)).status_code == 200


def try_edit(client, page):
    return client.get(edit_url(page)).status_code == 200


def try_submit(client, user, page):
    if is_source(page):
        client.post(edit_url(page), edit_form_data(page, user, **{"action-submit": "1"}))
    else:
        translation = translation_of(page)
        client.post(reverse("editorial:submit_translation", args=(translation.pk,)))
    return fresh(page).workflow_in_progress


def try_publish(client, user, page, django_capture_on_commit_callbacks):
    before = fresh(page).last_published_at
    with django_capture_on_commit_callbacks(execute=True):
        if is_source(page):
            client.post(edit_url(page), edit_form_data(page, user, title="Nouveau titre", **{"action-publish": "1"}))
        else:
            # a translation's edit view is wagtail-localize's editor
            client.post(edit_url(page), {"action": "publish"})
    return fresh(page).last_published_at != before


@pytest.mark.parametrize(
    "role", ["editor-ucm", "editor-awt", "reviewer", "translator-nl", "translator-de", "administrator"]
)
def test_permission_matrix(role, users, about, client, django_capture_on_commit_callbacks):
    user = users[role]
    client.force_login(user)
    found, wanted = {}, {}
    for label, (pages, organisations) in sections(about).items():
        for language in LANGUAGES:
            page = pages[language]
            create_organisations, model = new_page_organisations(page, organisations)
            if model is not None:  # a section page that takes no children (the self-diagnostic) has no "create"
                found[label, language, "create"] = try_create(client, page, model)
                wanted[label, language, "create"] = expected(role, "create", language, create_organisations)
            found[label, language, "edit"] = try_edit(client, page)
            found[label, language, "submit"] = try_submit(client, user, page)
            found[label, language, "publish"] = try_publish(client, user, page, django_capture_on_commit_callbacks)
            for action in ("edit", "submit", "publish"):
                wanted[label, language, action] = expected(role, action, language, organisations)
    assert {"home.HomePage", "home.ContentPage"} <= {label for label, _lang, _action in found}
    assert found == wanted


def test_an_editor_is_refused_the_other_organisations_section(users, about, client, settings):
    """With content pages given to UCM alone, the AWT editor can neither open nor create them."""
    settings.EDITORIAL_SECTIONS = {**settings.EDITORIAL_SECTIONS, "home.ContentPage": ["ucm"]}
    page = about["fr"]
    client.force_login(users["editor-awt"])
    assert refused(client.get(edit_url(page)))
    assert refused(client.get(add_url(page.get_parent(), type(page))))
    assert refused(client.post(edit_url(page), edit_form_data(page, users["editor-awt"], title="Piraté")))
    assert fresh(page).get_latest_revision_as_object().title == "À propos"
    client.force_login(users["editor-ucm"])
    assert client.get(edit_url(page)).status_code == 200


def test_translators_edit_snippets_of_their_language_only(users, locales, client):
    from taxonomy.models import Theme

    client.force_login(users["translator-nl"])
    nl, fr = (Theme.objects.get(slug="security", locale=locales[code]) for code in ("nl", "fr"))

    def edit(theme):
        return client.get(reverse("wagtailsnippets_taxonomy_theme:edit", args=(theme.pk,)))

    assert edit(nl).status_code == 200
    assert refused(edit(fr))
    assert refused(client.get(reverse("wagtailsnippets_taxonomy_theme:add")))


def test_only_administrators_manage_sponsors_users_and_settings(users):
    """Sponsor contracts, accounts and site settings: administrators only."""
    for codename in ("sponsors.add_sponsor", "sponsors.change_sponsor", "auth.change_user", "wagtailcore.change_site"):
        allowed = {role for role, user in users.items() if user.has_perm(codename)}
        assert allowed == {"administrator"}, codename
