"""Re-importing a file whose texts hold quotes, entities, markup characters and emoji changes nothing."""

import json

import pytest
from wagtail.models import Revision

from guides.models import GuidePage
from tests.guides.test_import import run_import, snapshot

NBSP = "\u00a0"
TRICKY = f'"droites" “courbes” « chevrons » l\'apostrophe l’été & <b>pas du HTML</b> &lt; &amp; &eacute;{NBSP}: 🚀👩‍💻'


def tricky_guide(n):
    texts = {}
    for language, word in (("fr", "Fiche"), ("nl", "Fiche NL"), ("de", "Leitfaden")):
        texts[language] = {
            "title": f"{word} {n} {TRICKY}",
            "summary": f"{word} : {TRICKY} 5 < 6 > 4",
            "body": (
                f"## {word} {TRICKY}\n\n"
                f'Un paragraphe {TRICKY} avec un [lien "cité"](https://example.be/?a=1&b=2) et **gras « ici »**.\n\n'
                f"- point {TRICKY}\n- 2 < 3 & 4 > 1\n\n"
                f'1. **Étape "une"** : {TRICKY}\n2. fin{NBSP}!\n\n'
                f'> [!TIP] Astuce "{word}"\n> {TRICKY}'
            ),
        }
    return json.dumps({"slug": f"speciale-{n}", "themes": ["security"], "sectors": [], "translations": texts})


@pytest.mark.parametrize("options", [(), ("--publish",)])
def test_reimporting_texts_with_quotes_entities_and_emoji_in_every_language_changes_nothing(
    site, guides_file, options
):
    path = guides_file(lines=[tricky_guide(1), tricky_guide(2)])
    out, err = run_import(path, *options)
    assert err == "" and "créées : 2, mises à jour : 0" in out
    nl = GuidePage.objects.get(slug="speciale-1", locale__language_code="nl")
    assert '"droites"' in nl.get_latest_revision_as_object().title
    before, revisions = snapshot(), Revision.objects.count()

    out, err = run_import(path, *options)

    assert err == ""
    assert "créées : 0, mises à jour : 0, inchangées : 2, en échec : 0" in out
    assert Revision.objects.count() == revisions
    assert snapshot() == before
