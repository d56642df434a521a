from django.db import migrations, models

from search.analysis import spellings


def fill_spellings(apps, schema_editor):
    """The accented spellings of the words already indexed (``search_index`` writes them from now on)."""
    SearchDocument = apps.get_model("search", "SearchDocument")
    SearchTerm = apps.get_model("search", "SearchTerm")
    languages = SearchTerm.objects.values_list("language", flat=True).distinct()
    for language in list(languages):
        rows = SearchDocument.objects.filter(language=language).values_list("title", "summary", "body")
        accented = spellings(" ".join(row) for row in rows.iterator())
        terms = [term for term in SearchTerm.objects.filter(language=language) if term.word in accented]
        for term in terms:
            term.spelling = accented[term.word]
        SearchTerm.objects.bulk_update(terms, ["spelling"], batch_size=1000)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0008_vector_version"),
    ]

    operations = [
        migrations.AddField(
            model_name="searchterm",
            name="spelling",
            field=models.CharField(blank=True, default="", max_length=100),
        ),
        migrations.RunPython(fill_spellings, migrations.RunPython.noop),
    ]
