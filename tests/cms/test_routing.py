"""An address leads to its page from the cache (cms/routing.py), and never to a page that moved, was withdrawn or
became private: what Wagtail's walk down the tree found is kept only until the next publish."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from guides.models import GuideIndexPage, GuidePage
from tests.factories import GuidePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def guide(site):
    index = GuideIndexPage.objects.get(locale__language_code="fr")
    return GuidePageFactory(parent=index, title="Sécuriser le Wi-Fi du magasin", slug="wifi")


def visit(path):
    response, _queries = visit_with_queries(path)
    return response, len(_queries)


def visit_with_queries(path):
    client = Client()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    return response, [query["sql"] for query in queries.captured_queries]


def test_the_second_visit_of_a_guide_skips_the_walk_down_the_tree(guide):
    first, cold = visit_with_queries(guide.url)
    second, warm = visit_with_queries(guide.url)
    assert first.status_code == second.status_code == 200
    assert "<h1>Sécuriser le Wi-Fi du magasin</h1>" in second.content.decode()
    # Wagtail's walk: the site, then a child looked up by its slug for each of guides/ and wifi/.
    walk = [sql for sql in cold if '"wagtailcore_site"' in sql or '"wagtailcore_page"."slug" =' in sql]
    assert len(walk) >= 3
    assert not [sql for sql in warm if '"wagtailcore_site"' in sql or '"wagtailcore_page"."slug" =' in sql]
    assert len(warm) < len(cold)


def test_a_guide_published_under_a_new_address_leaves_the_old_one_at_once(guide):
    old_url = guide.url
    assert visit(old_url)[0].status_code == 200
    guide = GuidePage.objects.get(pk=guide.pk)
    guide.slug = "wifi-securise"
    guide.save_revision().publish()
    assert visit(old_url)[0].status_code == 404
    response, _ = visit(GuidePage.objects.get(pk=guide.pk).url)
    assert response.status_code == 200
    assert "<h1>Sécuriser le Wi-Fi du magasin</h1>" in response.content.decode()


def test_an_unpublished_or_deleted_guide_is_gone_at_once(guide, site):
    url = guide.url
    assert visit(url)[0].status_code == 200
    guide.unpublish()
    assert visit(url)[0].status_code == 404
    other = GuidePageFactory(parent=GuideIndexPage.objects.get(locale__language_code="fr"), slug="autre")
    assert visit(other.url)[0].status_code == 200
    other_url = other.url
    other.delete()
    assert visit(other_url)[0].status_code == 404


def test_a_guide_made_private_after_a_visit_asks_for_its_password(guide):
    assert "Sécuriser le Wi-Fi" in visit(guide.url)[0].content.decode()
    PageViewRestriction.objects.create(page=guide, restriction_type=PageViewRestriction.PASSWORD, password="s3cret")
    response, _ = visit(guide.url)
    html = response.content.decode()
    assert 'name="password"' in html
    assert "Un outil simple fait gagner une heure par jour." not in html


def test_a_guide_saved_as_a_draft_keeps_its_address_until_published(guide):
    url = guide.url
    assert visit(url)[0].status_code == 200
    draft = GuidePage.objects.get(pk=guide.pk)
    draft.slug = "wifi-brouillon"
    draft.save_revision()
    response, _ = visit(url)
    assert response.status_code == 200
    assert "<h1>Sécuriser le Wi-Fi du magasin</h1>" in response.content.decode()
