"""The sponsor credit is declared once, by ``sponsors.models.SponsoredPage``: only its related name and help
text change, the column stays as it is (no SQL: ``sqlmigrate`` prints a no-op). Dutch and German seminars
then credit the sponsor's version in their language, as wagtail-localize will on their next sync."""

import django.db.models.deletion
from django.db import migrations, models


def sponsors_in_the_page_language(apps, schema_editor):
    """Dutch and German seminars credit the sponsor's version in their language, as guides do (``TranslatableField``)."""
    SeminarPage = apps.get_model("agenda", "SeminarPage")
    Sponsor = apps.get_model("sponsors", "Sponsor")
    seminars = SeminarPage.objects.exclude(sponsor=None).exclude(sponsor__locale=models.F("locale"))
    for pk, locale_id, key in seminars.values_list("pk", "locale_id", "sponsor__translation_key"):
        translated = Sponsor.objects.filter(translation_key=key, locale_id=locale_id).values_list("pk", flat=True).first()
        if translated is not None:
            SeminarPage.objects.filter(pk=pk).update(sponsor_id=translated)


class Migration(migrations.Migration):

    dependencies = [
        ('agenda', '0004_registrations_anonymised_are_not_duplicates'),
        ('sponsors', '0002_partner_sponsor_areas'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='seminarpage',
                    name='sponsor',
                    field=models.ForeignKey(blank=True, help_text="Shown only while the sponsor's contract is active.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='credited_%(class)s', to='sponsors.sponsor', verbose_name='sponsor credit'),
                ),
            ],
        ),
        migrations.RunPython(sponsors_in_the_page_language, migrations.RunPython.noop),
    ]
