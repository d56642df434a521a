"""Partner and sponsor logos in the footer of every page: the active language's, active sponsors only."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.translation import save_translation, translated_copy
from tests.factories import ImageFactory, PartnerFactory, SponsorFactory


def footer(client, url):
    html = client.get(url).content.decode()
    return html[html.index('<footer class="site-footer">') :]


def test_the_footer_shows_partners_and_active_sponsors_of_the_language(client, locales):
    region = PartnerFactory(name="Région wallonne", sort_order=1, logo=ImageFactory(title="Logo Wallonie"))
    PartnerFactory(name="UCM", sort_order=2)
    save_translation(region, locales["nl"], translated_copy(region, name="Waals Gewest"))
    sponsor = SponsorFactory(name="Mosaline Télécom", website="https://mosaline.example/")
    save_translation(sponsor, locales["nl"], translated_copy(sponsor, description="Operator"))
    SponsorFactory(
        name="Ancien SA", contract_start=datetime.date(2020, 1, 1), contract_end=datetime.date(2020, 12, 31)
    )

    # Any page but the home page, which shows the logos in its own section instead (tests/home).
    french = footer(client, "/fr/fiches-pratiques/")
    assert "Un programme de" in french and "Avec le soutien de" in french
    assert 'alt="Région wallonne"' in french and french.index("Région wallonne") < french.index("UCM")
    assert 'href="https://mosaline.example/"' in french and "Mosaline Télécom" in french
    assert "Ancien SA" not in french

    dutch = footer(client, "/nl/praktische-fiches/")
    assert 'alt="Waals Gewest"' in dutch and "Région wallonne" not in dutch
    assert "Met de steun van" in dutch and "Mosaline Télécom" in dutch
    assert "UCM" not in dutch  # not translated into Dutch yet


def count_queries(client, url):
    client.get(url)  # the first view makes the logo renditions
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_footer_costs_the_same_queries_for_2_or_12_logos(client, locales):
    for n in range(2):
        PartnerFactory(logo=ImageFactory())
        SponsorFactory(logo=ImageFactory(), name=f"Sponsor {n}")
    few = count_queries(client, "/fr/")
    for n in range(2, 12):
        PartnerFactory(logo=ImageFactory())
        SponsorFactory(logo=ImageFactory(), name=f"Sponsor {n}")
    assert count_queries(client, "/fr/") == few
