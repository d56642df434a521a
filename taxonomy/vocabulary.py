"""The seeded themes and sectors: a public vocabulary, the same slugs everywhere.

API filters and the guide importer refer to these slugs; `setup_site` makes
sure each exists in French with its Dutch and German translations. The terms
are data files beside the code, ``taxonomy/data/<kind>.<language>.txt``: a
file a kind and a language, as the search app keeps its word lists.
"""

from pathlib import Path

from core.datafiles import data_lines

DATA = Path(__file__).resolve().parent / "data"


def read_terms(kind):
    """``{slug: {language: (name, description)}}`` from ``taxonomy/data/<kind>.<language>.txt``, in their order.

    One term a line, ``slug | name | description``; a line that starts with ``#`` is a comment. Every language
    lists the same slugs.
    """
    texts = {}
    for path in sorted(DATA.glob(f"{kind}.*.txt")):
        language = path.name.split(".")[1]
        for line in data_lines(path):
            slug, name, description = (part.strip() for part in line.split("|"))
            texts.setdefault(slug, {})[language] = (name, description)
    languages = {language for translations in texts.values() for language in translations}
    missing = {slug: sorted(languages - set(translations)) for slug, translations in texts.items()}
    missing = {slug: absent for slug, absent in missing.items() if absent}
    if missing:
        raise ValueError(f"{kind}: terms missing in some languages: {missing}")
    return texts


THEMES = read_terms("themes")
SECTORS = read_terms("sectors")


def ensure_vocabulary(locales, source_language, stdout=None):
    """Create each seeded theme and sector in the source language and translate it."""
    from core.translation import save_translation, translated_copy
    from taxonomy.models import Sector, Theme

    for model, terms in ((Theme, THEMES), (Sector, SECTORS)):
        for slug, texts in terms.items():
            name, description = texts[source_language]
            source, created = model.objects.get_or_create(
                slug=slug,
                locale=locales[source_language],
                defaults={"name": name, "description": description},
            )
            if created and stdout:
                stdout.write(f"Created the {model._meta.verbose_name} {slug}")
            for code, locale in locales.items():
                if code == source_language or source.has_translation(locale):
                    continue
                name, description = texts[code]
                save_translation(source, locale, translated_copy(source, name=name, description=description))
