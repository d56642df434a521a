import io
import json

from django.core.management import CommandError, call_command
from wagtail.models import Page, Revision
from wagtail_localize.models import StringTranslation

from guides.models import GuidePage
from tests.guides.conftest import guide_line


def run_import(path, *options, language="fr"):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_guides", str(path), *options, "--language", language, stdout=out, stderr=err)
    except CommandError as error:
        return out.getvalue(), err.getvalue() + str(error)
    return out.getvalue(), err.getvalue()


def snapshot():
    return (
        sorted(Page.objects.values_list("pk", "title", "slug", "locale__language_code", "live", "latest_revision_id")),
        Revision.objects.count(),
        StringTranslation.objects.count(),
    )


def test_48_guides_in_three_languages_become_144_pages_linked_as_translations_and_a_second_import_changes_nothing(
    site, guides_file
):
    """One import of the 48 guides (close to a minute on CI's machine) for the three promises it makes."""
    path = guides_file(48)
    out, err = run_import(path)
    assert err == ""
    assert "créées : 48, mises à jour : 0, inchangées : 0, en échec : 0" in out
    guides = GuidePage.objects.all()
    assert guides.count() == 144
    by_key = {}
    for guide in guides:
        by_key.setdefault(guide.translation_key, {})[guide.locale.language_code] = guide
    assert len(by_key) == 48
    assert all(sorted(languages) == ["de", "fr", "nl"] for languages in by_key.values())
    fr = GuidePage.objects.get(slug="fiche-7", locale__language_code="fr")
    nl = fr.get_translation(fr.locale.__class__.objects.get(language_code="nl"))
    assert nl.title == "Praktische fiche 7"
    assert nl.get_translation(fr.locale) == fr
    # The file's slug names the guide in every language.
    assert {guide.slug for guide in by_key[fr.translation_key].values()} == {"fiche-7"}
    assert nl.url == "/nl/praktische-fiches/fiche-7/"
    # Without --publish the guides are drafts.
    assert not guides.filter(live=True).exists()

    # The translations keep the French block ids and are recorded for translators.
    fr = GuidePage.objects.get(slug="fiche-2", locale__language_code="fr")
    nl = fr.get_translations().get(locale__language_code="nl").specific
    de = fr.get_translations().get(locale__language_code="de").specific
    source_ids = [block.id for block in fr.body]
    assert [block.id for block in nl.body] == source_ids == [block.id for block in de.body]
    assert [block.block_type for block in fr.body] == ["heading", "paragraph", "steps", "checklist", "callout"]
    assert nl.body[0].value == "Waarom"
    assert "<b>eenvoudige tool</b>" in nl.body[1].value.source
    assert nl.body[2].value["steps"][0]["title"] == "Inventariseer"
    assert StringTranslation.objects.filter(locale=nl.locale, data="Waarom").exists()
    # A Dutch guide lists Dutch theme names.
    assert [theme.name for theme in nl.localized_themes] == ["Mobiliteit"]
    assert [theme.name for theme in de.localized_themes] == ["Mobilität"]

    # Importing the same file again changes nothing.
    before = snapshot()
    out, err = run_import(path)
    assert err == ""
    assert "créées : 0, mises à jour : 0, inchangées : 48, en échec : 0" in out
    assert snapshot() == before


def test_a_bad_line_is_named_and_the_good_guides_are_imported(site, guides_file):
    mismatched = json.loads(guide_line(6))
    mismatched["translations"]["nl"]["body"] += "\n\n## Extra kop"
    lines = [
        guide_line(1),
        guide_line(2, themes=["astrology"]),
        '{"slug": "fiche-3", "translations": ',
        guide_line(4, translations={"fr": {"summary": "Sans titre", "body": "Texte"}}),
        guide_line(5),
        json.dumps(mismatched),
        guide_line(7, sectors=["mining"]),
    ]
    out, err = run_import(guides_file(lines=lines))
    assert "créées : 2, mises à jour : 0, inchangées : 0, en échec : 5" in out
    assert "ligne 2 fiche-2" in err and "astrology" in err
    assert "ligne 3" in err and "JSON" in err
    assert "ligne 4 fiche-4" in err and "title manquant en fr" in err
    assert "ligne 6 fiche-6" in err and "nl" in err
    assert "ligne 7 fiche-7" in err and "mining" in err
    assert "2, 3, 4, 6, 7" in err
    imported = set(GuidePage.objects.filter(locale__language_code="fr").values_list("slug", flat=True))
    assert imported == {"fiche-1", "fiche-5"}
    # Nothing of the guide whose Dutch failed was written, not even its French page.
    assert GuidePage.objects.count() == 6


def test_dry_run_checks_everything_and_writes_nothing(site, guides_file):
    before = snapshot()
    path = guides_file(lines=[guide_line(1), guide_line(2, themes=["astrology"])])
    out, err = run_import(path, "--dry-run", language="nl")
    assert "Proefdraai, niets weggeschreven: aangemaakt: 1, bijgewerkt: 0, ongewijzigd: 0, mislukt: 1" in out
    assert "regel 2 fiche-2: mislukt: onbekend(e) thema('s): astrology" in err
    assert snapshot() == before


def test_publish_then_reimport_a_change_as_a_draft(site, guides_file):
    run_import(guides_file(2), "--publish")
    assert GuidePage.objects.live().count() == 6
    fr = GuidePage.objects.get(slug="fiche-1", locale__language_code="fr")
    revisions = fr.revisions.count()
    changed = json.loads(guide_line(1))
    changed["translations"]["fr"]["summary"] = "Un nouveau résumé, relu par un expert."
    out, err = run_import(guides_file(lines=[json.dumps(changed), guide_line(2)]))
    assert err == ""
    assert "créées : 0, mises à jour : 1, inchangées : 1, en échec : 0" in out
    fr.refresh_from_db()
    # The live page still shows the published text; the change waits as a draft for review.
    assert fr.live and fr.has_unpublished_changes
    assert fr.summary == "Ce que la fiche 1 vous apprend, en une phrase."
    assert fr.get_latest_revision_as_object().summary == "Un nouveau résumé, relu par un expert."
    assert fr.revisions.count() == revisions + 1
    # Publishing the same file publishes the draft.
    out, _err = run_import(guides_file(lines=[json.dumps(changed), guide_line(2)]), "--publish")
    assert "mises à jour : 1, inchangées : 1" in out
    fr.refresh_from_db()
    assert fr.summary == "Un nouveau résumé, relu par un expert." and not fr.has_unpublished_changes


def test_reimporting_a_translation_without_publish_leaves_the_live_dutch_page_as_reviewed(client, site, guides_file):
    run_import(guides_file(1), "--publish")
    nl = GuidePage.objects.get(locale__language_code="nl")
    changed = json.loads(guide_line(1))
    changed["translations"]["nl"]["summary"] = "Een herwerkte samenvatting, nog niet nagelezen."
    out, err = run_import(guides_file(lines=[json.dumps(changed)]))
    assert err == "" and "mises à jour : 1" in out
    nl.refresh_from_db()
    assert nl.live and nl.has_unpublished_changes
    assert nl.summary == "Wat fiche 1 u leert, in één zin."
    assert nl.get_latest_revision_as_object().summary == "Een herwerkte samenvatting, nog niet nagelezen."
    html = client.get(nl.url).content.decode()
    assert "Wat fiche 1 u leert" in html and "herwerkte" not in html
    # Publishing the same file publishes the reviewed change.
    run_import(guides_file(lines=[json.dumps(changed)]), "--publish")
    assert "herwerkte samenvatting" in client.get(nl.url).content.decode()
