import io
import re

from core.demo import demo_data
from home import demo
from home.models import HomePage
from tests.demo_snapshot import pages_state


def test_the_demo_home_page_has_its_sections_in_three_languages(demo_content, client):
    homes = {home.locale.language_code: home for home in HomePage.objects.select_related("locale")}
    assert all(home.live and not home.has_unpublished_changes for home in homes.values())
    de = client.get(f"/api/v2/pages/{homes['de'].pk}/").json()
    assert [guide["title"] for guide in de["highlighted_guides"]] == [
        "Elektronisch fakturieren mit Peppol",
        "Das WLAN des Geschäfts absichern",
        "Online-Reservierung für das Gastgewerbe",
    ]
    assert de["testimonial"]["town"] == "Marche-en-Famenne" and de["testimonial"]["role"] == "Dachdecker, Gründer"
    assert de["diagnostic"]["title"] == "Wie digital ist Ihr Unternehmen?"
    assert de["diagnostic"]["page"]["html_url"].endswith("/de/selbstdiagnose/")
    assert len(de["next_seminars"]) == 3 and len(de["partners"]) == 4 and len(de["sponsors"]) == 4
    menus = {
        "fr": ["/fr/fiches-pratiques/", "/fr/temoignages/", "/fr/agenda/", "/fr/autodiagnostic/", "/fr/sponsors/"],
        "nl": ["/nl/praktische-fiches/", "/nl/getuigenissen/", "/nl/agenda/", "/nl/zelfdiagnose/", "/nl/sponsors/"],
        "de": [
            "/de/praxisleitfaeden/",
            "/de/erfahrungsberichte/",
            "/de/veranstaltungen/",
            "/de/selbstdiagnose/",
            "/de/sponsoren/",
        ],
    }
    for language, sections in menus.items():
        html = client.get(f"/{language}/").content.decode()
        menu = html[html.index('<nav class="main-menu"') :]
        menu = menu[: menu.index("</nav>")]
        assert re.findall(r'href="([^"]+)"', menu)[: len(sections)] == sections, language
    html = client.get("/nl/").content.decode()
    assert "Hoe digitaal is uw onderneming?" in html and "Een dakdekker uit Marche-en-Famenne" in html
    assert "Toegankelijkheidsverklaring" in html

    before = pages_state()
    demo.build(demo_data("pages.yaml"), io.StringIO())
    assert pages_state() == before
