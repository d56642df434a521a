import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from core.translation import save_translation, translated_copy
from editorial import roles
from home.models import ContentPage, HomePage

ROLE_GROUPS = {
    "editor-ucm": [roles.UCM_EDITORS],
    "editor-awt": [roles.AWT_EDITORS],
    "reviewer": [roles.REVIEWERS],
    "translator-nl": [roles.NL_TRANSLATORS],
    "translator-de": [roles.DE_TRANSLATORS],
    "administrator": [roles.ADMINISTRATORS],
}


@pytest.fixture
def users(site):
    """One account per role, with an e-mail address for Wagtail's notifications."""
    User = get_user_model()
    accounts = {}
    for username, groups in ROLE_GROUPS.items():
        user = User.objects.create_user(username, f"{username}@example.be", "pw", first_name=username.title())
        user.groups.set(Group.objects.filter(name__in=groups))
        accounts[username] = user
    return accounts


@pytest.fixture
def homes(site):
    return {page.locale.language_code: page for page in HomePage.objects.select_related("locale")}


@pytest.fixture
def about(homes, locales):
    """A published French content page with reviewed Dutch and German translations."""
    page = homes["fr"].add_child(instance=ContentPage(title="À propos", slug="a-propos", intro="Le programme."))
    page.save_revision().publish()
    save_translation(
        page, locales["nl"], translated_copy(page, title="Over ons", slug="over-ons", intro="Het programma.")
    )
    save_translation(
        page, locales["de"], translated_copy(page, title="Über uns", slug="uber-uns", intro="Das Programm.")
    )
    return {
        code: ContentPage.objects.get(translation_key=page.translation_key, locale=loc)
        for code, loc in locales.items()
    }


@pytest.fixture
def guide(homes):
    """A French page written by an editor, not yet published."""
    return homes["fr"].add_child(
        instance=ContentPage(title="Sécuriser le Wi-Fi", slug="wifi", intro="Changez le mot de passe.", live=False)
    )
