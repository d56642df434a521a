"""The full-page cache for anonymous visitors (cms/pagecache.py): served from the cache, never stale after a publish.

Each test runs on the real caches: local memory (``make run``) and Redis (production), DB 3 of the Redis on
this machine, each test under its own key prefix. ``X-Cache`` says where a response came from. Content is
changed in the database behind the cache's back (``QuerySet.update``) to show that a page really comes
from the cache, then published the way the admin does to show that the publication purges it.
"""

import datetime
import json
import uuid

import pytest
import redis
from django.core.cache import caches
from django.test import Client
from wagtail.models import Page, PageViewRestriction

from agenda.models import SeminarPage, Venue
from guides.models import GuideIndexPage, GuidePage
from home.models import HomePage
from sponsors.models import Partner, Sponsor
from taxonomy.models import Theme
from tests.diagnostic.example import EXAMPLE_1, QUESTIONNAIRE
from tests.factories import GuidePageFactory, PartnerFactory, SponsorFactory, make_seminar, make_venue, translate
from tests.services import delete_redis_keys

pytestmark = pytest.mark.django_db

REDIS_DB = "redis://127.0.0.1:6379/3"
CLOSED_PORT = "redis://127.0.0.1:1/3"


def redis_cache(location):
    return {
        "BACKEND": "core.cache.ResilientRedisCache",
        "LOCATION": location,
        "KEY_PREFIX": f"test-pagecache-{uuid.uuid4().hex}",
        "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
    }


def switch_on(settings, backend):
    settings.CACHES = {**settings.CACHES, "pagecache": backend}
    settings.PAGE_CACHE_SECONDS = 300
    return caches["pagecache"]


