import io

from cms.demo import build_guides
from core.demo import demo_data
from guides.models import GuidePage
from tests.demo_snapshot import pages_state


def test_demo_guides_are_built_in_three_languages_once(demo_content, demo_snapshot):
    """On the demo as `build_demo --force` left it (built once per run: tests/demo_snapshot.py)."""
    assert "Created 20 demo guides in FR, NL and DE" in demo_snapshot.output
    guides = GuidePage.objects.live()
    assert guides.count() == 60
    assert {len(guides.filter(translation_key=g.translation_key)) for g in guides} == {3}

    peppol = GuidePage.objects.get(slug="facturer-electroniquement-avec-peppol", locale__language_code="fr")
    nl = peppol.get_translations().get(locale__language_code="nl").specific
    assert nl.title == "Elektronisch factureren met Peppol"
    assert [block.block_type for block in nl.body] == [
        "heading", "paragraph", "heading", "steps", "heading", "checklist", "callout",
    ]  # fmt: skip
    assert nl.body[3].value["steps"][0]["title"] == "Controleer uw software"
    assert [theme.name for theme in nl.localized_themes] == ["Elektronische facturatie en betaling"]
    assert nl.level == "intermediate" and nl.last_reviewed.isoformat() == "2026-01-05"
    assert nl.sponsor.name == "Nuvalis Logiciels" and nl.sponsor.locale == nl.locale
    assert [guide.title for guide in nl.localized_related_guides] == [
        "Offertes en facturen op tablet op de werf",
        "Een kassasysteem kiezen",
    ]

    before = pages_state()
    build_guides(demo_data("guides.jsonl"), stdout=io.StringIO())
    assert pages_state() == before
