"""The sponsors section: index, sponsor areas (visible only while the contract runs), API, credits."""

import datetime

import pytest
from django.template import Context, Template
from django.utils import timezone
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from agenda.models import SeminarPage
from core.translation import save_translation, translated_copy
from guides.models import GuidePage
from sponsors.models import SponsorPage, SponsorsIndexPage
from tests.factories import ImageFactory, SponsorFactory, make_seminar

PAST = (datetime.date(2020, 1, 1), datetime.date(2020, 12, 31))


def contract(period):
    """Contract dates, from today: "today" (one day, active), "ended" or "not started"."""
    today = timezone.localdate()
    return {
        "today": (today, today),
        "ended": PAST,
        "not started": (today + datetime.timedelta(days=10), today + datetime.timedelta(days=400)),
    }[period]


def index_of(language):
    return SponsorsIndexPage.objects.get(locale__language_code=language)


def make_area(sponsor, title, text, locales=None, **fields):
    """A published sponsor page in French, translated into NL and DE when ``locales`` is given."""
    page = index_of("fr").add_child(
        instance=SponsorPage(
            title=title,
            sponsor=sponsor,
            presentation=[("paragraph", f"<p>{text}</p>")],
            contact_name="Claire Dubois",
            contact_email="claire@nuvalis.example",
            contact_phone="+32 81 20 45 60",
            **fields,
        )
    )
    page.save_revision().publish()
    for code in ("nl", "de") if locales else ():
        save_translation(
            sponsor, locales[code], translated_copy(sponsor, description=f"{code}: {sponsor.description}")
        )
        block = page.presentation[0]
        save_translation(
            page,
            locales[code],
            translated_copy(
                page,
                title=f"{title} ({code})",
                presentation=[{"type": "paragraph", "value": f"<p>{code}: {text}</p>", "id": block.id}],
            ),
        )
    return page


@pytest.fixture
def nuvalis(locales):
    sponsor = SponsorFactory(name="Nuvalis", category="software-it", exclusive=True, tier="main",
                             description="Éditeur de logiciels de gestion", logo=ImageFactory())  # fmt: skip
    return make_area(sponsor, "Nuvalis, sponsor informatique", "Nous finançons les fiches.", locales)


def test_setup_site_creates_the_sponsors_section_in_three_languages(site):
    titles = {code: index_of(code).title for code in ("fr", "nl", "de")}
    assert titles == {"fr": "Nos sponsors", "nl": "Onze sponsors", "de": "Unsere Sponsoren"}
    assert len({index_of(code).translation_key for code in titles}) == 1


