"""Drafts, unpublished pages and translations, private pages and other sites' pages never reach the API.

Each scenario puts a secret word in content that must stay hidden, then reads
everything a front-end can read (every listing in every language with all
fields, every page's detail with its translations, the agenda and its
iCalendar feeds, search) and checks the word is nowhere, and that the hidden
pages' own addresses answer 404.
"""

import json

import pytest
from wagtail.models import Page, PageViewRestriction, Site

from agenda.models import SeminarPage
from core.translation import save_translation, translated_copy
from guides.models import GuideIndexPage, GuidePage, RelatedGuide
from home.models import HomePage
from tests.factories import GuidePageFactory, make_seminar, translate

SECRET = "Zorglub"
LANGUAGES = ("fr", "nl", "de")


def seminar(**fields):
    """A seminar published as an editor would (search indexes it)."""
    page = make_seminar(**fields)
    page.get_latest_revision().publish()
    return page


def readable(client):
    """Everything an API client can read, as one text."""
    texts = []

    def get(url, **params):
        response = client.get(url, params)
        assert response.status_code == 200, (url, params, response.content[:300])
        texts.append(response.content.decode())
        return response

    listings = []
    for language in (None, *LANGUAGES):
        locale = {"locale": language} if language else {}
        listings.append(get("/api/v2/pages/", limit=100, **locale).json())
        get("/api/v2/pages/", type="guides.GuidePage", fields="*", limit=100, **locale)
        get("/api/v2/pages/", type="agenda.SeminarPage", fields="*", limit=100, **locale)
        get("/api/v2/guides/", fields="*", limit=100, **locale)
        get("/api/v2/agenda/", fields="*", limit=100, **locale)
        get("/api/v2/agenda/", fields="*", limit=100, past="true", **locale)
    for language in LANGUAGES:
        get("/api/v2/agenda.ics", locale=language)
        get("/api/v2/agenda.ics", locale=language, past="true")
        for url, query in (("/api/v2/search/", SECRET), ("/api/v2/search/autocomplete/", SECRET[:4])):
            found = get(url, q=query, locale=language).json()
            texts.pop()  # the search echoes the query: only its results count
            texts.append(json.dumps(found["items"], ensure_ascii=False))
    for listing in listings:
        for item in listing["items"]:
            get(f"/api/v2/pages/{item['id']}/")
    return "\n".join(texts)


def assert_hidden(client, *pages):
    text = readable(client)
    assert SECRET not in text
    for page in pages:
        assert f'"id": {page.pk},' not in text.replace('"id":', '"id": ')
        assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404
        if isinstance(page.specific, GuidePage):
            assert client.get(f"/api/v2/guides/{page.pk}/").status_code == 404
        if isinstance(page.specific, SeminarPage):
            assert client.get(f"/api/v2/agenda/{page.pk}/").status_code == 404
            assert client.get(f"/api/v2/agenda/{page.pk}.ics").status_code == 404
    return text


def test_readable_sees_what_is_published(client, make_guide):
    # The scan itself finds a published secret: the other tests cannot pass on an empty scan.
    guide = make_guide(title=f"Fiche {SECRET}")
    seminar(title=f"Séminaire {SECRET}")
    text = readable(client)
    assert text.count(SECRET) > 10
    assert f"/api/v2/pages/{guide.pk}/" in text
    found = client.get("/api/v2/search/", {"q": SECRET, "locale": "fr"}).json()["items"]
    assert {item["id"] for item in found} >= {guide.pk}


def test_drafts_and_draft_changes(client, make_guide):
    never_published = make_guide(title=f"Brouillon {SECRET}", live=False)
    draft_seminar = make_seminar(title=f"Séminaire {SECRET}", publish=False)
    live = make_guide(title="Fiche publiée", summary="Résumé publié.")
    live.title = f"Nouveau titre {SECRET}"
    live.summary = f"Résumé {SECRET}"
    live.save_revision()  # saved as a draft, not published
    text = assert_hidden(client, never_published, draft_seminar)
    assert "Fiche publiée" in text and "Résumé publié." in text


def test_unpublished_pages(client, make_guide):
    guide = make_guide(title=f"Retirée {SECRET}")
    seminar_page = seminar(title=f"Annulé {SECRET}")
    guide.unpublish()
    seminar_page.unpublish()
    assert_hidden(client, guide, seminar_page)


