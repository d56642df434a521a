"""Search tests run on the database of the run (SQLite, or PostgreSQL with DATABASE_URL) and on OpenSearch."""

import pytest
from django.test import override_settings
from wagtail.models import Page

from home.models import ContentPage, HomePage


def publish_page(language, title, intro="", body="", parent=None, live=True, **fields):
    """A ContentPage in a language, published as an editor would (page_published fires)."""
    parent = parent or HomePage.objects.get(locale__language_code=language)
    page = ContentPage(
        title=title,
        intro=intro,
        body=[("paragraph", f"<p>{paragraph}</p>") for paragraph in body.split("\n\n") if paragraph],
        **fields,
    )
    parent.add_child(instance=page)
    revision = page.save_revision()
    if live:
        revision.publish()
    else:
        Page.objects.filter(pk=page.pk).update(live=False)
    return ContentPage.objects.get(pk=page.pk)


@pytest.fixture
def publish(site):
    return publish_page


def engine_settings(url, index="test"):
    return {
        "default": {
            "BACKEND": "wagtail.search.backends.opensearch3",
            "URLS": [url],
            "INDEX": index,
            "TIMEOUT": 2,
        }
    }


@pytest.fixture
def opensearch(osmem_url):
    """The OpenSearch engine on a fresh osmem-server clone, for the duration of a test."""
    from search.engines import engine

    engine._READY.clear()
    with override_settings(WAGTAILSEARCH_BACKENDS=engine_settings(osmem_url)):
        yield osmem_url
    engine._READY.clear()


@pytest.fixture(params=["database", "opensearch"])
def backend(request, site):
    """Each test runs on the database engine of the run (SQLite or PostgreSQL) and on OpenSearch."""
    if request.param == "opensearch":
        request.getfixturevalue("opensearch")
    return request.param