@pytest.fixture(params=["locmem", "redis"])
def page_cache(request, settings):
    """The page cache switched on, on local memory or on Redis (whose keys of the test are deleted after it)."""
    if request.param == "locmem":
        yield switch_on(
            settings, {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": uuid.uuid4().hex}
        )
        return
    backend = redis_cache(REDIS_DB)
    yield switch_on(settings, backend)
    delete_redis_keys(REDIS_DB, backend["KEY_PREFIX"])


@pytest.fixture
def memory_cache(settings):
    """The page cache on local memory only: for the purge rules, which do not depend on the backend."""
    return switch_on(
        settings, {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": uuid.uuid4().hex}
    )


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    """Run ``action`` as the admin's publish does: the purges run when its transaction commits."""

    def run(action):
        with django_capture_on_commit_callbacks(execute=True):
            return action()

    return run


@pytest.fixture
def index(site):
    return GuideIndexPage.objects.get(locale__language_code="fr")


@pytest.fixture
def guide(index):
    guide = GuidePageFactory(parent=index, title="Sécuriser le Wi-Fi du magasin")
    guide.save_revision().publish()
    return GuidePage.objects.get(pk=guide.pk)


def visit(url, client=None):
    """What an anonymous visitor (a new browser each time, or ``client``) gets: (X-Cache, HTML)."""
    response = (client or Client()).get(url)
    assert response.status_code == 200, response.status_code
    return response["X-Cache"], response.content.decode()


def edit_behind_the_cache(page, **fields):
    """Change a live page in the database without publishing it: only a page served from the cache hides it."""
    Page.objects.filter(pk=page.pk).update(**{k: v for k, v in fields.items() if k in ("title",)})
    type(page).objects.filter(pk=page.pk).update(**{k: v for k, v in fields.items() if k != "title"})


def publish_page(page, **fields):
    page = page.get_latest_revision_as_object()
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()


# --- served from the cache -------------------------------------------------------------------------------


def test_the_second_visitor_of_a_guide_is_served_from_the_cache(page_cache, guide):
    first, html = visit(guide.url)
    assert first == "miss"
    assert "<h1>Sécuriser le Wi-Fi du magasin</h1>" in html
    edit_behind_the_cache(guide, title="Changé sans publication")
    second, cached = visit(guide.url)
    assert second == "hit"
    assert cached == html
    # Another query string of the same page is a page of its own.
    assert visit(guide.url + "?utm_source=newsletter")[0] == "miss"


def test_a_hit_keeps_the_security_headers_of_the_site(page_cache, guide):
    visit(guide.url)
    response = Client().get(guide.url)
    assert response["X-Cache"] == "hit"
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert response["Content-Language"] == "fr"
    assert "Set-Cookie" not in response


# --- purged on publish -----------------------------------------------------------------------------------


def test_publishing_a_guide_purges_it(page_cache, guide, publish):
    visit(guide.url)
    publish(lambda: publish_page(guide, title="Sécuriser le Wi-Fi, édition 2027"))
    status, html = visit(guide.url)
    assert status == "miss"
    assert "<h1>Sécuriser le Wi-Fi, édition 2027</h1>" in html


def test_publishing_a_guide_purges_its_index_and_leaves_other_guides_cached(page_cache, index, guide, publish):
    other = GuidePageFactory(parent=index, title="Choisir un smartphone")
    visit(index.url)
    visit(other.url)
    publish(lambda: publish_page(guide, title="Un Wi-Fi sûr pour le magasin"))
    status, html = visit(index.url)
    assert status == "miss" and "Un Wi-Fi sûr pour le magasin" in html
    assert visit(other.url)[0] == "hit"


def test_publishing_a_translation_purges_the_other_languages_of_the_page(page_cache, guide, locales, publish):
    status, html = visit(guide.url)
    assert 'hreflang="nl"' not in html.split('class="language-switcher"')[1].split("</nav>")[0]
    dutch = publish(lambda: translate(guide, locales["nl"], title="De wifi van de winkel beveiligen"))
    status, html = visit(guide.url)
    assert status == "miss"
    switcher = html.split('class="language-switcher"')[1].split("</nav>")[0]
    assert f'href="{dutch.url}"' in switcher


def test_publishing_a_theme_purges_the_guides_that_show_it(page_cache, index, publish):
    security = Theme.objects.get(slug="security", locale__language_code="fr")
    guide = GuidePageFactory(parent=index, title="Sauvegarder", themes=[security])
    guide.save_revision().publish()
    status, html = visit(guide.url)
    assert security.name in html
    security = Theme.objects.get(pk=security.pk)
    security.name = "Cybersécurité des commerces"
    publish(lambda: security.save_revision().publish())
    status, html = visit(guide.url)
    assert status == "miss"
    assert "Cybersécurité des commerces" in html


def test_saving_the_sponsor_of_a_guide_purges_it(page_cache, index, publish):
    sponsor = SponsorFactory(name="Numeria Services")
    guide = GuidePageFactory(parent=index, title="Facturer en ligne", sponsor=sponsor)
    guide.save_revision().publish()
    assert "Numeria Services" in visit(guide.url)[1]
    sponsor.name = "Numeria Cloud"
    publish(sponsor.save)
    status, html = visit(guide.url)
    assert status == "miss" and "Numeria Cloud" in html


def test_a_partner_in_the_footer_purges_every_page_of_its_language_only(page_cache, site, guide, publish):
    home_nl = HomePage.objects.get(locale__language_code="nl")
    for url in (guide.url, "/fr/", home_nl.url):
        visit(url)
    publish(lambda: PartnerFactory(name="Chambre de commerce de Namur"))
    for url in (guide.url, "/fr/"):
        status, html = visit(url)
        assert status == "miss" and "Chambre de commerce de Namur" in html
    assert visit(home_nl.url)[0] == "hit"
    partner = Partner.objects.get(name="Chambre de commerce de Namur")
    publish(partner.delete)
    assert "Chambre de commerce de Namur" not in visit(guide.url)[1]


def test_publishing_the_venue_of_a_past_seminar_purges_it(page_cache, site, publish):
    venue = make_venue(name="Maison de l'entreprise")
    start = datetime.datetime.now(datetime.UTC).replace(microsecond=0) - datetime.timedelta(days=30)
    seminar = make_seminar(title="Vendre en ligne", venue=venue, start=start)
    seminar.save_revision().publish()
    seminar = SeminarPage.objects.get(pk=seminar.pk)
    assert visit(seminar.url)[0] == "miss"
    assert visit(seminar.url)[0] == "hit"
    venue = Venue.objects.get(pk=venue.pk)
    venue.name = "Espace Namur Innovation"
    publish(lambda: venue.save_revision().publish())
    status, html = visit(seminar.url)
    assert status == "miss" and "Espace Namur Innovation" in html


def test_unpublishing_a_guide_purges_it_and_its_index(page_cache, index, guide, publish):
    visit(guide.url)
    visit(index.url)
    publish(lambda: guide.unpublish())
    assert Client().get(guide.url).status_code == 404
    assert "Sécuriser le Wi-Fi du magasin" not in visit(index.url)[1]


def test_deleting_a_guide_purges_it_and_its_index(memory_cache, index, guide, publish):
    visit(guide.url)
    visit(index.url)
    publish(lambda: Page.objects.get(pk=guide.pk).delete())
    assert Client().get(guide.url).status_code == 404
    status, html = visit(index.url)
    assert status == "miss" and "Sécuriser le Wi-Fi du magasin" not in html


def test_a_view_restriction_purges_the_public_copy(page_cache, guide, publish):
    visit(guide.url)
    publish(lambda: PageViewRestriction.objects.create(page=guide, restriction_type="password", password="membres"))
    response = Client().get(guide.url)
    assert response["X-Cache"] == "skip"
    assert "Sécuriser le Wi-Fi du magasin</h1>" not in response.content.decode()


def test_publishing_a_guide_purges_the_feed_of_its_language(memory_cache, index, guide, publish):
    feed = Client().get("/fr/guides.atom")
    assert feed["X-Cache"] == "miss"
    assert Client().get("/fr/guides.atom")["X-Cache"] == "hit"
    publish(lambda: publish_page(guide, title="Le Wi-Fi du magasin, en sécurité"))
    feed = Client().get("/fr/guides.atom")
    assert feed["X-Cache"] == "miss" and "Le Wi-Fi du magasin, en sécurité" in feed.content.decode()


@pytest.mark.parametrize("section", ["index", "content page"])
def test_a_page_every_page_shows_purges_its_whole_language(memory_cache, section, index, guide, publish):
    """The guide index (breadcrumbs of every guide) or a content page (the footer's links)."""
    from home.models import ContentPage

    if section == "index":
        page = index
    else:
        page = ContentPage(title="À propos", slug="a-propos", show_in_menus=True)
        HomePage.objects.get(locale=index.locale).add_child(instance=page)
        page.save_revision().publish()
    home_nl = HomePage.objects.get(locale__language_code="nl")
    for url in (guide.url, home_nl.url):
        visit(url)
    publish(lambda: publish_page(page, title="Nouveau titre de section"))
    status, html = visit(guide.url)
    assert status == "miss"
    assert visit(home_nl.url)[0] == "hit"
    assert "Nouveau titre de section" in html  # the breadcrumbs, or the footer's links


def test_a_guide_in_the_menu_purges_every_page_of_its_language(memory_cache, site, index, guide, publish):
    from home.models import HomeMenuItem

    home = HomePage.objects.get(locale=index.locale)
    home = home.get_latest_revision_as_object()
    home.menu_items.add(HomeMenuItem(link_page=guide, label="", locale=home.locale))
    publish(lambda: home.save_revision().publish())
    other = GuidePageFactory(parent=index, title="Choisir un smartphone")
    visit(other.url)
    assert visit(other.url)[0] == "hit"
    publish(lambda: publish_page(guide, title="Le Wi-Fi, au menu"))
    status, html = visit(other.url)
    assert status == "miss" and "Le Wi-Fi, au menu" in html


def test_moving_a_guide_purges_its_old_address(memory_cache, index, guide, publish):
    from wagtail.models import Page as WagtailPage

    other_index = GuideIndexPage.objects.get(pk=index.pk)
    section = GuidePageFactory(parent=other_index, title="Dossier sécurité")
    old_url = guide.url
    visit(old_url)
    publish(lambda: WagtailPage.objects.get(pk=guide.pk).move(section, pos="last-child"))
    moved = GuidePage.objects.get(pk=guide.pk)
    # Not the kept copy: Wagtail's redirect from the old address to the new one.
    response = Client().get(old_url)
    assert response.status_code == 301 and response["Location"] == moved.url


def test_sitemaps_are_not_kept(memory_cache, guide):
    for _ in range(2):
        assert Client().get("/sitemap.xml")["X-Cache"] == "skip"


# --- never cached ----------------------------------------------------------------------------------------


def test_a_signed_in_editor_is_never_served_nor_cached(page_cache, guide, admin_user):
    editor = Client()
    editor.force_login(admin_user)
    assert editor.get(guide.url)["X-Cache"] == "skip"
    # The anonymous visitor after the editor renders the page for the public (no editor's toolbar).
    status, html = visit(guide.url)
    assert status == "miss" and "wagtail-userbar" not in html


def test_a_preview_is_never_cached(page_cache, guide):
    draft = guide.get_latest_revision_as_object()
    draft.title = "Brouillon du Wi-Fi"
    draft.save_revision()
    preview = draft.make_preview_request()
    assert preview["X-Cache"] == "skip"
    assert "Brouillon du Wi-Fi" in preview.content.decode()
    status, html = visit(guide.url)
    assert status == "miss" and "Brouillon du Wi-Fi" not in html


def test_a_private_page_is_never_cached(page_cache, index):
    members = GuidePageFactory(parent=index, title="Réservé aux membres")
    PageViewRestriction.objects.create(page=members, restriction_type="password", password="membres")
    visitor = Client()
    assert visitor.get(members.url)["X-Cache"] == "skip"
    restriction = PageViewRestriction.objects.get(page=members)
    response = visitor.post(
        f"/fr/_util/authenticate_with_password/{restriction.pk}/{members.pk}/",
        {"password": "membres", "return_url": members.url},
    )
    assert response.status_code == 302
    unlocked = visitor.get(members.url)
    assert unlocked["X-Cache"] == "skip" and "Réservé aux membres</h1>" in unlocked.content.decode()
    assert Client().get(members.url)["X-Cache"] == "skip"


def test_a_diagnostic_result_is_never_cached(page_cache, site):
    from diagnostic.models import DiagnosticPage
    from diagnostic.records import DiagnosticResult

    page = DiagnosticPage.objects.get(locale__language_code="fr")
    page.questionnaire = QUESTIONNAIRE
    page.save_revision().publish()
    answers = {
        "profile": {"sector": "retail", "size_band": "micro", "province": "liege"},
        "answers": EXAMPLE_1["answers"],
    }
    created = Client().post("/api/v2/diagnostic/fr/", json.dumps(answers), content_type="application/json")
    assert created.status_code == 201, created.content
    url = created.json()["url"].removeprefix("http://testserver")
    # The questionnaire's steps are forms with a CSRF token.
    step = Client().get(page.url + "step/1/")
    assert step.status_code == 200 and 'name="csrfmiddlewaretoken"' in step.content.decode()
    assert step["X-Cache"] == "skip"
    assert DiagnosticResult.objects.count() == 1
    for _ in range(2):
        response = Client().get(url)
        assert response.status_code == 200
        assert response["X-Cache"] == "skip"


def test_a_seminar_with_its_registration_form_is_never_cached(page_cache, site):
    seminar = make_seminar(title="Sécuriser sa boutique en ligne")
    seminar.save_revision().publish()
    seminar = SeminarPage.objects.get(pk=seminar.pk)
    for _ in range(2):
        response = Client().get(seminar.url)
        assert response.status_code == 200
        assert 'name="csrfmiddlewaretoken"' in response.content.decode()
        assert response["X-Cache"] == "skip"


def test_posts_errors_search_and_the_api_are_never_cached(page_cache, guide):
    for _ in range(2):
        assert Client().get("/fr/nulle-part/").status_code == 404
    assert Client().get("/fr/nulle-part/")["X-Cache"] == "skip"
    assert Client().post(guide.url, {})["X-Cache"] == "skip"
    assert Client().get("/fr/search/?q=wifi")["X-Cache"] == "skip"
    assert Client().get("/fr/search/?q=wifi")["X-Cache"] == "skip"
    assert Client().get("/api/v2/pages/?locale=fr")["X-Cache"] == "skip"
    assert Client().get(f"/fr/report/{guide.pk}/")["X-Cache"] == "skip"
    # "/" chooses the language from Accept-Language: never one answer for everybody.
    assert Client().get("/", HTTP_ACCEPT_LANGUAGE="nl")["X-Cache"] == "skip"


def test_no_page_cache_when_its_lifetime_is_zero(page_cache, guide, settings):
    settings.PAGE_CACHE_SECONDS = 0
    response = Client().get(guide.url)
    assert response.status_code == 200 and "X-Cache" not in response


# --- Redis down ------------------------------------------------------------------------------------------


def test_pages_are_served_uncached_while_redis_is_down(settings, guide, publish):
    settings.CACHES = {**settings.CACHES, "pagecache": redis_cache(CLOSED_PORT)}
    settings.PAGE_CACHE_SECONDS = 300
    for _ in range(2):
        status, html = visit(guide.url)
        assert status == "skip" and "<h1>Sécuriser le Wi-Fi du magasin</h1>" in html
    # A publication during the outage still publishes (its purge fails quietly).
    publish(lambda: publish_page(guide, title="Publié pendant la panne"))
    assert "Publié pendant la panne" in visit(guide.url)[1]
    assert Sponsor.objects.count() == 0


def test_addresses_nobody_publishes_leave_nothing_behind_in_redis_past_a_page_lifetime(settings, site):
    """Every address asked for gets a generation token: a robot asking for random addresses must not fill Redis."""
    backend = redis_cache(REDIS_DB)
    switch_on(settings, backend)
    store = redis.Redis.from_url(REDIS_DB)
    try:
        for number in range(5):
            assert Client().get(f"/fr/nowhere-{number}/").status_code == 404
        keys = list(store.scan_iter(f"{backend['KEY_PREFIX']}:*"))
        assert keys
        assert all(0 < store.ttl(key) <= settings.PAGE_CACHE_SECONDS for key in keys)
    finally:
        delete_redis_keys(REDIS_DB, backend["KEY_PREFIX"])
