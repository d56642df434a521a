"""The agenda page: upcoming sessions first, the archive with slides, filters, pages, empty states."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from agenda.models import SeminarPage
from taxonomy.models import Sector, Theme
from tests.factories import DocumentFactory, agenda_page, days, make_seminar, make_venue, translate


def titles(response):
    return [seminar.title for seminar in response.context["seminars"]]


@pytest.fixture
def agenda(site):
    return agenda_page("fr")


def test_upcoming_sessions_are_listed_soonest_first_and_past_ones_are_not(client, agenda):
    make_seminar(title="Dans trois semaines", start=days(21))
    make_seminar(title="Demain", start=days(1))
    make_seminar(title="Le mois passé", start=days(-30))
    response = client.get(agenda.url)
    assert response.status_code == 200
    assert titles(response) == ["Demain", "Dans trois semaines"]
    assert "Le mois passé" not in response.content.decode()


def test_the_archive_lists_past_sessions_most_recent_first_with_their_slides(client, agenda):
    slides = DocumentFactory(title="Diapositives Wi-Fi")
    make_seminar(title="Il y a deux mois", start=days(-60))
    make_seminar(title="La semaine passée", start=days(-7), presentations=[slides])
    make_seminar(title="Bientôt", start=days(3))
    response = client.get(agenda.url, {"archive": "1"})
    assert titles(response) == ["La semaine passée", "Il y a deux mois"]
    html = response.content.decode()
    assert "Diapositives Wi-Fi" in html and slides.url in html
    assert 'aria-current="page">Séances passées' in html


def test_drafts_and_private_sessions_are_not_listed(client, agenda):
    make_seminar(title="Brouillon", start=days(2), publish=False)
    make_seminar(title="Publiée", start=days(3))
    assert titles(client.get(agenda.url)) == ["Publiée"]


def test_filters_by_city_theme_sector_kind_and_month(client, agenda):
    liege = make_venue(name="CCI Liège", city="Liège", postcode="4000")
    marketing = Theme.objects.get(slug="marketing", locale__language_code="fr")
    retail = Sector.objects.get(slug="retail", locale__language_code="fr")
    make_seminar(title="Namur marketing", start=days(5), themes=[marketing])
    make_seminar(title="Liège commerce", start=days(6), venue=liege, sectors=[retail], kind="sector-seminar")
    make_seminar(title="Liège plus tard", start=days(70), venue=liege)
    assert titles(client.get(agenda.url, {"city": "Liège"})) == ["Liège commerce", "Liège plus tard"]
    assert titles(client.get(agenda.url, {"theme": "marketing"})) == ["Namur marketing"]
    assert titles(client.get(agenda.url, {"sector": "retail"})) == ["Liège commerce"]
    assert titles(client.get(agenda.url, {"kind": "sector-seminar"})) == ["Liège commerce"]
    later = days(70)
    assert titles(client.get(agenda.url, {"month": f"{later:%Y-%m}"})) == ["Liège plus tard"]
    html = client.get(agenda.url, {"theme": "security"}).content.decode()
    assert "Aucune séance ne correspond à ces filtres." in html


def test_a_wrong_filter_value_is_explained_not_ignored(client, agenda):
    make_seminar(title="Namur", start=days(5))
    response = client.get(agenda.url, {"month": "mars"})
    assert titles(response) == []
    assert "Indiquez le mois au format AAAA-MM." in response.content.decode()


def test_the_filter_form_works_without_javascript(client, agenda):
    html = client.get(agenda.url).content.decode()
    assert 'method="get"' in html
    for name in ("city", "theme", "sector", "kind", "month"):
        assert f'name="{name}"' in html
    assert '<label for="id_theme">Thème</label>' in html


def test_empty_states(client, agenda):
    html = client.get(agenda.url).content.decode()
    assert "Aucune séance n'est prévue pour le moment." in html
    assert "Aucune séance passée pour l'instant." in client.get(agenda.url, {"archive": "1"}).content.decode()


def test_pages_of_ten_keep_the_filters(client, agenda):
    for n in range(12):
        make_seminar(title=f"Séance {n:02}", start=days(n + 1), kind="information-session")
    first = client.get(agenda.url, {"kind": "information-session"})
    assert len(titles(first)) == 10
    html = first.content.decode()
    assert "Page 1 sur 2" in html
    assert "?kind=information-session&amp;page=2" in html
    second = client.get(agenda.url, {"kind": "information-session", "page": 2})
    assert titles(second) == ["Séance 10", "Séance 11"]


def test_dutch_agenda_shows_dutch_terms_venue_and_dates(client, locales, agenda):
    security = Theme.objects.get(slug="security", locale=locales["fr"])
    venue = make_venue(name="Maison de l'entreprise")
    translate(venue, locales["nl"], name="Ondernemershuis", access_notes="Op 5 minuten wandelen van het station.")
    seminar = make_seminar(title="Wifi", start=days(4), themes=[security], venue=venue)
    translate(seminar, locales["nl"], title="Wifi beveiligen", slug="wifi-beveiligen", summary="Veilig wifi.")
    response = client.get(agenda_page("nl").url)
    html = response.content.decode()
    assert titles(response) == ["Wifi beveiligen"]
    assert "Beveiliging" in html and "Sécurité" not in html
    month = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
             "november", "december"][days(4).month - 1]  # fmt: skip
    assert month in html


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("archive", [False, True])
def test_listing_costs_the_same_number_of_queries_for_5_or_50_sessions(client, locales, agenda, archive):
    themes = list(Theme.objects.filter(locale=locales["fr"], slug__in=["security", "website", "mobility"]))
    sectors = list(Sector.objects.filter(locale=locales["fr"])[:2])
    venue = make_venue()
    translate(venue, locales["nl"], name="Ondernemershuis", access_notes="Vlak bij het station.")

    nl_agenda = agenda_page("nl")

    def add(n):
        # Dutch pages linked to the French terms and venue: what a synchronised translation holds.
        for i in range(n):
            start = days(-(i + 2)) if archive else days(i + 1)
            make_seminar(
                nl_agenda, title=f"NL {i}", start=start, venue=venue, themes=themes, sectors=sectors,
                speakers=[{"name": "Claire Dubois", "bio": "RENTIC-consulente."}],
                presentations=[DocumentFactory()],
            )  # fmt: skip

    url = agenda_page("nl").url + ("?archive=1" if archive else "")
    agenda_page("nl").__class__.per_page = 50
    try:
        add(5)
        count_queries(client, url)  # warm the per-process caches (site root paths, locales)
        few = count_queries(client, url)
        add(45)
        many = count_queries(client, url)
    finally:
        agenda_page("nl").__class__.per_page = 10
    assert len(SeminarPage.objects.filter(locale=locales["nl"])) == 50
    html = client.get(url).content.decode()
    assert "Beveiliging" in html and "Sécurité" not in html
    assert many == few
