"""Each document keeps its page's url_path: a search shows only the documents beneath the site's roots.

PostgreSQL: the short columns every search compares (url_path, themes,
sectors) stay in the row (``STORAGE PLAIN``). The long text columns and the
vector fill the row past TOAST's threshold, and the toaster would otherwise
move these small values out of line too: comparing them would then fetch a
TOAST chunk per matched document.
"""

from django.db import migrations, models

PLAIN = ("url_path", "themes", "sectors")


def fill_url_paths(apps, schema_editor):
    """Documents written before this migration take their page's url_path (a derived item's: its page's)."""
    SearchDocument = apps.get_model("search", "SearchDocument")
    Page = apps.get_model("wagtailcore", "Page")
    documents = list(SearchDocument.objects.only("pk", "object_id"))
    heads = {document.pk: document.object_id.split("/")[0] for document in documents}
    url_paths = dict(
        Page.objects.filter(pk__in=[int(head) for head in heads.values() if head.isdigit()]).values_list(
            "pk", "url_path"
        )
    )
    for document in documents:
        head = heads[document.pk]
        document.url_path = url_paths.get(int(head), "") if head.isdigit() else ""
    SearchDocument.objects.bulk_update(documents, ["url_path"], batch_size=1000)


def storage(kind):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for column in PLAIN:
                schema_editor.execute(f"ALTER TABLE search_searchdocument ALTER COLUMN {column} SET STORAGE {kind}")

    return operation


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0004_visibility_window"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [
        # A plain ADD COLUMN: Django would rebuild the table on SQLite, dropping the triggers
        # that keep the FTS5 table in step (migration 0002).
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.RunSQL(
                    "ALTER TABLE search_searchdocument ADD COLUMN url_path text NOT NULL DEFAULT ''",
                    "ALTER TABLE search_searchdocument DROP COLUMN url_path",
                )
            ],
            state_operations=[
                migrations.AddField(
                    model_name="searchdocument",
                    name="url_path",
                    field=models.TextField(blank=True),
                )
            ],
        ),
        migrations.RunPython(storage("PLAIN"), storage("EXTENDED")),
        migrations.RunPython(fill_url_paths, migrations.RunPython.noop),
    ]
