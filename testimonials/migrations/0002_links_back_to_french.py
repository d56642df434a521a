"""Dutch and German testimonials link to the French sector, themes and related guides, as wagtail-localize
synchronises them; each page shows their translation in its language (taxonomy.localization)."""

from django.db import migrations


def forwards(apps, schema_editor):
    from taxonomy.localization import links_back_to_source

    links_back_to_source(
        apps,
        "testimonials.TestimonialPage",
        many_to_many=("themes",),
        foreign_keys=("sector",),
        page_links=(("testimonials.TestimonialRelatedGuide", "guide"),),
    )


class Migration(migrations.Migration):
    dependencies = [
        ("testimonials", "0001_initial"),
        ("guides", "0002_links_back_to_french"),
        ("taxonomy", "0002_terms_drafts_and_review"),
    ]

    # Backwards: nothing to undo, the French links are shown in every language.
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
