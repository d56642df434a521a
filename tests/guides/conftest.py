import json

import pytest

THEMES = ["marketing", "security", "mobility", "collaboration", "open-source", "website"]
SECTORS = ["retail", "construction", "horeca-tourism", "transport-logistics"]

BODIES = {
    "fr": (
        "## Pourquoi\n\nUne PME n°{n} gagne du temps avec un **outil simple** et un [guide](https://example.be/{n}).\n\n"
        "- moins d'erreurs\n- plus de clients\n\n"
        "1. **Inventoriez** : listez vos besoins.\n2. Comparez trois offres.\n\n"
        "- [ ] un numéro d'entreprise\n- [ ] une adresse e-mail\n\n"
        "> [!TIP] Bon à savoir\n> Demandez conseil à un consultant RENTIC."
    ),
    "nl": (
        "## Waarom\n\nKmo nr. {n} wint tijd met een **eenvoudige tool** en een [gids](https://example.be/{n}).\n\n"
        "- minder fouten\n- meer klanten\n\n"
        "1. **Inventariseer** : som uw behoeften op.\n2. Vergelijk drie aanbiedingen.\n\n"
        "- [ ] een ondernemingsnummer\n- [ ] een e-mailadres\n\n"
        "> [!TIP] Goed om te weten\n> Vraag raad aan een RENTIC-consulent."
    ),
    "de": (
        "## Warum\n\nKMU Nr. {n} spart Zeit mit einem **einfachen Werkzeug** und einem [Leitfaden](https://example.be/{n}).\n\n"
        "- weniger Fehler\n- mehr Kunden\n\n"
        "1. **Bestandsaufnahme** : listen Sie Ihren Bedarf auf.\n2. Vergleichen Sie drei Angebote.\n\n"
        "- [ ] eine Unternehmensnummer\n- [ ] eine E-Mail-Adresse\n\n"
        "> [!TIP] Gut zu wissen\n> Fragen Sie einen RENTIC-Berater."
    ),
}
TITLES = {"fr": "Fiche pratique {n}", "nl": "Praktische fiche {n}", "de": "Praxisleitfaden {n}"}
SUMMARIES = {
    "fr": "Ce que la fiche {n} vous apprend, en une phrase.",
    "nl": "Wat fiche {n} u leert, in één zin.",
    "de": "Was Leitfaden {n} Ihnen beibringt, in einem Satz.",
}


def guide_line(n, **overrides):
    data = {
        "slug": f"fiche-{n}",
        # Two themes in an order that is not the alphabetical one: re-imports must see no change.
        "themes": [THEMES[n % len(THEMES)], "data-privacy"] if n % 5 == 0 else [THEMES[n % len(THEMES)]],
        "sectors": [SECTORS[n % len(SECTORS)]] if n % 3 else [],
        "translations": {
            language: {
                "title": TITLES[language].format(n=n),
                "summary": SUMMARIES[language].format(n=n),
                "body": BODIES[language].format(n=n),
            }
            for language in ("fr", "nl", "de")
        },
    }
    data.update(overrides)
    return json.dumps(data, ensure_ascii=False)


@pytest.fixture
def guides_file(tmp_path):
    """Write a JSON lines file of guides; ``guides_file(48)`` or ``guides_file(lines=[...])``."""

    def write(count=0, lines=None, name="guides.jsonl"):
        path = tmp_path / name
        path.write_text("\n".join(lines if lines is not None else [guide_line(n) for n in range(1, count + 1)]) + "\n")
        return path

    return write
