"""Dutch and German guides link to the French themes, sectors and related guides, as wagtail-localize
synchronises them; each page shows their translation in its language (taxonomy.localization)."""

from django.db import migrations


def forwards(apps, schema_editor):
    from taxonomy.localization import links_back_to_source

    links_back_to_source(
        apps,
        "guides.GuidePage",
        many_to_many=("themes", "sectors"),
        page_links=(("guides.RelatedGuide", "guide"),),
    )


class Migration(migrations.Migration):
    dependencies = [
        ("guides", "0001_initial"),
        ("taxonomy", "0002_terms_drafts_and_review"),
    ]

    # Backwards: nothing to undo, the French links are shown in every language.
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
