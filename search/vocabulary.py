"""The words of each language's index, kept in ``SearchTerm``.

Typo correction ("did you mean"), compound splitting and term weights read
them. The loaded vocabulary is cached per process and reloaded when the index
changes (a version number in the shared cache).
"""

import math
from collections import defaultdict

from django.db import connection

from search.analysis import WORD, deletes, distance, stem
from search.versioned import PerProcess


class Vocabulary:
    def __init__(self, language, rows, documents):
        self.language = language
        self.documents = max(documents, 1)
        self.frequency = {word: count for word, _stem, count, _spelling in rows}
        self.words = frozenset(self.frequency)
        self.stems = defaultdict(int)
        for _word, word_stem, count, _spelling in rows:
            self.stems[word_stem] += count
        self.spellings = {word: spelling for word, _stem, _count, spelling in rows if spelling}
        self._deletes = None

    def __contains__(self, word):
        return word in self.frequency

    def knows(self, word):
        """A word of the index, or an inflection of one (same stem)."""
        return word in self.frequency or stem(word, self.language) in self.stems

    def accented(self, text):
        """``text`` with the accents its words have in the index, where the visitor left them out.

        "Buro Drucker" → "Büro Drucker": what the semantic ranking embeds. Its model reads an unaccented
        word as another one; the lexical search folds accents on both sides and needs none of this.
        """

        def restored(match):
            typed = match.group()
            spelling = self.spellings.get(typed.lower()) if typed.isascii() else None
            if spelling is None:
                return typed
            return spelling.capitalize() if typed[0].isupper() else spelling

        return WORD.sub(restored, text)

    def idf(self, word):
        df = min(self.stems.get(stem(word, self.language), 0), self.documents)
        return max(0.05, math.log(1 + (self.documents - df + 0.5) / (df + 0.5)))

    def corrections(self, word):
        """Known words one edit away (two for long words), most frequent first."""
        if len(word) < 4:
            return []
        if self._deletes is None:
            self._deletes = defaultdict(set)
            for known in self.words:
                if len(known) >= 3:
                    self._deletes[known].add(known)
                    for variant in deletes(known):
                        self._deletes[variant].add(known)
        limit = 2 if len(word) >= 9 else 1
        candidates = set(self._deletes.get(word, ()))
        for variant in deletes(word):
            candidates |= self._deletes.get(variant, set())
        found = [known for known in candidates if known != word and distance(word, known, limit) <= limit]
        if not found and connection.vendor == "postgresql":
            found = postgres_similar(self.language, word, limit)
        return sorted(found, key=lambda known: (distance(word, known, limit), -self.frequency.get(known, 0)))[:2]


def postgres_similar(language, word, limit):
    """pg_trgm similarity: words sharing most trigrams, then checked by edit distance."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT word FROM search_searchterm WHERE language = %s AND word %% %s "
            "ORDER BY similarity(word, %s) DESC, documents DESC LIMIT 10",
            [language, word, word],
        )
        return [known for (known,) in cursor.fetchall() if distance(word, known, limit) <= limit]


def _load(language):
    from search.models import SearchDocument, SearchTerm

    rows = list(SearchTerm.objects.filter(language=language).values_list("word", "stem", "documents", "spelling"))
    documents = SearchDocument.objects.filter(language=language).count()
    return Vocabulary(language, rows, documents)


_VOCABULARIES = PerProcess("vocabulary", _load)


def vocabulary(language):
    return _VOCABULARIES.get(language)


def changed(language):
    _VOCABULARIES.changed(language)
