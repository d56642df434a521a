import datetime
import io

import pytest
from django.core.management import call_command

from guides.models import GuidePage, RelatedGuide
from sponsors.models import Sponsor
from taxonomy.models import Theme


@pytest.fixture
def guides(site, guides_file):
    """Guides 1 and 2 published in FR, NL and DE through the importer; guide 1 credits a sponsor."""
    call_command("import_guides", str(guides_file(2)), "--publish", stdout=io.StringIO())
    pages = {(page.slug.split("-")[-1], page.locale.language_code): page for page in GuidePage.objects.all()}
    sponsor = Sponsor.objects.create(
        locale=pages["1", "fr"].locale,
        name="Numeria Services",
        category=Sponsor.Category.SOFTWARE_IT,
        website="https://numeria.example",
        contract_start=datetime.date.today() - datetime.timedelta(days=10),
        contract_end=datetime.date.today() + datetime.timedelta(days=10),
    )
    for language in ("fr", "nl", "de"):
        page = pages["1", language]
        page.sponsor = sponsor
        # As wagtail-localize's sync does: the link is copied from the French page.
        page.related_guides = [RelatedGuide(guide=pages["2", "fr"])]
        page.save_revision().publish()
    return pages


EXPECTED = {
    "fr": ("Fiche pratique 1", "Pourquoi", "Sécurité", "Fiche pratique 2"),
    "nl": ("Praktische fiche 1", "Waarom", "Beveiliging", "Praktische fiche 2"),
    "de": ("Praxisleitfaden 1", "Warum", "Sicherheit", "Praxisleitfaden 2"),
}


@pytest.mark.parametrize("language", ["fr", "nl", "de"])
def test_api_represents_a_guide_in_its_language(client, guides, language):
    title, heading, theme, related = EXPECTED[language]
    page = guides["1", language]
    data = client.get(f"/api/v2/pages/{page.pk}/").json()
    assert data["meta"]["type"] == "guides.GuidePage"
    assert data["meta"]["locale"] == language
    assert data["title"] == title
    assert data["body"][0] == {"type": "heading", "value": heading, "id": guides["1", "fr"].body[0].id}
    assert [block["type"] for block in data["body"]] == ["heading", "paragraph", "steps", "checklist", "callout"]
    assert data["themes"] == [
        {"id": Theme.objects.get(slug="security", locale=page.locale).pk, "slug": "security", "name": theme},
    ]
    assert data["sectors"][0]["slug"] == "construction"
    assert data["level"] == "beginner"
    assert data["reading_time"] == 1
    assert [guide["title"] for guide in data["related_guides"]] == [related]
    assert data["related_guides"][0]["html_url"].startswith(f"http://testserver/{language}/")
    assert data["sponsor"]["name"] == "Numeria Services"
    assert data["sponsor"]["website"] == "https://numeria.example"


def test_api_hides_a_sponsor_whose_contract_has_ended(client, guides):
    Sponsor.objects.update(contract_end=datetime.date.today() - datetime.timedelta(days=1))
    data = client.get(f"/api/v2/guides/{guides['1', 'nl'].pk}/").json()
    assert data["sponsor"] is None


def test_guides_endpoint_filters_by_theme_sector_level_and_locale(client, guides):
    def titles(query):
        response = client.get(f"/api/v2/guides/?{query}")
        assert response.status_code == 200, response.content
        return sorted(item["title"] for item in response.json()["items"])

    assert titles("locale=nl") == ["Praktische fiche 1", "Praktische fiche 2"]
    assert titles("locale=de&theme=security") == ["Praxisleitfaden 1"]
    assert titles("locale=fr&theme=mobility") == ["Fiche pratique 2"]
    # Guide 1 is for construction; guide 2 (n=2: sector horeca-tourism) is not.
    assert titles("locale=fr&sector=construction") == ["Fiche pratique 1"]
    assert titles("locale=fr&level=beginner") == ["Fiche pratique 1", "Fiche pratique 2"]
    assert titles("locale=fr&level=advanced") == []
    refused = client.get("/api/v2/guides/?level=expert", HTTP_ACCEPT_LANGUAGE="nl")
    assert refused.status_code == 400
    assert refused.json() == {"message": "Onbekend niveau “expert”: kies uit beginner, intermediate, advanced."}
    listing = client.get("/api/v2/guides/?locale=nl&theme=security").json()["items"][0]
    assert listing["summary"] == "Wat fiche 1 u leert, in één zin."
    assert listing["themes"][0]["name"] == "Beveiliging"
