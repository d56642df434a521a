import pytest

from taxonomy import vocabulary
from taxonomy.models import Sector, Theme
from taxonomy.vocabulary import SECTORS, THEMES

EXPECTED_THEMES = {
    "marketing", "security", "mobility", "collaboration", "open-source",
    "e-invoicing-payments", "e-commerce", "website", "data-privacy", "hardware",
}  # fmt: skip
EXPECTED_SECTORS = {"retail", "construction", "horeca-tourism", "transport-logistics"}


def test_the_public_vocabulary_keeps_its_slugs():
    assert set(THEMES) == EXPECTED_THEMES
    assert set(SECTORS) == EXPECTED_SECTORS


def test_the_vocabulary_files_are_read_in_their_order_with_comment_lines_and_a_missing_term_is_refused(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(vocabulary, "DATA", tmp_path)
    (tmp_path / "themes.fr.txt").write_text(
        "# Thèmes\nweb | Site web | Créer « son » site, l'entretenir.\nshop | Boutique | Vendre 🛒 en ligne.\n"
    )
    (tmp_path / "themes.nl.txt").write_text(
        "web | Website | Een site maken in C# of met #website.\n  # a comment\n\nshop | Winkel | Verkopen.\n"
    )
    assert vocabulary.read_terms("themes") == {
        "web": {
            "fr": ("Site web", "Créer « son » site, l'entretenir."),
            "nl": ("Website", "Een site maken in C# of met #website."),
        },
        "shop": {"fr": ("Boutique", "Vendre 🛒 en ligne."), "nl": ("Winkel", "Verkopen.")},
    }
    (tmp_path / "themes.de.txt").write_text("web | Website | Eine Website erstellen.\n")
    with pytest.raises(ValueError, match="shop.*de"):
        vocabulary.read_terms("themes")


@pytest.mark.parametrize("model, slugs", [(Theme, EXPECTED_THEMES), (Sector, EXPECTED_SECTORS)])
def test_each_term_exists_in_three_languages_with_the_same_slug(site, model, slugs):
    for language in ("fr", "nl", "de"):
        assert set(model.objects.filter(locale__language_code=language).values_list("slug", flat=True)) == slugs
    security = {t.locale.language_code: t for t in Theme.objects.filter(slug="security")}
    assert (security["fr"].name, security["nl"].name, security["de"].name) == ("Sécurité", "Beveiliging", "Sicherheit")
    assert len({t.translation_key for t in security.values()}) == 1


def test_theme_admin_lists_the_terms_of_a_language(admin_client, site):
    response = admin_client.get("/admin/snippets/taxonomy/theme/?locale=nl")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Beveiliging" in html and "Sécurité" not in html
