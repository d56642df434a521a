import pytest

from guides.models import GuideIndexPage
from taxonomy.models import Sector, Theme
from tests.factories import GuidePageFactory


@pytest.fixture
def guide_index(site):
    return GuideIndexPage.objects.get(locale__language_code="fr")


@pytest.fixture
def make_guide(guide_index, locales):
    """A French guide (or one under the ``language`` index) with the security theme and retail sector.

    Published as an editor would (``page_published`` fires, so search indexes it) unless ``live=False``.
    """

    def make(language="fr", **fields):
        parent = GuideIndexPage.objects.get(locale__language_code=language)
        fields.setdefault("themes", [Theme.objects.get(slug="security", locale=locales[language])])
        fields.setdefault("sectors", [Sector.objects.get(slug="retail", locale=locales[language])])
        guide = GuidePageFactory(parent=parent, locale=locales[language], **fields)
        if guide.live:
            guide.save_revision().publish()
        return guide

    return make
