"""The glossary: managed terms, theme, sector and partner names, checked beside the editor and given to DeepL."""

import http.server
import json
import re
import threading
from urllib.parse import parse_qs

import pytest
from django.urls import reverse
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment, StringTranslation

from editorial import glossary
from editorial.models import DeepLGlossary, GlossaryTerm
from sponsors.models import Partner
from taxonomy.models import Sector, Theme
from tests.editorial.test_memory import new_page
from tests.editorial.test_sync import target, translate, translation_into

PARAGRAPH = "Passez à la facture électronique avec l'Agence du Numérique, même dans le Commerce de détail."


@pytest.fixture
def terms(locales):
    GlossaryTerm.objects.create(french="facture électronique", dutch="e-factuur", german="E-Rechnung")
    theme = Theme.objects.create(name="Cybersécurité", slug="cyber-glossaire", locale=locales["fr"])
    Theme.objects.create(
        name="Cyberbeveiliging", slug="cyber-glossaire", locale=locales["nl"], translation_key=theme.translation_key
    )
    waiting = Theme.objects.create(name="Télétravail", slug="teletravail-glossaire", locale=locales["fr"])
    Theme.objects.create(
        name="Thuiswerk",
        slug="teletravail-glossaire",
        locale=locales["nl"],
        translation_key=waiting.translation_key,
        live=False,  # a translator's draft no reviewer approved
    )
    sector = Sector.objects.create(name="Commerce de détail", slug="detail-glossaire", locale=locales["fr"])
    Sector.objects.create(
        name="Detailhandel", slug="detail-glossaire", locale=locales["nl"], translation_key=sector.translation_key
    )
    partner = Partner.objects.create(name="Agence du Numérique", locale=locales["fr"])
    Partner.objects.create(
        name="Agentschap Digitaal Wallonië", locale=locales["nl"], translation_key=partner.translation_key
    )


def test_managed_terms_and_reviewed_names_make_the_glossary(terms):
    dutch = {term.french: term.rendering for term in glossary.terms("nl")}
    assert dutch["facture électronique"] == "e-factuur"
    assert dutch["Cybersécurité"] == "Cyberbeveiliging"
    assert dutch["Commerce de détail"] == "Detailhandel"
    assert dutch["Agence du Numérique"] == "Agentschap Digitaal Wallonië"
    assert "Télétravail" not in dutch  # its Dutch name is not reviewed yet
    german = {term.french: term.rendering for term in glossary.terms("de")}
    assert german["facture électronique"] == "E-Rechnung" and "Cybersécurité" not in german


def test_terms_match_plurals_and_inflections_not_other_words(terms):
    term = next(term for term in glossary.terms("nl") if term.french == "facture électronique")
    assert term.found_in("Les Factures électroniques arrivent.")
    assert not term.found_in("La facturation électronique arrive.")
    assert term.rendered_in("De e-facturen komen eraan.")
    assert not term.rendered_in("De elektronische facturen komen eraan.")


def flags_shown(client, translation):
    page = client.get(reverse("editorial:assist", args=(translation.pk,))).content.decode()
    row = re.search(
        r'<tr data-segment="\d+"( class="flagged")?>\s*<td>Passez à la facture.*?</tr>', page, re.S
    ).group()
    return [
        " ".join(flag.split())
        for flag in re.findall(r'<p class="help-block help-warning glossary-flag"[^>]*>(.*?)</p>', row, re.S)
    ]