def test_the_sponsor_area_shows_presentation_and_contact(client, nuvalis):
    response = client.get(nuvalis.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Nuvalis, sponsor informatique</h1>" in html
    assert "Nous finançons les fiches." in html and "Éditeur de logiciels de gestion" in html
    assert 'href="mailto:claire@nuvalis.example"' in html and 'href="tel:+3281204560"' in html
    assert "Logiciels et services informatiques" in html and "sponsor exclusif" in html


def test_the_sponsor_area_speaks_each_language(client, nuvalis, locales):
    for code in ("nl", "de"):
        page = nuvalis.get_translation(locales[code])
        assert page.sponsor.locale.language_code == code  # the area points to the sponsor of its language
        html = client.get(page.url).content.decode()
        assert f"{code}: Nous finançons les fiches." in html and f"{code}: Éditeur de logiciels" in html
    assert "Exklusivsponsor" in client.get(page.url).content.decode()


@pytest.mark.parametrize("period", ["ended", "not started"])
def test_an_area_is_offline_outside_the_contract(client, locales, period):
    start, end = contract(period)
    sponsor = SponsorFactory(name="Ancien", contract_start=start, contract_end=end)
    page = make_area(sponsor, "Ancien sponsor", "Texte")
    assert client.get(page.url).status_code == 404
    assert "Ancien" not in client.get(index_of("fr").url).content.decode()


def test_editors_preview_an_offline_area_with_a_notice(locales):
    sponsor = SponsorFactory(name="Ancien", contract_start=PAST[0], contract_end=PAST[1])
    page = make_area(sponsor, "Ancien sponsor", "Texte")
    response = page.make_preview_request()
    html = response.content.decode()
    assert response.status_code == 200
    assert "Aperçu uniquement" in html and "31 décembre 2020" in html


def test_the_index_lists_the_active_sponsors_main_ones_first(client, locales):
    make_area(SponsorFactory(name="Zèbre Télécom", tier="main"), "Zèbre", "Texte")
    make_area(SponsorFactory(name="Alpha Banque", category="banking-payment"), "Alpha", "Texte")
    make_area(SponsorFactory(name="Expiré SA", contract_start=PAST[0], contract_end=PAST[1]), "Expiré", "Texte")
    html = client.get(index_of("fr").url).content.decode()
    assert "Nos sponsors" in html
    assert html.index("Zèbre Télécom") < html.index("Alpha Banque")
    assert "Expiré SA" not in html


def test_the_index_costs_the_same_queries_for_few_or_many_sponsors(client, locales):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count():
        client.get(index_of("fr").url)  # renditions are made on the first view
        with CaptureQueriesContext(connection) as queries:
            assert client.get(index_of("fr").url).status_code == 200
        return len(queries)

    for n in range(2):
        make_area(SponsorFactory(logo=ImageFactory(), category="other"), f"Sponsor {n}", "Texte")
    few = count()
    for n in range(2, 7):
        make_area(SponsorFactory(logo=ImageFactory(), category="other"), f"Sponsor {n}", "Texte")
    assert count() == few


def test_one_area_per_sponsor(locales, nuvalis):
    duplicate = SponsorPage(title="Doublon", slug="doublon", sponsor=nuvalis.sponsor, locale=nuvalis.locale)
    with pytest.raises(Exception, match="already has its area|déjà son espace"):
        index_of("fr").add_child(instance=duplicate)


def test_administrators_create_a_sponsor_area(admin_client, locales):
    sponsor = SponsorFactory(name="Mosaline")
    index = index_of("fr")
    response = admin_client.post(
        f"/admin/pages/add/sponsors/sponsorpage/{index.pk}/",
        nested_form_data(
            {
                "title": "Mosaline Télécom",
                "slug": "mosaline",
                "sponsor": sponsor.pk,
                "presentation": streamfield([("paragraph", rich_text("<p>Une connexion fiable.</p>"))]),
                "contact_name": "Marc",
                "contact_email": "pro@mosaline.example",
                "contact_phone": "",
                "action-publish": "publish",
            }
        ),
    )
    assert response.status_code == 302, response.content.decode()[-3000:]
    page = SponsorPage.objects.get(slug="mosaline", locale__language_code="fr")
    assert page.live and page.sponsor == sponsor and page.get_parent().specific == index


@pytest.mark.parametrize(
    "language, title, description",
    [
        ("fr", "Nuvalis, sponsor informatique", "Éditeur de logiciels de gestion"),
        ("nl", "Nuvalis, sponsor informatique (nl)", "nl: Éditeur de logiciels de gestion"),
        ("de", "Nuvalis, sponsor informatique (de)", "de: Éditeur de logiciels de gestion"),
    ],
)
def test_the_api_represents_a_sponsor_area_in_each_language(client, nuvalis, language, title, description):
    response = client.get(f"/api/v2/pages/?type=sponsors.SponsorPage&fields=*&locale={language}")
    assert response.status_code == 200
    [item] = response.json()["items"]
    assert item["title"] == title
    sponsor = item["sponsor"]
    assert (sponsor["name"], sponsor["category"], sponsor["exclusive"], sponsor["active"]) == (
        "Nuvalis", "software-it", True, True,
    )  # fmt: skip
    assert sponsor["logo"]["url"] and sponsor["logo"]["width"] <= 240
    assert item["presentation"][0]["type"] == "paragraph"
    assert (item["contact_email"], item["contact_phone"]) == ("claire@nuvalis.example", "+32 81 20 45 60")
    assert item["supported_content"] == []
    index = client.get(f"/api/v2/pages/?type=sponsors.SponsorsIndexPage&fields=intro&locale={language}").json()
    assert index["items"][0]["intro"]


def test_the_api_marks_an_ended_sponsor_inactive(client, locales):
    make_area(SponsorFactory(name="Ancien", contract_start=PAST[0], contract_end=PAST[1]), "Ancien", "Texte")
    [item] = client.get("/api/v2/pages/?type=sponsors.SponsorPage&fields=sponsor&locale=fr").json()["items"]
    assert item["sponsor"]["active"] is False


CREDIT = Template("{% load sponsors_tags %}{% sponsor_credit page %}")


@pytest.mark.parametrize("page_type", [GuidePage, SeminarPage])
@pytest.mark.parametrize("period, shown", [("today", True), ("ended", False), ("not started", False)])
def test_a_sponsor_credit_shows_only_while_the_contract_is_active(languages, page_type, period, shown):
    start, end = contract(period)
    sponsor = SponsorFactory(name="Nuvalis", contract_start=start, contract_end=end)
    html = CREDIT.render(Context({"page": page_type(sponsor=sponsor)}))
    assert ("Nuvalis" in html) is shown
    assert CREDIT.render(Context({"page": page_type(sponsor=None)})).strip() == ""


@pytest.mark.parametrize("page_type", [GuidePage, SeminarPage])
def test_the_api_credit_field_is_null_once_the_contract_has_ended(languages, page_type):
    [field] = [field for field in page_type.api_fields if field.name == "sponsor"]
    serializer = field.serializer
    serializer.bind("sponsor", None)
    active = SponsorFactory(name="Actif")
    ended = SponsorFactory(name="Fini", contract_start=PAST[0], contract_end=PAST[1])
    assert serializer.get_attribute(page_type(sponsor=active)) == active
    assert serializer.to_representation(active)["name"] == "Actif"
    assert serializer.get_attribute(page_type(sponsor=ended)) is None


def test_a_dutch_seminar_credits_the_sponsor_s_dutch_area(client, locales):
    """The sponsor is translated with the page (as on a sponsor's area): the Dutch credit leads to the Dutch area."""
    sponsor = SponsorFactory(name="Nuvalis", description="Éditeur de logiciels")
    area = make_area(sponsor, "Nuvalis", "Des logiciels de gestion.", locales)
    seminar = make_seminar(title="Séminaire Nuvalis", sponsor=sponsor)
    dutch = save_translation(seminar, locales["nl"], translated_copy(seminar, title="Nuvalis-seminarie"))
    assert dutch.sponsor.locale == locales["nl"]
    dutch_area = area.get_translation(locales["nl"])
    html = client.get(dutch.url).content.decode()
    credit = html[html.index('<aside class="sponsor-credit">') :]
    assert f'<a href="{dutch_area.url}">' in credit[: credit.index("</aside>")]
    assert client.get(f"/api/v2/pages/{dutch.pk}/").json()["sponsor"]["id"] == dutch.sponsor.pk
