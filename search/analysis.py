"""Per-language text analysis, in Python, shared by every backend.

Wagtail's search has no notion of language (wagtail/wagtail#1177), so the
search app analyses each language itself: lower case, accent folding, French
elision (l', d', qu'…), stop words, Snowball stemming, and splitting Dutch and
German compounds into the words they are made of ("Datensicherung" →
"daten" + "sicherung"; "webwinkel" → "web" + "winkel"). The same functions
analyse documents and queries, so both sides meet on the same terms. The
engines add their own analysis on top (PostgreSQL's french/dutch/german text
search configurations, OpenSearch's language analyzers).
"""

import re
import unicodedata
from functools import lru_cache

import snowballstemmer
from rapidfuzz.distance import OSA

LANGUAGES = ("fr", "nl", "de")
STEMMERS = {"fr": "french", "nl": "dutch", "de": "german"}
# Names of PostgreSQL's text search configurations and OpenSearch's analyzers.
POSTGRES_CONFIGS = {"fr": "french", "nl": "dutch", "de": "german"}
COMPOUNDING = {"nl", "de"}

ELISION = re.compile(r"\b(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['’]", re.IGNORECASE)
WORD = re.compile(r"\w+", re.UNICODE)
HYPHENATED = re.compile(r"\w+(?:[-‐]\w+)+", re.UNICODE)
TOKEN = re.compile(r"\w+(?:[-‐]\w+)*", re.UNICODE)  # a word, or hyphenated words
HYPHEN = re.compile(r"[-‐]")

STOP_WORDS = {
    "fr": {
        "a",
        "au",
        "aux",
        "avec",
        "ce",
        "ces",
        "cet",
        "cette",
        "comme",
        "dans",
        "de",
        "des",
        "du",
        "elle",
        "elles",
        "en",
        "est",
        "et",
        "être",
        "eux",
        "il",
        "ils",
        "je",
        "la",
        "le",
        "les",
        "leur",
        "leurs",
        "lui",
        "ma",
        "mais",
        "me",
        "même",
        "mes",
        "moi",
        "mon",
        "ne",
        "nos",
        "notre",
        "nous",
        "on",
        "ou",
        "où",
        "par",
        "pas",
        "pour",
        "qu",
        "que",
        "qui",
        "sa",
        "se",
        "ses",
        "son",
        "sont",
        "sur",
        "ta",
        "te",
        "tes",
        "toi",
        "ton",
        "tu",
        "un",
        "une",
        "vos",
        "votre",
        "vous",
        "y",
        "à",
        "été",
        "était",
        "sans",
        "sous",
        "chez",
        "plus",
        "moins",
        "très",
        "tout",
        "tous",
        "toute",
        "toutes",
        "faire",
        "fait",
        "peut",
        "peux",
        "puis",
        "puisje",
        "comment",
        "quoi",
        "quel",
        "quelle",
        "quels",
        "quelles",
        "pourquoi",
        "quand",
        "dois",
        "doit",
        "faut",
        "veux",
        "voudrais",
        "cela",
        "ça",
        "si",
        "aussi",
        "bien",
        "avoir",
        "ai",
        "as",
        "avons",
        "avez",
        "ont",
        "est-ce",
        "ceci",
        "celui",
        "celle",
        "entre",
        "vers",
        "quelque",
    },
    "nl": {
        "de",
        "het",
        "een",
        "en",
        "van",
        "in",
        "op",
        "te",
        "dat",
        "die",
        "dit",
        "is",
        "zijn",
        "was",
        "met",
        "voor",
        "aan",
        "als",
        "bij",
        "of",
        "om",
        "er",
        "maar",
        "ook",
        "naar",
        "dan",
        "door",
        "uit",
        "tot",
        "over",
        "wat",
        "wie",
        "hoe",
        "waar",
        "wanneer",
        "waarom",
        "welke",
        "kan",
        "kun",
        "kunt",
        "moet",
        "moeten",
        "ik",
        "je",
        "jij",
        "u",
        "uw",
        "we",
        "wij",
        "ze",
        "zij",
        "hij",
        "mijn",
        "ons",
        "onze",
        "hun",
        "hen",
        "mij",
        "me",
        "zich",
        "geen",
        "niet",
        "nog",
        "wel",
        "al",
        "zo",
        "heb",
        "hebt",
        "heeft",
        "hebben",
        "wordt",
        "worden",
        "werd",
        "zal",
        "zou",
        "doe",
        "doen",
        "mag",
        "mogen",
        "wil",
        "willen",
        "iets",
        "alle",
        "meer",
        "minder",
        "zeer",
        "heel",
        "den",
        "der",
        "des",
        "mijnen",
        "dus",
        "toch",
        "even",
    },
    "de": {
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einen",
        "einem",
        "einer",
        "eines",
        "und",
        "oder",
        "aber",
        "in",
        "im",
        "ins",
        "an",
        "am",
        "auf",
        "aus",
        "bei",
        "mit",
        "nach",
        "von",
        "vom",
        "zu",
        "zum",
        "zur",
        "für",
        "über",
        "unter",
        "vor",
        "durch",
        "gegen",
        "ohne",
        "um",
        "ist",
        "sind",
        "war",
        "waren",
        "sein",
        "bin",
        "bist",
        "seid",
        "wird",
        "werden",
        "wurde",
        "kann",
        "kannst",
        "können",
        "muss",
        "musst",
        "müssen",
        "soll",
        "sollte",
        "will",
        "wollen",
        "ich",
        "du",
        "er",
        "sie",
        "es",
        "wir",
        "ihr",
        "mein",
        "meine",
        "meinen",
        "unser",
        "unsere",
        "unseren",
        "ihre",
        "ihren",
        "sich",
        "nicht",
        "kein",
        "keine",
        "keinen",
        "auch",
        "noch",
        "schon",
        "nur",
        "so",
        "wie",
        "was",
        "wer",
        "wo",
        "wann",
        "warum",
        "welche",
        "welcher",
        "welches",
        "man",
        "mich",
        "mir",
        "dich",
        "dir",
        "uns",
        "euch",
        "habe",
        "hast",
        "hat",
        "haben",
        "als",
        "wenn",
        "dass",
        "da",
        "dann",
        "sehr",
        "mehr",
        "weniger",
        "alle",
        "allem",
        "allen",
        "gibt",
        "geht",
    },
}


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


_FOLDED_STOP_WORDS = {language: {fold(word) for word in words} for language, words in STOP_WORDS.items()}


def words(text, language):
    """The folded words of a text, without elisions and stop words, in order."""
    if language == "fr":
        text = ELISION.sub(" ", text)
    stop = _FOLDED_STOP_WORDS.get(language, set())
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


@lru_cache(maxsize=200_000)
def _stem(language, word):
    return _stemmer(language).stemWord(word)


@lru_cache(maxsize=8)
def _stemmer(language):
    return snowballstemmer.stemmer(STEMMERS.get(language, "french"))


def stem(word, language):
    return _stem(language, word)


LINKS = {"nl": ("s", "en", "e", "n"), "de": ("s", "es", "en", "n", "e", "er")}
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
        heads = [head] + [head[: -len(link)] for link in LINKS[language] if head.endswith(link)]
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
        for link in ("", *LINKS.get(language, ())):
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