def test_a_translation_missing_a_term_is_flagged_until_fixed(terms, homes, users, client):
    page = new_page(homes, "e-facture", "Passer à la facture électronique", paragraphs=[PARAGRAPH])
    translator = users["translator-nl"]
    profile = UserProfile.get_for_user(translator)
    profile.preferred_language = "nl"
    profile.save()
    client.force_login(translator)
    translate(
        page,
        "nl",
        **{PARAGRAPH: "Stap over op elektronische facturen met het Agentschap Digitaal Wallonië, in de kleinhandel."},
    )
    flags = flags_shown(client, translation_into(page, "nl"))
    assert len(flags) == 2
    assert (
        "De Franse tekst bevat ‘facture électronique’ (woordenlijst): de vertaling moet ‘e-factuur’ gebruiken."
        in flags[0]
    )
    assert "‘Commerce de détail’ (sector): de vertaling moet ‘Detailhandel’ gebruiken." in flags[1]

    translate(
        page,
        "nl",
        **{PARAGRAPH: "Stap over op e-facturen met het Agentschap Digitaal Wallonië, ook in de detailhandel."},
    )
    assert flags_shown(client, translation_into(page, "nl")) == []


#: As the translation editor's script asks (Wagtail's admin answers such requests 403, not with a redirect).
AJAX = {"x-requested-with": "XMLHttpRequest"}


def editor_flags(client, translation):
    """What the translation editor's script is told: {segment's French text: [message]}."""
    response = client.get(reverse("editorial:glossary_flags", args=(translation.pk,)), headers=AJAX)
    assert response.status_code == 200
    texts = dict(StringSegment.objects.filter(source=translation.source).values_list("pk", "string__data"))
    return {texts[row["id"]]: [flag["message"] for flag in row["flags"]] for row in response.json()["segments"]}


def speaks(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def test_the_translation_editor_is_told_each_segment_missing_a_term_in_the_users_language(terms, homes, users, client):
    page = new_page(homes, "e-facture", "Passer à la facture électronique", paragraphs=[PARAGRAPH])
    dutch = "Stap over op elektronische facturen met het Agentschap Digitaal Wallonië, in de kleinhandel."
    translate(page, "nl", **{"Passer à la facture électronique": "Overstappen op de e-factuur", PARAGRAPH: dutch})
    translate(page, "de", **{PARAGRAPH: "Wechseln Sie zur elektronischen Rechnung."})

    client.force_login(speaks(users["translator-nl"], "nl"))
    assert editor_flags(client, translation_into(page, "nl")) == {
        PARAGRAPH: [
            "Woordenlijst: ‘facture électronique’ → ‘e-factuur’",
            "Sector: ‘Commerce de détail’ → ‘Detailhandel’",
        ]
    }
    client.force_login(speaks(users["translator-de"], "de"))
    assert editor_flags(client, translation_into(page, "de")) == {
        PARAGRAPH: [
            "Glossar: „facture électronique“ → „E-Rechnung“",
            "Branche: „Commerce de détail“ → „Einzelhandel“",  # the sector's German name, from setup_site
        ]
    }
    client.force_login(speaks(users["administrator"], "fr"))
    assert editor_flags(client, translation_into(page, "de")) == {
        PARAGRAPH: [
            "Glossaire : « facture électronique » → « E-Rechnung »",
            "Secteur : « Commerce de détail » → « Einzelhandel »",
        ]
    }

    # The translator fixes the segment: the editor is told nothing more.
    translate(
        page,
        "nl",
        **{PARAGRAPH: "Stap over op e-facturen met het Agentschap Digitaal Wallonië, ook in de detailhandel."},
    )
    client.force_login(users["translator-nl"])
    assert editor_flags(client, translation_into(page, "nl")) == {}


def test_only_who_may_translate_a_translation_is_told_its_flags(terms, homes, users, client):
    page = new_page(homes, "e-facture", "Passer à la facture électronique", paragraphs=[PARAGRAPH])
    translate(page, "nl", **{PARAGRAPH: "Stap over op elektronische facturen."})
    url = reverse("editorial:glossary_flags", args=(translation_into(page, "nl").pk,))
    assert client.get(url, headers=AJAX).status_code == 403  # not logged in
    client.force_login(users["translator-de"])
    assert client.get(url, headers=AJAX).status_code == 403  # a Dutch translation
    client.force_login(users["editor-ucm"])
    assert client.get(url, headers=AJAX).status_code == 403
    client.force_login(users["translator-nl"])
    assert client.get(url, headers=AJAX).status_code == 200
    missing = reverse("editorial:glossary_flags", args=(translation_into(page, "nl").pk + 1000,))
    assert client.get(missing, headers=AJAX, follow=True).status_code == 404  # after i18n_patterns' redirect


class FakeDeepL:
    """A stand-in for DeepL's HTTP API (a paid service that cannot run here): the only part of these tests that
    is not the product. It keeps the glossaries it is sent and applies them to the texts it "translates"."""

    def __init__(self):
        self.glossaries, self.deleted, self.translations = {}, [], []
        fake = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _body(self):
                return self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()

            def _answer(self, status, payload=None):
                body = json.dumps(payload).encode() if payload is not None else b""
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self):
                if self.path == "/v2/glossaries":
                    glossary = json.loads(self._body())
                    glossary_id = f"g-{len(fake.glossaries) + 1}"
                    fake.glossaries[glossary_id] = glossary
                    return self._answer(201, {"glossary_id": glossary_id, "ready": True})
                form = parse_qs(self._body())
                fake.translations.append(form)
                entries = {}
                if "glossary_id" in form:
                    lines = fake.glossaries[form["glossary_id"][0]]["entries"].splitlines()
                    entries = dict(line.split("\t") for line in lines)
                texts = []
                for text in form["text"]:
                    for french, rendering in entries.items():
                        text = text.replace(french, rendering)
                    texts.append(f"[{form['target_lang'][0]}] {text}")
                return self._answer(
                    200, {"translations": [{"detected_source_language": "FR", "text": text} for text in texts]}
                )

            def do_DELETE(self):
                fake.deleted.append(self.path.rsplit("/", 1)[1])
                self._answer(204)

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def deepl(settings):
    server = FakeDeepL()
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "editorial.deepl.GlossaryDeepLTranslator",
        "OPTIONS": {"AUTH_KEY": "test-key", "API_URL": server.url},
    }
    yield server
    server.stop()


