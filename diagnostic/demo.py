"""Demo content: the complete questionnaire in French, recorded in Dutch and German (idempotent).

Block ids are derived from stable keys, so a second run recognises the
questionnaire, and the translations keep the source's ids as wagtail-localize requires.
"""

import uuid

from django.db import transaction
from wagtail.models import Locale

from core.translation import save_translation, translated_copy
from diagnostic.demo_content import BANDS, DIMENSIONS, INTRO, PRIVACY
from diagnostic.models import DiagnosticPage

LANGUAGES = ("fr", "nl", "de")
NAMESPACE = uuid.UUID("0d6c8b7e-3a43-4b0e-9f55-0a6a8f1d2c11")


def block_id(*parts):
    return str(uuid.uuid5(NAMESPACE, "/".join(parts)))


def _item(value, *key):
    return {"type": "item", "value": value, "id": block_id(*key)}


def _rules(rules, lang, *key):
    return [
        _item(
            {"min_score": lo, "max_score": hi, "text": text[lang], "priority": priority, "themes": list(themes)},
            *key,
            f"rule-{n}",
        )
        for n, (lo, hi, text, priority, themes) in enumerate(rules)
    ]


def _question(dim_key, question, lang):
    key, kind, text, help_text, required, options, rules = question
    value = {"text": text[lang], "help_text": help_text[lang], "required": required}
    if kind == "single_choice":
        value["options"] = [
            _item({"label": label[lang], "points": points}, dim_key, key, f"option-{n}")
            for n, (label, points) in enumerate(options)
        ]
    elif kind == "multiple_choice":
        value["options"] = [
            _item({"label": label[lang], "negative": negative}, dim_key, key, f"option-{n}")
            for n, (label, negative) in enumerate(options)
        ]
    value["advice"] = _rules(rules, lang, dim_key, key)
    return {"type": kind, "value": value, "id": block_id(dim_key, key)}


def questionnaire(lang):
    """The questionnaire's StreamField data in one language (index 0 = fr, 1 = nl, 2 = de)."""
    index = LANGUAGES.index(lang)
    stream = []
    for key, weight, title, description, band_texts, questions, rules in DIMENSIONS:
        stream.append(
            {
                "type": "dimension",
                "id": block_id(key),
                "value": {
                    "title": title[index],
                    "description": description[index],
                    "weight": weight,
                    "band_texts": [_item(texts[index], key, f"band-{n}") for n, texts in enumerate(band_texts)],
                    "questions": [_question(key, q, index) for q in questions],
                    "advice": _rules(rules, index, key),
                },
            }
        )
    return stream


def bands(lang):
    index = LANGUAGES.index(lang)
    return [
        {"type": "band", "value": {"label": labels[index], "max_score": upper}, "id": block_id("band", str(upper))}
        for labels, upper in BANDS
    ]


@transaction.atomic
def build(stdout):
    page = DiagnosticPage.objects.filter(locale__language_code="fr").first()
    if page is None or len(page.questionnaire):
        return
    page.intro, page.privacy_notice = INTRO[0], PRIVACY[0]
    page.bands, page.questionnaire = bands("fr"), questionnaire("fr")
    page.save_revision().publish()
    page = DiagnosticPage.objects.get(pk=page.pk)
    for index, lang in enumerate(LANGUAGES[1:], start=1):
        locale = Locale.objects.get(language_code=lang)
        target = page.get_translation(locale)
        copy = translated_copy(
            page,
            title=target.title,
            slug=target.slug,
            intro=INTRO[index],
            privacy_notice=PRIVACY[index],
            bands=bands(lang),
            questionnaire=questionnaire(lang),
        )
        save_translation(page, locale, copy, publish=True)
    questions = sum(len(d[5]) for d in DIMENSIONS)
    stdout.write(f"Created the self-diagnostic: {len(DIMENSIONS)} dimensions, {questions} questions in FR, NL, DE")
