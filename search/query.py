"""From what a visitor typed to the terms each engine searches.

Shared by every backend so that they behave alike: the words of the query
(folded, elisions and stop words removed), the synonyms editors declared for
the language, the parts of Dutch and German compounds, and corrections of
words the index does not know ("did you mean").
"""

import re
from dataclasses import dataclass, field

from search.analysis import fold, joined_pairs, split_compound, words
from search.versioned import PerProcess
from search.vocabulary import vocabulary

# Weights of the terms added to a query, relative to the words typed.
SYNONYM_WEIGHT = 0.8
PART_WEIGHT = 0.6
CORRECTION_WEIGHT = 0.9
MAX_TERMS = 16


@dataclass
class ParsedQuery:
    text: str
    language: str
    words: list = field(default_factory=list)
    terms: dict = field(default_factory=dict)  # folded word -> weight
    corrections: dict = field(default_factory=dict)  # typed word -> corrected word

    @property
    def suggestion(self):
        """The query with its misspelt words corrected, or None."""
        if not self.corrections:
            return None
        out = []
        for token in self.text.split():
            key = fold(re.sub(r"\W", "", token))
            out.append(self.corrections.get(key, token))
        return " ".join(out)

    @property
    def weighted_terms(self):
        return sorted(self.terms.items(), key=lambda item: -item[1])[:MAX_TERMS]


def _load_synonyms(language):
    from search.models import Synonym

    groups = []
    for synonym in Synonym.objects.filter(language=language):
        phrases = [words(term, language) for term in synonym.term_list]
        groups.append([phrase for phrase in phrases if phrase])
    return groups


_SYNONYMS = PerProcess("synonyms", _load_synonyms)


def synonym_groups(language):
    """The language's synonym groups, each a list of phrases (lists of folded words)."""
    return _SYNONYMS.get(language)


def synonyms_changed(language):
    _SYNONYMS.changed(language)


def _contains(sequence, phrase):
    length = len(phrase)
    return any(sequence[i : i + length] == phrase for i in range(len(sequence) - length + 1))


def parse(text, language, correct=True):
    text = (text or "").strip()[:255]
    query = ParsedQuery(text=text, language=language)
    query.words = words(text, language)
    if not query.words:
        # A query of stop words only ("comment ?") still searches what was typed.
        query.words = [word for word in re.findall(r"\w+", fold(text)) if len(word) > 1]
    for word in query.words:
        query.terms[word] = 1.0
    for group in synonym_groups(language):
        if any(_contains(query.words, phrase) for phrase in group):
            for phrase in group:
                for word in phrase:
                    query.terms.setdefault(word, SYNONYM_WEIGHT)
    known = vocabulary(language)
    for word in joined_pairs(query.words, language, known.words):
        query.terms.setdefault(word, 1.0)
    for word in list(query.words):
        parts = split_compound(word, language, known.words)
        for part in parts:
            query.terms.setdefault(part, PART_WEIGHT)
        if correct and not parts and not known.knows(word):
            found = known.corrections(word)
            if found:
                query.corrections[word] = found[0]
                for correction in found:
                    query.terms.setdefault(correction, CORRECTION_WEIGHT)
    return query
