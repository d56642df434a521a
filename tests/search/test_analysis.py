"""The language rules themselves: what a French, Dutch or German word becomes before it is searched."""

import shutil

import pytest

from search import analysis
from search.analysis import distance, fold, joined_pairs, split_compound, stem, words


def test_french_elision_accents_and_stop_words():
    assert words("L’accès à l'Internet de l’entreprise", "fr") == ["acces", "internet", "entreprise"]
    assert fold("Sécurité, Größe, œuvre") == "securite, grosse, oeuvre"


def test_inflections_share_a_stem_with_or_without_accents():
    assert stem("factures", "fr") == stem("facture", "fr")
    assert stem(fold("sécurité"), "fr") == stem("securite", "fr")
    assert stem("facturen", "nl") == stem("factuur", "nl")
    assert stem("rechnungen", "de") == stem("rechnung", "de")


def test_hyphenated_words_are_also_searched_joined():
    assert "wifi" in words("Le Wi-Fi du magasin", "fr")
    assert "email" in words("Een e-mail sturen", "nl")


def test_dutch_and_german_compounds_split_into_known_words():
    german = {"daten", "sicherung", "kunden", "software", "rechnung", "drucker"}
    assert split_compound("datensicherung", "de", german) == ["daten", "sicherung"]
    assert split_compound("kundendaten", "de", german) == ["kunden", "daten"]
    assert split_compound("rechnungssoftware", "de", german) == ["rechnung", "software"]
    assert split_compound("multifunktionsdrucker", "de", german) == ["drucker"]
    assert split_compound("webwinkel", "nl", {"web", "winkel"}) == ["web", "winkel"]
    # A known first word before a long unknown one is kept; a known word before a suffix is not split.
    assert split_compound("passwortmanager", "de", {"passwort"}) == ["passwort"]
    assert split_compound("wachtwoordbeheerder", "nl", {"wachtwoord"}) == ["wachtwoord"]
    assert split_compound("sicherheit", "de", {"sicher"}) == []
    # French words are not split, and unknown words stay whole.
    assert split_compound("datensicherung", "fr", german) == []
    assert split_compound("zahnarzt", "de", german) == []


def test_words_typed_apart_are_joined_when_the_index_knows_them():
    assert joined_pairs(["cyber", "attaque"], "fr", {"cyberattaque"}) == ["cyberattaque"]
    assert joined_pairs(["daten", "sicherung"], "de", {"datensicherung"}) == ["datensicherung"]
    assert joined_pairs(["kunden", "daten"], "de", {"zahnarzt"}) == []


def test_typo_distance_counts_a_swap_as_one_edit():
    assert distance("factrue", "facture") == 1
    assert distance("newsleter", "newsletter") == 1
    assert distance("domienaam", "domeinnaam", limit=2) == 2
    assert distance("abc", "xyzuvw") > 2


@pytest.fixture
def word_lists(tmp_path, monkeypatch):
    """A copy of search/data that a test may edit; the lists are read again from it, and again after the test."""
    shutil.copytree(analysis.DATA, tmp_path, dirs_exist_ok=True)
    caches = [analysis.word_list, analysis.stop_words, analysis.elision]
    for cached in caches:
        cached.cache_clear()
    monkeypatch.setattr(analysis, "DATA", tmp_path)
    yield tmp_path
    for cached in caches:
        cached.cache_clear()


def test_the_word_lists_are_read_from_the_data_files(word_lists):
    assert words("Les factures du magasin", "fr") == ["factures", "magasin"]
    with (word_lists / "stopwords.fr.txt").open("a") as stop:
        stop.write("# Added by an editor of the lists:\nMagasin\n")
    with (word_lists / "elisions.fr.txt").open("a") as elisions:
        elisions.write("quoiqu\n")
    (word_lists / "links.de.txt").write_text("# No linking element\n")
    for cached in (analysis.word_list, analysis.stop_words, analysis.elision):
        cached.cache_clear()

    assert words("Les factures du magasin", "fr") == ["factures"]
    assert words("quoiqu’il facture", "fr") == ["facture"]
    # Without the German "s" between the parts, "rechnungssoftware" has no known head any more.
    assert split_compound("rechnungssoftware", "de", {"rechnung", "software"}) == ["software"]


def test_the_accented_spelling_of_a_word_written_only_with_accents():
    found = analysis.spellings(["La sécurité du Wi-Fi", "Sécurité, réseau et Büro", "Il a été à Liège, où…", "ou a"])
    assert found["securite"] == "sécurité"
    assert found["buro"] == "büro"
    assert found["liege"] == "liège"
    # Written with and without accents in the texts: left as typed ("a" beside "à", "ou" beside "où").
    assert "a" not in found and "ou" not in found
    assert analysis.spellings(["café", "Café", "cafe"]) == {}
    assert analysis.spellings(["réélu réelu réelu"]) == {"reelu": "réelu"}  # the most frequent spelling
