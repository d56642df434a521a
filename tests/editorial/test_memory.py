"""The translation memory: reviewed translations come back, pre-filled or suggested, on other pages."""

import html
import io
import json
import re

import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail.rich_text import RichText
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringTranslation

from editorial import memory
from editorial.models import MemoryEntry
from home.models import ContentPage
from tests.editorial.test_permissions import refused
from tests.editorial.test_sync import approve, publish_source, target, translate, translation_into

GUIDE_A = {
    "title": "Facturer en ligne",
    "intro": "La facture électronique simplifie la comptabilité.",
    "paragraphs": ["En 2025, 45 % des PME facturent en ligne.", "Demandez conseil à votre comptable."],
}
DUTCH_A = {
    "Facturer en ligne": "Online factureren",
    "La facture électronique simplifie la comptabilité.": "De e-factuur vereenvoudigt de boekhouding.",
    "En 2025, 45 % des PME facturent en ligne.": "In 2025 factureert 45 % van de kmo's online.",
    "Demandez conseil à votre comptable.": "Vraag advies aan uw boekhouder.",
}


def new_page(homes, slug, title, intro="", paragraphs=()):
    page = homes["fr"].add_child(
        instance=ContentPage(
            title=title,
            slug=slug,
            intro=intro,
            body=[("paragraph", RichText(f"<p>{text}</p>")) for text in paragraphs],
            live=False,
        )
    )
    return publish_source(page)


def reviewed_in_dutch(client, users, page, strings):
    """A Dutch translator translates ``page``, submits it, a reviewer approves it."""
    translate(page, "nl", **strings)
    client.force_login(users["translator-nl"])
    client.post(reverse("editorial:submit_translation", args=(translation_into(page, "nl").pk,)))
    approve(client, users["reviewer"], target(page, "nl"))
    assert target(page, "nl").live


@pytest.fixture
def reviewed_guide(homes, users, client):
    page = new_page(homes, "facturer", **GUIDE_A)
    reviewed_in_dutch(client, users, page, DUTCH_A)
    return page


def in_dutch(user):
    speaks(user, "nl")


def speaks(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


def dutch_string(page, source_text):
    return StringTranslation.objects.get(
        translation_of__data=source_text,
        locale__language_code="nl",
        context__object_id=page.translation_key,
    )


def test_normalising_sets_numbers_whitespace_and_punctuation_aside():
    assert memory.match_key("En 2025, 45 % des PME !") == memory.match_key("En  2026 : 50 % des PME")
    assert memory.match_key("Demandez conseil.") != memory.match_key("Demandez un conseil.")
    assert memory.adapt("En 2025, 45 %", "In 2025, 45 %", "En 2026, 1 250 %") == "In 2026, 1 250 %"
    # Numbers the translator spelled out cannot be carried over: not pre-filled.
    assert memory.adapt("Les 3 étapes", "De drie stappen", "Les 4 étapes") is None


def test_reviewed_translations_enter_the_memory_per_language_pair(reviewed_guide):
    entries = MemoryEntry.objects.filter(source_language="fr", source__in=DUTCH_A)
    assert dict(entries.filter(target_language="nl").values_list("source", "target")) == DUTCH_A
    assert not entries.filter(target_language="de").exists()  # German was never reviewed


def test_translations_not_yet_approved_stay_out_of_the_memory(homes, users, client):
    page = new_page(homes, "facturer", **GUIDE_A)
    translate(page, "nl", **DUTCH_A)
    client.force_login(users["translator-nl"])
    client.post(reverse("editorial:submit_translation", args=(translation_into(page, "nl").pk,)))
    assert not target(page, "nl").live  # waiting for the reviewer
    assert not MemoryEntry.objects.filter(source__in=DUTCH_A).exists()


def test_machine_translations_published_unconfirmed_stay_out_of_the_memory(homes, users, client, settings):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
        "OPTIONS": {},
    }
    page = new_page(homes, "facturer", **GUIDE_A)
    # The translator confirms the title only; the machine's other segments are published as they are.
    reviewed_in_dutch(client, users, page, {"Facturer en ligne": "Online factureren"})
    remembered = MemoryEntry.objects.filter(source__in=DUTCH_A).values_list("source", "target")
    assert list(remembered) == [("Facturer en ligne", "Online factureren")]


def test_exact_matches_are_prefilled_and_marked_from_memory_in_the_editor(reviewed_guide, homes, users, client):
    second = new_page(
        homes,
        "comptable",
        "Choisir son logiciel",
        paragraphs=[
            "En 2026, 52 % des PME facturent en ligne !",  # numbers and punctuation differ
            "Demandez   conseil à votre comptable.",  # whitespace differs
            "Comparez trois offres.",  # new
        ],
    )
    numbers = dutch_string(second, "En 2026, 52 % des PME facturent en ligne !")
    assert numbers.data == "In 2026 factureert 52 % van de kmo's online."
    assert numbers.translation_type == "machine"
    assert numbers.tool_name == "vertaalgeheugen (te bevestigen)"
    assert dutch_string(second, "Demandez   conseil à votre comptable.").data == "Vraag advies aan uw boekhouder."
    assert not StringTranslation.objects.filter(translation_of__data="Comparez trois offres.").exists()

    draft = target(second, "nl").get_latest_revision_as_object()
    assert "In 2026 factureert 52 % van de kmo's online." in str(draft.body)
    assert not target(second, "nl").live  # a draft: nothing published behind the reviewers

    # What the Dutch translator sees under the segment in wagtail-localize's editor.
    in_dutch(users["translator-nl"])
    client.force_login(users["translator-nl"])
    response = client.get(reverse("wagtailadmin_pages:edit", args=(target(second, "nl").pk,)))
    props = json.loads(html.unescape(re.search(r'data-props="([^"]*)"', response.content.decode()).group(1)))
    comments = {item["data"]: item["comment"] for item in props["initialStringTranslations"]}
    assert "vertaalgeheugen (te bevestigen)" in comments["In 2026 factureert 52 % van de kmo's online."]


