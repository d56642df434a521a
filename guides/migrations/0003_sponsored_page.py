"""The sponsor credit is declared once, by ``sponsors.models.SponsoredPage``: only its related name and help
text change, the column stays as it is (no SQL: ``sqlmigrate`` prints a no-op)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('guides', '0002_links_back_to_french'),
        ('sponsors', '0002_partner_sponsor_areas'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='guidepage',
                    name='sponsor',
                    field=models.ForeignKey(blank=True, help_text="Shown only while the sponsor's contract is active.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='credited_%(class)s', to='sponsors.sponsor', verbose_name='sponsor credit'),
                ),
            ],
        ),
    ]
