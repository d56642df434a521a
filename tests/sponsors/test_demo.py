"""The demo sponsors and partners: four fictional sponsors with active contracts, idempotent."""

import io

from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Page

from core.demo import demo_data
from sponsors import demo
from sponsors.models import Partner, Sponsor, SponsorPage


def snapshot():
    return (
        Sponsor.objects.count(),
        Partner.objects.count(),
        Page.objects.count(),
        get_image_model().objects.count(),
    )


def test_the_demo_builds_four_sponsors_and_the_partners_in_three_languages(site, client):
    demo.build(demo_data("sponsors.yaml"), io.StringIO())
    today = timezone.localdate()
    french = Sponsor.objects.filter(locale__language_code="fr")
    assert french.count() == 4 and all(s.is_active(today) for s in french)
    assert set(french.values_list("category", flat=True)) == {"software-it", "telecom", "banking-payment", "hardware"}
    [exclusive] = french.filter(exclusive=True)
    assert exclusive.category == "software-it"
    assert all(s.logo and s.logo.file_size for s in french)
    for code in ("fr", "nl", "de"):
        assert Sponsor.objects.filter(locale__language_code=code).count() == 4
        assert Partner.objects.filter(locale__language_code=code).count() == 4
        assert SponsorPage.objects.live().filter(locale__language_code=code).count() == 4
    assert Partner.objects.get(locale__language_code="de", sort_order=1).name == "Wallonische Region"
    nl_area = SponsorPage.objects.get(locale__language_code="nl", sponsor__exclusive=True)
    html = client.get(nl_area.url).content.decode()
    assert "Waarom Nuvalis het programma steunt" in html and "Waals Gewest" in html


def test_building_the_demo_twice_creates_nothing_more(site):
    demo.build(demo_data("sponsors.yaml"), io.StringIO())
    before = snapshot()
    demo.build(demo_data("sponsors.yaml"), io.StringIO())
    assert snapshot() == before
