"""PostgreSQL: keep each document's tsvector in the table row (compressed), not in TOAST.

A query that matches most documents of a language reads every vector it
ranks; stored out of line, each read fetches TOAST chunks (three times
slower on 10,000 guides per language). ``STORAGE MAIN`` keeps the vector in
the row and lets the long text columns go out of line instead. Rows written
before this migration move when ``search_index`` rebuilds the index.
"""

from django.db import migrations


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE search_searchdocument ALTER COLUMN search_vector SET STORAGE MAIN")


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE search_searchdocument ALTER COLUMN search_vector SET STORAGE EXTENDED")


class Migration(migrations.Migration):
    dependencies = [("search", "0002_engine_indexes")]

    operations = [migrations.RunPython(forwards, backwards)]
