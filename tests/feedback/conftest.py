import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from editorial import roles
from guides.models import GuideIndexPage
from tests.factories import GuidePageFactory, make_seminar, translate

# Guides are the AWT's section, the agenda the UCM's (EDITORIAL_SECTIONS).
ACCOUNTS = {
    "editor-awt": (roles.AWT_EDITORS, "fr"),
    "editor-awt-de": (roles.AWT_EDITORS, "de"),
    "editor-ucm": (roles.UCM_EDITORS, "nl"),
    "translator-nl": (roles.NL_TRANSLATORS, "nl"),
    "translator-de": (roles.DE_TRANSLATORS, "de"),
    "reviewer": (roles.REVIEWERS, "fr"),
    "administrator": (roles.ADMINISTRATORS, "fr"),
}


@pytest.fixture
def users(site):
    """One account per role, each with the admin language it chose (Wagtail's account settings)."""
    User = get_user_model()
    accounts = {}
    for username, (group, language) in ACCOUNTS.items():
        user = User.objects.create_user(username, f"{username}@example.be", "pw", first_name=username.title())
        user.groups.add(Group.objects.get(name=group))
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
        accounts[username] = user
    return accounts


@pytest.fixture
def guide(site):
    """A live guide in French, Dutch and German: {language: page}."""
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    source = GuidePageFactory(
        parent=GuideIndexPage.objects.get(locale=locales["fr"]), title="Sécuriser le Wi-Fi", slug="wifi"
    )
    return {
        "fr": source,
        "nl": translate(source, locales["nl"], title="Wifi beveiligen", slug="wifi-beveiligen"),
        "de": translate(source, locales["de"], title="WLAN absichern", slug="wlan-absichern"),
    }


@pytest.fixture
def seminar(site):
    page = make_seminar(title="Facturation électronique")
    page.save_revision().publish()
    return page


def report_url(page, language=None):
    return f"/{language or page.locale.language_code}/report/{page.pk}/"


def send(client, page, language=None, **data):
    return client.post(report_url(page, language), {"message": "Le lien vers le SPF est cassé.", **data})