def test_german_prefill_is_labelled_in_german(homes, users, client):
    page = new_page(homes, "facturer", **GUIDE_A)
    translate(page, "de", **{"Demandez conseil à votre comptable.": "Fragen Sie Ihren Buchhalter."})
    client.force_login(users["translator-de"])
    client.post(reverse("editorial:submit_translation", args=(translation_into(page, "de").pk,)))
    approve(client, users["reviewer"], target(page, "de"))
    second = new_page(homes, "zwei", "Zweite", paragraphs=["Demandez conseil à votre comptable."])
    string = StringTranslation.objects.get(
        translation_of__data="Demandez conseil à votre comptable.",
        locale__language_code="de",
        context__object_id=second.translation_key,
    )
    assert (string.data, string.tool_name) == ("Fragen Sie Ihren Buchhalter.", "Übersetzungsspeicher (zu bestätigen)")
    assert not StringTranslation.objects.filter(
        locale__language_code="nl", context__object_id=second.translation_key, translation_type="machine"
    ).exists()  # the Dutch memory has nothing yet


def test_the_cockpit_counts_what_the_memory_covered(reviewed_guide, homes, users, client):
    second = new_page(
        homes,
        "comptable",
        "Choisir son logiciel",
        paragraphs=["Demandez conseil à votre comptable.", "En 2026, 52 % des PME facturent en ligne."],
    )
    speaks(users["translator-nl"], "fr")  # a Dutch translator whose admin is in French
    client.force_login(users["translator-nl"])
    url = reverse("editorial:cockpit") + "?language=nl"

    def share():
        cockpit = client.get(url).content.decode()
        row = re.search(rf'<tr[^>]*>\s*<td><a href="/admin/pages/{second.pk}/edit/">.*?</tr>', cockpit, re.S).group()
        found = re.search(r'class="memory-share">([^<]*)<', row)
        return " ".join(found.group(1).split()) if found else ""

    # Title, slug and two paragraphs: two of four segments.
    assert share() == "2 segments issus de la mémoire de traduction (50 %)"
    # The translator rewrites one: it is no longer the memory's.
    translate(second, "nl", **{"Demandez conseil à votre comptable.": "Vraag uw boekhouder om raad."})
    assert share() == "1 segment issu de la mémoire de traduction (25 %)"
    in_dutch(users["translator-nl"])
    assert share() == "1 segment uit het vertaalgeheugen (25 %)"


def test_close_matches_are_suggested_with_their_difference(reviewed_guide, homes, users, client):
    third = new_page(
        homes,
        "expert",
        "Un expert",
        paragraphs=["Demandez conseil à votre expert-comptable.", "Rien de tout cela ne ressemble au texte."],
    )
    translation = translation_into(third, "nl")
    speaks(users["translator-nl"], "fr")  # a Dutch translator whose admin is in French
    client.force_login(users["translator-nl"])
    page = client.get(reverse("editorial:assist", args=(translation.pk,))).content.decode()
    segment = r'<tr data-segment="\d+">\s*<td>Demandez conseil à votre expert-comptable.</td>.*?</tr>'
    close = re.search(segment, page, re.S)
    assert close, page
    row = close.group()
    assert "<del>comptable.</del> <ins>expert-comptable.</ins>" in row
    assert "Vraag advies aan uw boekhouder." in row
    assert re.search(r"Similaire à (8\d|9\d) %", row)
    unrelated = re.search(r"<td>Rien de tout cela ne ressemble au texte.</td>.*?</tr>", page, re.S).group()
    assert "memory-match" not in unrelated

    # The translator takes the suggestion: it lands in the editor marked as the memory's, to confirm.
    segment_id = re.search(r'<tr data-segment="(\d+)">', row).group(1)
    entry = MemoryEntry.objects.get(source="Demandez conseil à votre comptable.", target_language="nl")
    response = client.post(reverse("editorial:use_suggestion", args=(translation.pk, segment_id, entry.pk)))
    assert response.status_code == 302
    string = dutch_string(third, "Demandez conseil à votre expert-comptable.")
    assert (string.data, string.translation_type) == ("Vraag advies aan uw boekhouder.", "machine")
    assert string.tool_name == "vertaalgeheugen (te bevestigen)"


def test_suggestions_are_for_those_who_may_translate(reviewed_guide, users, client):
    translation = translation_into(reviewed_guide, "nl")
    client.force_login(users["translator-de"])
    assert refused(client.get(reverse("editorial:assist", args=(translation.pk,))))
    client.force_login(users["translator-nl"])
    assert client.get(reverse("editorial:assist", args=(translation.pk,))).status_code == 200


def test_rebuild_memory_finds_translations_published_before_the_memory(reviewed_guide):
    MemoryEntry.objects.all().delete()
    out = io.StringIO()
    call_command("rebuild_memory", stdout=out)
    assert dict(MemoryEntry.objects.filter(source__in=DUTCH_A).values_list("source", "target")) == DUTCH_A
    call_command("rebuild_memory", stdout=out)  # a second run duplicates nothing
    assert MemoryEntry.objects.filter(source__in=DUTCH_A).count() == len(DUTCH_A)
