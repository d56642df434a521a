"""Page slugs are plain ASCII: accented letters are transliterated, never kept (``prot%C3%A9ger``) nor dropped."""

import pytest
from django.contrib.auth import get_user_model

from core.slugs import ascii_slug
from guides.models import GuideIndexPage, GuidePage
from taxonomy.models import Theme
from tests.editorial.helpers import add_url
from tests.guides.test_admin import guide_form

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Protéger ses données", "proteger-ses-donnees"),  # fr
        ("Œuvre en façade", "oeuvre-en-facade"),  # fr: Django's slugify drops the œ
        ("Größe der Kmo's prüfen", "grosse-der-kmos-prufen"),  # de: Django's slugify drops the ß
        ("Veilig wifi in de winkel", "veilig-wifi-in-de-winkel"),  # nl
    ],
)
def test_titles_become_ascii_slugs(text, slug):
    assert ascii_slug(text) == slug


@pytest.fixture
def editor(client, site):
    user = get_user_model().objects.create_superuser("chef", "chef@example.be", "pw")
    client.force_login(user)
    return client


def test_a_slug_typed_with_accents_is_transliterated(editor, locales):
    index = GuideIndexPage.objects.get(locale=locales["fr"])
    response = editor.post(add_url(index, GuidePage), guide_form(slug="protéger-ses-données"))
    assert response.status_code == 302
    guide = GuidePage.objects.get(locale=locales["fr"])
    assert guide.slug == "proteger-ses-donnees"
    assert guide.url_path.endswith("/proteger-ses-donnees/")


def test_a_transliterated_slug_already_taken_is_refused_with_a_message(editor, locales):
    index = GuideIndexPage.objects.get(locale=locales["fr"])
    editor.post(add_url(index, GuidePage), guide_form(slug="proteger"))
    response = editor.post(add_url(index, GuidePage), guide_form(slug="protéger"))
    assert response.status_code == 200
    assert "Le slug &#x27;proteger&#x27; est déjà utilisé" in response.content.decode()
    assert GuidePage.objects.count() == 1


def test_the_slug_field_transliterates_in_the_browser(editor, locales):
    """The attributes Wagtail's slug controller reads (the browser test types into it: tests/browser)."""
    index = GuideIndexPage.objects.get(locale=locales["fr"])
    html = editor.get(add_url(index, GuidePage)).content.decode()
    field = html[html.index('name="slug"') : html.index('id="id_slug"')]
    # Unicode slugs off: Django leaves out the attribute whose value is False, the controller's default.
    assert "data-w-slug-allow-unicode-value" not in field
    assert 'data-action="blur-&gt;w-slug#urlify ' in field


def test_a_theme_slug_typed_with_accents_is_transliterated(editor, locales):
    response = editor.post(
        "/admin/snippets/taxonomy/theme/add/?locale=fr",
        {"name": "Réseaux sociaux", "slug": "réseaux-sociaux", "description": ""},
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assert Theme.objects.filter(slug="reseaux-sociaux", locale=locales["fr"]).exists()
