"""Listing 100 items costs the same number of SQL queries as listing 5, on every listing endpoint."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from guides.models import GuideIndexPage, RelatedGuide
from taxonomy.models import Sector, Theme
from tests.factories import (
    BRUSSELS,
    DocumentFactory,
    GuidePageFactory,
    ImageFactory,
    PartnerFactory,
    SponsorFactory,
    agenda_page,
    make_seminar,
    make_venue,
    translate,
)


@pytest.fixture
def world(locales):
    """Dutch terms, a Dutch venue and an active sponsor with a logo, shared by every item."""
    nl = locales["nl"]
    venue = make_venue()
    translate(venue, nl, name="Ondernemershuis", access_notes="Vlak bij het station.")
    return {
        "themes": [Theme.objects.get(slug=slug, locale=nl) for slug in ("security", "marketing")],
        "sectors": [Sector.objects.get(slug="retail", locale=nl)],
        "fr_themes": [Theme.objects.get(slug=slug, locale=locales["fr"]) for slug in ("security", "marketing")],
        "fr_sectors": [Sector.objects.get(slug="retail", locale=locales["fr"])],
        "venue": venue,
        "sponsor": SponsorFactory(logo=ImageFactory()),
        "index": GuideIndexPage.objects.get(locale=nl),
    }


def add_guides(world, n):
    for _ in range(n):
        # Each guide shows its own image and offers its own document in its body.
        body = [
            {"type": "heading", "value": "Stap voor stap"},
            {"type": "image", "value": {"image": ImageFactory().pk, "alt_text": "Een kassa", "caption": ""}},
            {"type": "document", "value": {"document": DocumentFactory().pk, "title": "Checklist"}},
        ]
        guide = GuidePageFactory(
            parent=world["index"],
            locale=world["index"].locale,
            themes=world["themes"],
            sectors=world["sectors"],
            body=body,
        )
        guide.sponsor = world["sponsor"]
        guide.related_guides = [RelatedGuide(guide=guide)]
        guide.save()


def add_seminars(world, n):
    start = dt.datetime.now(BRUSSELS).replace(microsecond=0)
    for i in range(n):
        world["seminars"] = world.get("seminars", 0) + 1
        make_seminar(
            agenda_page("nl"), title=f"Seminarie {world['seminars']}", start=start + dt.timedelta(days=i + 1),
            venue=world["venue"],
            themes=world["fr_themes"], sectors=world["fr_sectors"], sponsor=world["sponsor"],
            speakers=[{"name": "Claire Dubois", "bio": "RENTIC-consulente."}], presentations=[DocumentFactory()],
        )  # fmt: skip


def add_snippets(model_factory):
    def add(world, n):
        for _ in range(n):
            model_factory(world)

    return add


def theme(world):
    return Theme.objects.create(name="Thema", slug=f"thema-{Theme.objects.count()}", locale=world["index"].locale)


def sector(world):
    return Sector.objects.create(name="Sector", slug=f"sector-{Sector.objects.count()}", locale=world["index"].locale)


CASES = {
    "pages": ("/api/v2/pages/", {"locale": "nl"}, add_guides),
    "pages of one type with all their fields": (
        "/api/v2/pages/", {"type": "guides.GuidePage", "fields": "*", "locale": "nl"}, add_guides,
    ),
    "pages: seminars with venue and terms": (
        "/api/v2/pages/", {"type": "agenda.SeminarPage", "fields": "*", "locale": "nl"}, add_seminars,
    ),
    "guides": ("/api/v2/guides/", {"fields": "*", "locale": "nl"}, add_guides),
    "agenda": ("/api/v2/agenda/", {"fields": "*", "locale": "nl"}, add_seminars),
    "themes": ("/api/v2/themes/", {"locale": "nl"}, add_snippets(theme)),
    "sectors": ("/api/v2/sectors/", {}, add_snippets(sector)),
    "venues": ("/api/v2/venues/", {}, add_snippets(lambda w: make_venue())),
    "sponsors": ("/api/v2/sponsors/", {}, add_snippets(lambda w: SponsorFactory(logo=ImageFactory()))),
    "partners": ("/api/v2/partners/", {}, add_snippets(lambda w: PartnerFactory(logo=ImageFactory()))),
    "images": ("/api/v2/images/", {}, add_snippets(lambda w: ImageFactory().tags.add("logo", "demo"))),
    "documents": ("/api/v2/documents/", {}, add_snippets(lambda w: DocumentFactory().tags.add("slides"))),
}  # fmt: skip


@pytest.mark.parametrize("case", CASES)
def test_listing_100_items_costs_the_same_queries_as_listing_5(client, world, case):
    url, params, add = CASES[case]

    def listing():
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url, {**params, "limit": 100})
        assert response.status_code == 200, response.content
        return len(queries), response.json()

    def measure():
        listing()  # first call: renditions are generated, per-process caches warmed
        return listing()

    before = listing()[1]["meta"]["total_count"]
    add(world, 5)
    few, data = measure()
    assert data["meta"]["total_count"] == before + 5
    add(world, 95)
    many, data = measure()
    assert len(data["items"]) == min(100, before + 100)
    assert many == few, f"{case}: {few} queries for {before + 5} items, {many} for {len(data['items'])}"
    if add is add_guides and params.get("fields") == "*":
        blocks = [block for item in data["items"] for block in item["body"]]
        images = [block["value"]["image"] for block in blocks if block["type"] == "image"]
        documents = [block["value"] for block in blocks if block["type"] == "document"]
        assert len(images) == len(documents) == len(data["items"])
        assert all(image["url"] and image["width"] <= 800 and image["alt"] == "Een kassa" for image in images)
        assert all(document["document"]["url"] and document["title"] == "Checklist" for document in documents)


def test_a_guides_detail_costs_the_same_queries_with_many_themes_and_related_guides(client, world):
    """The detail shows every theme, sector, related guide and translation link: fetched in bulk."""
    add_guides(world, 1)
    guide = world["index"].get_children().live().last().specific

    def detail():
        client.get(f"/api/v2/pages/{guide.pk}/")  # per-process caches warmed
        with CaptureQueriesContext(connection) as queries:
            response = client.get(f"/api/v2/pages/{guide.pk}/")
        assert response.status_code == 200, response.content
        return len(queries), response.json()

    few, data = detail()
    assert len(data["related_guides"]) == 1 and len(data["themes"]) == 2
    add_guides(world, 12)
    others = list(world["index"].get_children().live().exclude(pk=guide.pk).specific())
    guide.related_guides = [RelatedGuide(guide=other) for other in others]
    guide.themes = [*world["themes"], *(Theme.objects.create(name=f"Thema {n}", slug=f"t-{n}", locale=guide.locale)
                                        for n in range(8))]  # fmt: skip
    guide.save()
    many, data = detail()
    assert len(data["related_guides"]) == 12 and len(data["themes"]) == 10
    assert data["meta"]["parent"]["id"] == world["index"].pk
    assert many == few, f"{few} queries for a guide with 1 related guide, {many} with 12"
