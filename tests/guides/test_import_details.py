"""A partner's file can carry a guide's level, last review date, sponsor (by name) and related guides (by slug)."""

import json

from wagtail.models import Locale

from guides.models import GuidePage
from tests.factories import SponsorFactory, translate
from tests.guides.conftest import guide_line
from tests.guides.test_import import run_import, snapshot


def with_details(n, **details):
    return json.dumps({**json.loads(guide_line(n)), **details}, ensure_ascii=False)


def test_details_reach_every_language_and_related_guides_may_come_later_in_the_file(site, guides_file):
    sponsor = SponsorFactory(name="Nuvalis Logiciels")
    for language in ("nl", "de"):
        translate(sponsor, Locale.objects.get(language_code=language), description=f"Nuvalis ({language})")
    details = {"level": "advanced", "last_reviewed": "2026-01-05", "sponsor": "Nuvalis Logiciels"}
    lines = [
        with_details(1, **details, related=["fiche-3", "fiche-2"]),
        with_details(2, level="intermediate"),
        guide_line(3),
    ]
    path = guides_file(lines=lines)
    out, err = run_import(path, "--publish")
    assert err == ""
    assert "créées : 3, mises à jour : 0, inchangées : 0, en échec : 0" in out
    for language in ("fr", "nl", "de"):
        guide = GuidePage.objects.get(slug="fiche-1", locale__language_code=language)
        assert guide.level == "advanced" and guide.last_reviewed.isoformat() == "2026-01-05"
        assert guide.sponsor.name == "Nuvalis Logiciels" and guide.sponsor.locale == guide.locale
        # In the file's order, each in the guide's own language.
        assert [(g.slug, g.locale_id) for g in guide.localized_related_guides] == [
            ("fiche-3", guide.locale_id),
            ("fiche-2", guide.locale_id),
        ]
    assert GuidePage.objects.get(slug="fiche-2", locale__language_code="de").level == "intermediate"

    before = snapshot()
    out, err = run_import(path, "--publish")
    assert "créées : 0, mises à jour : 0, inchangées : 3, en échec : 0" in out
    assert snapshot() == before


def test_a_line_without_details_leaves_those_an_editor_set(site, guides_file):
    run_import(guides_file(lines=[with_details(1, level="advanced", last_reviewed="2025-06-30")]), "--publish")
    out, _err = run_import(guides_file(lines=[guide_line(1)]), "--publish")
    assert "inchangées : 1" in out
    guide = GuidePage.objects.get(slug="fiche-1", locale__language_code="fr")
    assert guide.level == "advanced" and guide.last_reviewed.isoformat() == "2025-06-30"
    # A changed detail is an update, published in every language.
    out, _err = run_import(guides_file(lines=[with_details(1, level="beginner")]), "--publish")
    assert "mises à jour : 1" in out
    assert set(GuidePage.objects.filter(slug="fiche-1").values_list("level", flat=True)) == {"beginner"}


def test_wrong_details_are_named_and_nothing_of_the_guide_is_written(site, guides_file):
    wrong = {
        1: ({"level": "expert"}, "level doit être l'un de beginner, intermediate, advanced"),
        2: ({"last_reviewed": "05/01/2026"}, "last_reviewed doit être une date écrite AAAA-MM-JJ"),
        3: ({"sponsor": "Inconnue SA"}, "sponsor inconnu : Inconnue SA"),
        4: ({"related": ["fiche-99"]}, "fiche(s) liée(s) inconnue(s) : fiche-99"),
        5: ({"related": "fiche-1"}, "related doit être une liste de slugs de fiches"),
        6: ({"related": ["fiche-6"]}, "fiche(s) liée(s) inconnue(s) : fiche-6"),
    }
    out, err = run_import(guides_file(lines=[with_details(n, **details) for n, (details, _m) in wrong.items()]))
    assert "créées : 0, mises à jour : 0, inchangées : 0, en échec : 6" in out
    for n, (_details, message) in wrong.items():
        assert f"ligne {n} fiche-{n} : échec : {message}" in err
    assert not GuidePage.objects.exists()
