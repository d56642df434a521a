import pytest
from wagtail.models import Page

from diagnostic.models import DiagnosticPage
from tests.diagnostic.example import QUESTIONNAIRE


@pytest.fixture
def diagnostic_page(site):
    """The French diagnostic page created by setup_site, holding the worked-example questionnaire."""
    page = DiagnosticPage.objects.get(locale__language_code="fr")
    page.questionnaire = QUESTIONNAIRE
    page.save_revision().publish()
    return DiagnosticPage.objects.get(pk=page.pk)


@pytest.fixture
def home(site):
    return Page.objects.get(pk=site.root_page_id)
