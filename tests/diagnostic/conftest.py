import copy

import pytest
from wagtail.models import Page

from core.translation import save_translation, translated_copy
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


@pytest.fixture
def nl_page(diagnostic_page, locales):
    nl = DiagnosticPage.objects.get(locale=locales["nl"])
    stream = copy.deepcopy(list(diagnostic_page.questionnaire.raw_data))
    stream[0]["value"]["title"] = "Strategie"
    stream[0]["value"]["questions"][0]["value"]["text"] = "Hebt u een digitaal plan?"
    save_translation(
        diagnostic_page,
        locales["nl"],
        translated_copy(diagnostic_page, title=nl.title, slug=nl.slug, questionnaire=list(stream)),
    )
    return DiagnosticPage.objects.get(pk=nl.pk)
