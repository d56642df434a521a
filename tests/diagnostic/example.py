"""The worked-example questionnaire of docs/diagnostic.md, as StreamField data with readable block ids."""


def item(value, id):
    return {"type": "item", "value": value, "id": id}


def rule(min_score, max_score, text, priority="2", themes=()):
    return {"min_score": min_score, "max_score": max_score, "text": text, "priority": priority, "themes": list(themes)}


def question(kind, id, text, help_text="", required=True, advice=(), **value):
    """A question block of type ``kind``; ``value`` holds what the type adds (``options``)."""
    return {
        "type": kind,
        "id": id,
        "value": {"text": text, "help_text": help_text, "required": required, **value, "advice": list(advice)},
    }


BAND_TEXTS = ["Texte basique", "Texte moyen", "Texte modérément avancé", "Texte avancé"]


def band_texts(prefix):
    return [item(text, f"{prefix}-bt{n}") for n, text in enumerate(BAND_TEXTS)]


QUESTIONNAIRE = [
    {
        "type": "dimension",
        "id": "strategy",
        "value": {
            "title": "Stratégie",
            "description": "",
            "weight": 2,
            "band_texts": band_texts("strategy"),
            "questions": [
                question(
                    "single_choice",
                    "q1",
                    "Avez-vous un plan numérique ?",
                    help_text="Un plan écrit, même court.",
                    options=[
                        item({"label": "Non", "points": 0}, "q1-a"),
                        item({"label": "En tête", "points": 2}, "q1-b"),
                        item({"label": "Écrit et suivi", "points": 3}, "q1-c"),
                    ],
                    advice=[item(rule(0, 0, "Écrivez un plan d'une page.", "1", ["marketing"]), "q1-r1")],
                ),
                question("yes_partly_no", "q2", "Votre équipe connaît-elle ce plan ?"),
                question("adoption_scale", "q3", "Vendez-vous en ligne ?"),
            ],
            "advice": [
                item(rule(0, 25, "Commencez par un diagnostic avec un conseiller.", "1", ["website"]), "strategy-r1"),
                item(
                    rule(26, 75, "Fixez-vous un objectif numérique par trimestre.", "2", ["collaboration"]),
                    "strategy-r2",
                ),
            ],
        },
    },
    {
        "type": "dimension",
        "id": "data",
        "value": {
            "title": "Données",
            "description": "",
            "weight": 1,
            "band_texts": band_texts("data"),
            "questions": [
                question(
                    "multiple_choice",
                    "q4",
                    "Où sont vos données clients ?",
                    options=[
                        item({"label": "Un logiciel de gestion", "negative": False}, "q4-p1"),
                        item({"label": "Une sauvegarde chiffrée", "negative": False}, "q4-p2"),
                        item({"label": "Un accès par utilisateur", "negative": False}, "q4-p3"),
                        item({"label": "Une copie hors site", "negative": False}, "q4-p4"),
                        item({"label": "Sur des papiers volants", "negative": True}, "q4-n1"),
                    ],
                ),
                question("yes_partly_no", "q5", "Avez-vous un registre RGPD ?", required=False),
                question(
                    "single_choice",
                    "q6",
                    "À quelle fréquence sauvegardez-vous ?",
                    options=[
                        item({"label": "Jamais", "points": 0}, "q6-a"),
                        item({"label": "Parfois", "points": 1}, "q6-b"),
                        item({"label": "Chaque jour", "points": 4}, "q6-c"),
                    ],
                    advice=[item(rule(0, 3, "Sauvegardez chaque semaine.", "1", ["security"]), "q6-r1")],
                ),
            ],
            "advice": [item(rule(0, 50, "Faites l'inventaire de vos données.", "2", ["data-privacy"]), "data-r1")],
        },
    },
]

# The three worked examples of docs/diagnostic.md: answers, then the published figures.
EXAMPLE_1 = {
    "answers": {"q1": "q1-b", "q2": "partly", "q3": 4, "q4": ["q4-p1", "q4-p2", "q4-p3", "q4-n1"], "q6": "q6-c"},
    "questions": {"q1": 6.7, "q2": 5.0, "q3": 8.0, "q4": 5.0, "q5": None, "q6": 10.0},
    "dimensions": {"strategy": 66, "data": 75},
    "overall": 69,
    "band": "Modérément avancé",
}
EXAMPLE_2 = {
    "answers": {"q1": "q1-a", "q2": "no", "q3": 2, "q4": ["q4-n1"], "q5": "yes", "q6": "q6-b"},
    "questions": {"q1": 0.0, "q2": 0.0, "q3": 4.0, "q4": 0.0, "q5": 10.0, "q6": 2.5},
    "dimensions": {"strategy": 13, "data": 42},
    "overall": 23,
    "band": "Basique",
}
EXAMPLE_3 = {
    "answers": {"q1": "q1-c", "q2": "yes", "q3": 5, "q4": ["q4-p1"], "q6": "q6-a"},
    "questions": {"q1": 10.0, "q2": 10.0, "q3": 10.0, "q4": 2.5, "q5": None, "q6": 0.0},
    "dimensions": {"strategy": 100, "data": 13},
    "overall": 71,
    "band": "Modérément avancé",
}
