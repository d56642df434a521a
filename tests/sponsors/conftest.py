import pytest
from django.conf import settings
from wagtail.models import Locale


@pytest.fixture
def languages(db):
    """The three locales alone, without the site (for tests of snippets: much faster than `locales`)."""
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code, _name in settings.LANGUAGES}
