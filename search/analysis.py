"""Per-language text analysis, in Python, shared by every backend.

Wagtail's search has no notion of language (wagtail/wagtail#1177), so the
search app analyses each language itself: lower case, accent folding, French
elision (l', d', qu'…), stop words, Snowball stemming, and splitting Dutch and
German compounds into the words they are made of ("Datensicherung" →
"daten" + "sicherung"; "webwinkel" → "web" + "winkel"). The same functions
analyse documents and queries, so both sides meet on the same terms. The
engines add their own analysis on top (PostgreSQL's french/dutch/german text
search configurations, OpenSearch's language analyzers).

The word lists (stop words, French elisions, the linking elements of Dutch and
German compounds) are data files beside the code, ``search/data/<list>.<language>.txt``,
read once per process.
"""

import re
import unicodedata
from collections import Counter
from functools import cache, lru_cache
from pathlib import Path

import snowballstemmer
from rapidfuzz.distance import OSA

from core.datafiles import data_lines

LANGUAGES = ("fr", "nl", "de")
STEMMERS = {"fr": "french", "nl": "dutch", "de": "german"}
# Names of PostgreSQL's text search configurations and OpenSearch's analyzers.
POSTGRES_CONFIGS = {"fr": "french", "nl": "dutch", "de": "german"}
COMPOUNDING = {"nl", "de"}
# The word lists of each language (stop words, elisions, linking elements of compounds).
DATA = Path(__file__).resolve().parent / "data"

WORD = re.compile(r"\w+", re.UNICODE)
HYPHENATED = re.compile(r"\w+(?:[-‐]\w+)+", re.UNICODE)
TOKEN = re.compile(r"\w+(?:[-‐]\w+)*", re.UNICODE)  # a word, or hyphenated words
HYPHEN = re.compile(r"[-‐]")


def hyphen_joined(text):
    """Hyphenated words written as one: "Wi-Fi" → "wifi", "e-mail" → "email"."""
    return [re.sub(r"\W", "", match) for match in HYPHENATED.findall(fold(text))]


_FOLDED_CHARS = {ord("ß"): "ss", ord("œ"): "oe", ord("æ"): "ae"}


def _fold_char(char):
    if ord(char) not in _FOLDED_CHARS:
        decomposed = unicodedata.normalize("NFKD", char)
        _FOLDED_CHARS[ord(char)] = "".join(part for part in decomposed if not unicodedata.combining(part))
    return _FOLDED_CHARS[ord(char)]


def fold(text):
    """Lower case without accents: "Sécurité" → "securite", "Größe" → "grosse"."""
    text = text.lower()
    if text.isascii():
        return text
    # Each character decomposed once per process, then one translate() over the text.
    table = {ord(char): _fold_char(char) for char in set(text) if ord(char) > 127}
    return text.translate(table)


@cache
def word_list(name, language):
    """The words of ``search/data/<name>.<language>.txt`` in their order, read once per process.

    One word a line, a line that starts with ``#`` is a comment; no file: no words.
    """
    path = DATA / f"{name}.{language}.txt"
    if not path.exists():
        return ()
    return tuple(data_lines(path))


@cache
def stop_words(language):
    """The language's stop words, folded."""
    return frozenset(fold(word) for word in word_list("stopwords", language))


