import pytest


@pytest.mark.parametrize(
    "accept_language, expected",
    [
        ("nl-BE,nl;q=0.9,fr;q=0.5", "/nl/"),
        ("de-DE,de;q=0.9", "/de/"),
        ("fr-BE,fr;q=0.9", "/fr/"),
        ("en-GB,en;q=0.9", "/fr/"),  # nothing matches: French
        ("", "/fr/"),
    ],
)
def test_root_redirects_to_the_best_language(client, site, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize(
    "language, title, skip_link",
    [
        ("fr", "Accueil", "Aller au contenu"),
        ("nl", "Home", "Naar de inhoud"),
        ("de", "Startseite", "Zum Inhalt springen"),
    ],
)
def test_each_language_has_its_home_page(client, site, language, title, skip_link):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert f"<title>{title} — jesuisfantasTIC</title>" in html
    assert skip_link in html


def test_language_switcher_links_the_translations(client, site):
    html = client.get("/nl/").content.decode()
    assert 'href="/fr/" hreflang="fr"' in html
    assert 'href="/de/" hreflang="de"' in html


@pytest.mark.parametrize(
    "language, sign_in",
    [("fr", "<h1>S'identifier</h1>"), ("nl", "<h1>Inloggen in Wagtail</h1>"), ("de", "<h1>Bei Wagtail anmelden</h1>")],
)
def test_admin_speaks_the_three_languages(client, site, language, sign_in):
    response = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    assert sign_in in response.content.decode()
