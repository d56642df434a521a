import io

import pytest
from django.core.cache import cache
from django.core.management import call_command
from wagtail.models import Locale, Site

from tests.services import S3Server


@pytest.fixture(autouse=True)
def empty_cache():
    """Wagtail caches the site's root paths; a test must not see another test's pages."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(scope="session")
def s3_server():
    server = S3Server()
    yield server
    server.stop()


@pytest.fixture
def site(db):
    """The site as `setup_site` leaves it: locales, FR home with NL/DE translations, sections."""
    call_command("setup_site", stdout=io.StringIO())
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def locales(site):
    return {locale.language_code: locale for locale in Locale.objects.all()}