@cache
def elision(language):
    """The pattern of the language's elided words and their apostrophe ("l'", "jusqu’"), or None."""
    elided = word_list("elisions", language)
    if not elided:
        return None
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, elided))})['’]", re.IGNORECASE)


def links(language):
    """The linking elements between the parts of the language's compounds, in the order they are tried."""
    return word_list("links", language)


def words(text, language):
    """The folded words of a text, without elisions and stop words, in order."""
    elided = elision(language)
    if elided is not None:
        text = elided.sub(" ", text)
    stop = stop_words(language)
    tokens, joined = [], []
    for token in TOKEN.findall(fold(text)):
        if "-" in token or "‐" in token:
            # "Wi-Fi" is also "wifi", "e-mail" also "email".
            parts = HYPHEN.split(token)
            tokens += parts
            joined.append("".join(parts))
        else:
            tokens.append(token)
    return [word for word in tokens + joined if word not in stop and (len(word) > 1 or word.isdigit())]


def spellings(texts):
    """{folded word: its accented spelling} for the words ``texts`` write only with accents ("securite": "sécurité").

    A word the texts also write without accents is left out ("a" beside "à"): restoring it would guess.
    Of several accented spellings, the most frequent one.
    """
    accented, plain = Counter(), set()
    for text in texts:
        for token in WORD.findall(text.lower()):
            if token.isascii():
                plain.add(token)
            else:
                accented[token] += 1
    found = {}
    for spelling, _count in accented.most_common():
        folded = fold(spelling)
        if folded != spelling and folded not in plain and len(folded) <= 100:
            found.setdefault(folded, spelling)
    return found


@lru_cache(maxsize=200_000)
def _stem(language, word):
    return _stemmer(language).stemWord(word)


@lru_cache(maxsize=8)
def _stemmer(language):
    return snowballstemmer.stemmer(STEMMERS.get(language, "french"))


def stem(word, language):
    return _stem(language, word)


MIN_PART = 3
MIN_TAIL = 5
MIN_REST = 6  # what follows a known head alone: long enough not to be a suffix ("-heit", "-ungen")


def split_compound(word, language, vocabulary, depth=2):
    """The known words a Dutch or German compound is made of, or [] when it is not one.

    ``vocabulary`` is the set of folded words of the language's index. A split
    is accepted when the tail is a known word and the head is a known word
    (possibly followed by a linking element such as the German "s" or the
    Dutch "en"); the longest tail wins, which favours the head noun of the
    compound. The tail may itself be split again. When no head is known, a
    long known tail alone is kept ("Multifunktionsdrucker" → "drucker"); when
    no tail is known, a long known head followed by a long unknown rest is
    ("Passwortmanager" → "passwort").
    """
    if language not in COMPOUNDING or len(word) < 2 * MIN_PART + 1 or not vocabulary:
        return []
    tail_only = None
    for cut in range(len(word) - MIN_REST, MIN_TAIL - 1, -1):
        if word[:cut] in vocabulary:
            head_only = [word[:cut]]
            break
    else:
        head_only = None
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):
        head, tail = word[:cut], word[cut:]
        if tail not in vocabulary:
            continue
        heads = [head] + [head[: -len(link)] for link in links(language) if head.endswith(link)]
        for candidate in heads:
            if len(candidate) >= MIN_PART and candidate in vocabulary:
                rest = split_compound(tail, language, vocabulary, depth - 1) if depth > 1 else []
                return [candidate, *(rest or [tail])]
        if tail_only is None and len(tail) >= MIN_TAIL:
            tail_only = [tail]
    return tail_only or head_only or []


def joined_pairs(tokens, language, vocabulary):
    """Known words written in two: "cyber attaque" → "cyberattaque", "Daten sicherung" → "datensicherung"."""
    joined = []
    for first, second in zip(tokens, tokens[1:], strict=False):
        for link in ("", *links(language)):
            candidate = f"{first}{link}{second}"
            if candidate in vocabulary:
                joined.append(candidate)
                break
    return joined


def compound_parts(tokens, language, vocabulary, splits=None):
    """The parts of every compound among ``tokens`` (folded words), in order.

    ``splits`` (a dict) remembers the split of each word across calls with the same vocabulary.
    """
    if language not in COMPOUNDING:
        return []
    splits = {} if splits is None else splits
    parts = []
    for token in tokens:
        if token not in splits:
            splits[token] = [part for part in split_compound(token, language, vocabulary) if part != token]
        parts.extend(splits[token])
    return parts


def terms(text, language, vocabulary=frozenset()):
    """Stemmed terms of a text, compound parts included: what the SQLite index stores."""
    tokens = words(text, language)
    tokens += compound_parts(tokens, language, vocabulary)
    return [stem(token, language) for token in tokens]


def deletes(word):
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def distance(a, b, limit=2):
    """Damerau-Levenshtein distance (optimal string alignment), capped at ``limit + 1``."""
    return OSA.distance(a, b, score_cutoff=limit)
