import pytest
from django.db import transaction
from wagtail.models import PageViewRestriction

from guides.models import GuideIndexPage
from tests.factories import GuidePageFactory


@pytest.fixture(scope="module")
def demo_with_hidden_guides(demo_snapshot, django_db_blocker):
    """The demo in three languages (copied in once per module, rolled back after it), with a draft French guide
    and a password-protected one: pages nobody may find through a sitemap or a feed."""
    with django_db_blocker.unblock(), transaction.atomic():
        demo_snapshot.restore()
        index = GuideIndexPage.objects.get(locale__language_code="fr")
        draft = GuidePageFactory(parent=index, locale=index.locale, title="Brouillon jamais publié", live=False)
        private = GuidePageFactory(parent=index, locale=index.locale, title="Guide réservé aux membres")
        private.save_revision().publish()
        PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
        yield {"draft": draft, "private": private}
        transaction.set_rollback(True)


@pytest.fixture
def content(demo_with_hidden_guides, db):
    return demo_with_hidden_guides