def test_unpublished_translations(client, make_guide, locales):
    guide = make_guide(title="Fiche traduite")
    dutch = save_translation(guide, locales["nl"], translated_copy(guide, title=f"Fiche {SECRET}"), publish=False)
    source = seminar(title="Séminaire traduit")
    german = save_translation(source, locales["de"], translated_copy(source, title=f"Seminar {SECRET}"), publish=False)
    text = assert_hidden(client, dutch, german)
    assert "Fiche traduite" in text
    assert client.get(f"/api/v2/pages/{guide.pk}/").json()["meta"]["translations"] == []


@pytest.fixture
def private_content(make_guide, locales):
    """A password-protected guide, a login-protected seminar, a protected Dutch section, a guide linking them."""
    guide = make_guide(title=f"Fiche {SECRET}", slug="fiche-privee")
    password = PageViewRestriction.objects.create(
        page=guide, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    private_seminar = seminar(title=f"Séminaire {SECRET}")
    PageViewRestriction.objects.create(page=private_seminar, restriction_type=PageViewRestriction.LOGIN)
    dutch_index = GuideIndexPage.objects.get(locale=locales["nl"])
    PageViewRestriction.objects.create(page=dutch_index, restriction_type=PageViewRestriction.LOGIN)
    public = make_guide(title="Fiche publique")
    dutch = translate(public, locales["nl"], title=f"Fiche {SECRET} NL", slug="fiche-nl")
    linking = make_guide(title="Fiche qui renvoie")
    linking.related_guides = [RelatedGuide(guide=guide), RelatedGuide(guide=public)]
    linking.save_revision().publish()
    hidden = [guide, private_seminar, dutch_index, dutch]
    return {"password": password, "pages": hidden, "public": public, "linking": linking}


def test_private_pages_for_anonymous_clients(client, private_content):
    text = assert_hidden(client, *private_content["pages"])
    assert "Fiche publique" in text
    related = client.get(f"/api/v2/guides/{private_content['linking'].pk}/").json()["related_guides"]
    assert [guide["title"] for guide in related] == ["Fiche publique"]
    assert client.get(f"/api/v2/pages/{private_content['public'].pk}/").json()["meta"]["translations"] == []


def test_private_pages_stay_hidden_from_a_session_that_passed_the_restrictions(client, admin_user, private_content):
    # Wagtail's own API shows a restricted page to a session that passed its password
    # or login restriction; this API serves front-ends and caches, so it never does.
    client.force_login(admin_user)
    session = client.session
    session[PageViewRestriction.passed_view_restrictions_session_key] = [private_content["password"].pk]
    session.save()
    assert client.get("/fr/fiches-pratiques/fiche-privee/").status_code == 200  # the site does show it
    assert_hidden(client, *private_content["pages"])


def test_pages_of_another_site(client, site, locales):
    root = Page.get_first_root_node()
    fr = locales["fr"]
    other_home = root.add_child(instance=HomePage(title=f"Autre site {SECRET}", slug="autre-site", locale=fr))
    Site.objects.create(hostname="autre.example", port=80, root_page=other_home)
    index = other_home.add_child(instance=GuideIndexPage(title=f"Fiches {SECRET}", slug="fiches", locale=fr))
    guide = GuidePageFactory(parent=index, title=f"Fiche {SECRET}")
    guide.save_revision().publish()
    text = assert_hidden(client, other_home, index, guide)
    assert "Accueil" in text
    # A client cannot ask for another site's pages either.
    response = client.get("/api/v2/pages/", {"site": "autre.example"})
    assert response.status_code == 400
    # The other site's own API serves them.
    other = client.get("/api/v2/guides/", HTTP_HOST="autre.example").json()
    assert [item["title"] for item in other["items"]] == [f"Fiche {SECRET}"]
    found = client.get("/api/v2/search/", {"q": SECRET, "locale": "fr"}, HTTP_HOST="autre.example").json()
    assert [item["title"] for item in found["items"]] == [f"Fiche {SECRET}"]
    assert SECRET not in json.dumps(client.get("/api/v2/guides/").json())


def test_a_page_made_private_leaves_the_api_at_once(client, make_guide):
    """The sections under view restrictions are kept in the cache between requests: a new restriction
    counts from the next request on, and so does one that is lifted."""
    guide = make_guide(title=f"Fiche {SECRET}", slug="bientot-privee")
    assert client.get(f"/api/v2/pages/{guide.pk}/").status_code == 200
    assert SECRET in readable(client)
    restriction = PageViewRestriction.objects.create(page=guide, restriction_type=PageViewRestriction.LOGIN)
    assert_hidden(client, guide)
    restriction.delete()
    assert client.get(f"/api/v2/pages/{guide.pk}/").status_code == 200
