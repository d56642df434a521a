"""PostgreSQL: one GIN index of the search vectors per language, in place of one index for all.

A search reads one language. With one index for every language, PostgreSQL either
matched the query in the vectors of all three languages, or (what the engine made it
do) read every document of the language and tested its vector: the work grew with the
number of documents. A partial index per language (``WHERE language = 'fr'``) gives
the matches of the language straight away: the work grows with the matches only.
A language added to search.analysis.LANGUAGES needs its index here (a new migration).
"""

from django.db import migrations

LANGUAGES = ("fr", "nl", "de")


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for language in LANGUAGES:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS search_document_vector_{language} ON search_searchdocument "
            f"USING gin (search_vector) WHERE language = '{language}'"
        )
    schema_editor.execute("DROP INDEX IF EXISTS search_document_vector")


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        "CREATE INDEX IF NOT EXISTS search_document_vector ON search_searchdocument USING gin (search_vector)"
    )
    for language in LANGUAGES:
        schema_editor.execute(f"DROP INDEX IF EXISTS search_document_vector_{language}")


class Migration(migrations.Migration):
    dependencies = [("search", "0005_searchdocument_url_path")]

    operations = [migrations.RunPython(forwards, backwards)]
