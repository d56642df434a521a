"""The theme and sector fields of the page forms offer the page's language only, by name with their slug,
whatever the editor's admin language."""

import re

import pytest
from django.contrib.auth import get_user_model
from wagtail.users.models import UserProfile

from agenda.models import AgendaPage, SeminarPage
from guides.models import GuideIndexPage, GuidePage
from taxonomy.models import Sector, Theme
from testimonials.models import TestimonialIndexPage, TestimonialPage
from tests.editorial.helpers import add_url

pytestmark = pytest.mark.django_db

ADMIN_LANGUAGES = ["fr", "nl", "de"]


@pytest.fixture
def admin_in(client, site):
    def log_in(language):
        user = get_user_model().objects.create_superuser("chef", "chef@example.be", "pw")
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
        client.force_login(user)
        return client

    return log_in


def offered(html, name):
    """The labels of the choices of field ``name`` in a form's HTML (checkboxes or a select)."""
    start = html.index(f'name="{name}"')
    block = html[start - 2000 : start + 20000]
    labels = re.findall(rf'<label for="id_{name}_\d+"><input[^>]*>\s*([^<]+?)\s*</label>', block)
    return labels or re.findall(
        r'<option value="\d+"[^>]*>([^<]+)</option>', html[start : html.index("</select>", start)]
    )


@pytest.mark.parametrize("language", ADMIN_LANGUAGES)
@pytest.mark.parametrize(
    ("index_model", "page_model", "fields"),
    [
        (GuideIndexPage, GuidePage, ("themes", "sectors")),
        (AgendaPage, SeminarPage, ("themes", "sectors")),
        (TestimonialIndexPage, TestimonialPage, ("themes", "sector")),
    ],
)
def test_a_french_page_offers_the_french_terms_by_name_and_slug(
    admin_in, locales, language, index_model, page_model, fields
):
    index = index_model.objects.get(locale=locales["fr"])
    html = admin_in(language).get(add_url(index, page_model)).content.decode()
    themes = offered(html, fields[0])
    assert "Sécurité (security)" in themes
    assert "Marketing (marketing)" in themes
    assert themes.count("Marketing (marketing)") == 1
    assert not {"Beveiliging (security)", "Sicherheit (security)"} & set(themes)
    assert len(themes) == Theme.objects.filter(locale=locales["fr"]).count()
    sectors = offered(html, fields[1])
    assert "Commerce de détail (retail)" in sectors
    assert len([label for label in sectors if "(" in label]) == Sector.objects.filter(locale=locales["fr"]).count()


def test_a_french_guide_refuses_a_dutch_theme(admin_in, locales):
    from tests.guides.test_admin import guide_form

    client = admin_in("fr")
    index = GuideIndexPage.objects.get(locale=locales["fr"])
    dutch = Theme.objects.get(slug="security", locale=locales["nl"])
    response = client.post(add_url(index, GuidePage), guide_form(themes=[dutch.pk]))
    assert response.status_code == 200
    assert not GuidePage.objects.filter(slug="gestionnaire-mots-de-passe").exists()
    assert "Sélectionnez un choix valide" in response.content.decode()