def test_the_machine_prefill_is_given_the_glossary(terms, deepl, homes):
    page = new_page(homes, "e-facture", "Passer à la facture électronique", paragraphs=[PARAGRAPH])
    dutch = next(glossary for glossary in deepl.glossaries.values() if glossary["target_lang"] == "nl")
    assert dutch["source_lang"] == "fr" and "facture électronique\te-factuur" in dutch["entries"].splitlines()
    assert "Cybersécurité\tCyberbeveiliging" in dutch["entries"].splitlines()
    german = next(glossary for glossary in deepl.glossaries.values() if glossary["target_lang"] == "de")
    assert "facture électronique\tE-Rechnung" in german["entries"].splitlines()
    assert all("glossary_id" in request for request in deepl.translations)

    string = StringTranslation.objects.get(
        translation_of__data=PARAGRAPH, locale__language_code="nl", context__object_id=page.translation_key
    )
    assert string.translation_type == "machine" and "e-factuur" in string.data
    assert "e-factuur" in str(target(page, "nl").get_latest_revision_as_object().body)

    # The same terms: the glossaries DeepL holds are used again; a changed term makes a new one.
    made = len(deepl.glossaries)
    new_page(homes, "autre", "Une autre page sur la facture électronique")
    assert len(deepl.glossaries) == made
    former = DeepLGlossary.objects.get(target_language="nl").glossary_id
    GlossaryTerm.objects.filter(french="facture électronique").update(dutch="elektronische factuur")
    new_page(homes, "encore", "Encore une page sur la facture électronique")
    assert len(deepl.glossaries) == made + 1
    assert "facture électronique\telektronische factuur" in deepl.glossaries[f"g-{made + 1}"]["entries"]
    assert deepl.deleted == [former]  # DeepL keeps no glossary nobody uses
