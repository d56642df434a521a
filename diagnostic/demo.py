"""Demo content: the complete questionnaire in French, recorded in Dutch and German (idempotent).

The data is ``demo/diagnostic.yaml``. Block ids are derived from its stable keys,
so a second run recognises the questionnaire, and the translations keep the
source's ids as wagtail-localize requires.
"""

import uuid

from django.db import transaction
from wagtail.models import Locale

from core.translation import save_translation, translated_copy
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
            {
                "min_score": rule["min_score"],
                "max_score": rule["max_score"],
                "text": rule["text"][lang],
                "priority": rule["priority"],
                "themes": rule["themes"],
            },
            *key,
            f"rule-{n}",
        )
        for n, rule in enumerate(rules)
    ]


def _question(dim_key, question, lang):
    key, kind = question["key"], question["kind"]
    value = {
        "text": question["text"][lang],
        "help_text": question["help_text"][lang],
        "required": question["required"],
    }
    if kind == "single_choice":
        value["options"] = [
            _item({"label": option["label"][lang], "points": option["points"]}, dim_key, key, f"option-{n}")
            for n, option in enumerate(question["options"])
        ]
    elif kind == "multiple_choice":
        value["options"] = [
            _item({"label": option["label"][lang], "negative": option["negative"]}, dim_key, key, f"option-{n}")
            for n, option in enumerate(question["options"])
        ]
    value["advice"] = _rules(question["advice"], lang, dim_key, key)
    return {"type": kind, "value": value, "id": block_id(dim_key, key)}


def questionnaire(dimensions, lang):
    """The questionnaire's StreamField data in one language."""
    return [
        {
            "type": "dimension",
            "id": block_id(dimension["key"]),
            "value": {
                "title": dimension["title"][lang],
                "description": dimension["description"][lang],
                "weight": dimension["weight"],
                "band_texts": [
                    _item(texts[lang], dimension["key"], f"band-{n}")
                    for n, texts in enumerate(dimension["band_texts"])
                ],
                "questions": [_question(dimension["key"], question, lang) for question in dimension["questions"]],
                "advice": _rules(dimension["advice"], lang, dimension["key"]),
            },
        }
        for dimension in dimensions
    ]


def bands(rows, lang):
    return [
        {
            "type": "band",
            "value": {"label": band["label"][lang], "max_score": band["max_score"]},
            "id": block_id("band", str(band["max_score"])),
        }
        for band in rows
    ]


@transaction.atomic
def build(data, stdout):
    page = DiagnosticPage.objects.filter(locale__language_code="fr").first()
    if page is None or len(page.questionnaire):
        return
    dimensions = data["dimensions"]
    page.intro, page.privacy_notice = data["intro"]["fr"], data["privacy_notice"]["fr"]
    page.bands, page.questionnaire = bands(data["bands"], "fr"), questionnaire(dimensions, "fr")
    page.save_revision().publish()
    page = DiagnosticPage.objects.get(pk=page.pk)
    for lang in LANGUAGES[1:]:
        locale = Locale.objects.get(language_code=lang)
        target = page.get_translation(locale)
        copy = translated_copy(
            page,
            title=target.title,
            slug=target.slug,
            intro=data["intro"][lang],
            privacy_notice=data["privacy_notice"][lang],
            bands=bands(data["bands"], lang),
            questionnaire=questionnaire(dimensions, lang),
        )
        save_translation(page, locale, copy, publish=True)
    questions = sum(len(dimension["questions"]) for dimension in dimensions)
    stdout.write(f"Created the self-diagnostic: {len(dimensions)} dimensions, {questions} questions in FR, NL, DE")
