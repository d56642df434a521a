"""Imported guides keep the file's slug in every language unless the file gives a language its own; slugs are
transliterated to ASCII; a published guide whose Dutch slug changes redirects from its old Dutch address."""

import json

import pytest
from wagtail.contrib.redirects.models import Redirect

from guides.models import GuidePage
from tests.guides.conftest import guide_line
from tests.guides.test_import import run_import

pytestmark = pytest.mark.django_db


def with_slugs(n, **slugs):
    data = json.loads(guide_line(n))
    for language, slug in slugs.items():
        data["translations"][language]["slug"] = slug
    return json.dumps(data, ensure_ascii=False)


def slugs_of(n_slug):
    fr = GuidePage.objects.get(slug=n_slug, locale__language_code="fr")
    return {
        page.locale.language_code: page.slug for page in GuidePage.objects.filter(translation_key=fr.translation_key)
    }


def test_the_file_slug_names_every_language_unless_one_is_given(site, guides_file):
    path = guides_file(lines=[guide_line(1), with_slugs(2, nl="praktische-fiche-2", de="Größe prüfen")])
    run_import(path, "--publish")
    assert slugs_of("fiche-1") == {"fr": "fiche-1", "nl": "fiche-1", "de": "fiche-1"}
    assert slugs_of("fiche-2") == {"fr": "fiche-2", "nl": "praktische-fiche-2", "de": "grosse-prufen"}
    dutch = GuidePage.objects.get(slug="praktische-fiche-2")
    assert dutch.url.endswith("/praktische-fiche-2/") and dutch.url.startswith("/nl/")
    # A second import finds every guide again and changes nothing.
    out, _err = run_import(path, "--publish")
    assert "créées : 0, mises à jour : 0, inchangées : 2" in out


def test_an_accented_slug_is_transliterated_and_found_again(site, guides_file):
    path = guides_file(lines=[guide_line(1, slug="protéger-ses-données")])
    run_import(path, "--publish")
    assert slugs_of("proteger-ses-donnees") == dict.fromkeys(("fr", "nl", "de"), "proteger-ses-donnees")
    out, _err = run_import(path, "--publish")
    assert "inchangées : 1" in out


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("fr", "le slug en nl doit être fait de lettres, de chiffres et de traits d'union"),
        ("nl", "de slug in nl moet bestaan uit letters, cijfers en koppeltekens"),
        ("de", "der Slug in nl muss aus Buchstaben, Ziffern und Bindestrichen bestehen"),
    ],
)
def test_an_unusable_slug_for_a_language_is_refused_in_the_users_language(site, guides_file, language, message):
    path = guides_file(lines=[with_slugs(1, nl="!!!"), guide_line(2)])
    out, err = run_import(path, language=language)
    assert message in err
    assert not GuidePage.objects.filter(slug="fiche-1").exists()
    assert GuidePage.objects.filter(slug="fiche-2").count() == 3


def test_a_published_guide_whose_dutch_slug_changes_redirects_from_the_old_address(
    client, site, guides_file, django_capture_on_commit_callbacks
):
    # Wagtail tells of a slug change once the transaction is committed: run what the import left for then.
    with django_capture_on_commit_callbacks(execute=True):
        run_import(guides_file(lines=[guide_line(1)]), "--publish")
    with django_capture_on_commit_callbacks(execute=True):
        run_import(guides_file(lines=[with_slugs(1, nl="praktische-fiche-1")], name="v2.jsonl"), "--publish")
    dutch = GuidePage.objects.get(slug="praktische-fiche-1")
    assert dutch.live
    response = client.get(dutch.url.replace("praktische-fiche-1", "fiche-1"))
    assert response.status_code in (301, 302)
    assert response["Location"].endswith(dutch.url)
    assert Redirect.objects.count() == 1
