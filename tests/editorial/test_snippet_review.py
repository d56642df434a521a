"""A translator's change to a theme, sector or venue goes to review: nothing is live before approval."""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import StringSegment

from agenda.models import Venue
from editorial.review import ensure_translation
from editorial.workflow import WORKFLOW_NAME
from taxonomy.models import Sector, Theme
from tests.factories import make_venue


@pytest.mark.parametrize("model", [Theme, Sector, Venue])
def test_translatable_snippets_are_under_the_review_workflow(site, model):
    assert model.get_default_workflow().name == WORKFLOW_NAME


def translate_string(client, translation, source_text, text):
    """What wagtail-localize's editor posts when a translator saves one segment."""
    segment = StringSegment.objects.get(source=translation.source, string__data=source_text)
    url = reverse("wagtail_localize:edit_string_translation", args=(translation.pk, segment.pk))
    response = client.put(url, f"value={text}", content_type="application/x-www-form-urlencoded")
    assert response.status_code in (200, 201), response.content


def test_a_translators_theme_name_is_live_only_once_a_reviewer_approves(users, locales, client):
    security = Theme.objects.get(slug="security", locale=locales["fr"])
    dutch = Theme.objects.get(slug="security", locale=locales["nl"])
    live_name = dutch.name
    translation = ensure_translation(security.translation_key, locales["nl"])
    client.force_login(users["translator-nl"])
    translate_string(client, translation, security.name, "Digitale veiligheid")
    client.post(reverse("editorial:submit_translation", args=(translation.pk,)))

    dutch.refresh_from_db()
    assert dutch.name == live_name and dutch.has_unpublished_changes
    assert dutch.get_latest_revision_as_object().name == "Digitale veiligheid"
    assert dutch.workflow_in_progress
    guide_index = Page.objects.get(locale=locales["nl"], slug="praktische-fiches")
    assert "Digitale veiligheid" not in client.get(guide_index.url).content.decode()
    # The translator cannot publish it themselves.
    task_state = dutch.current_workflow_state.current_task_state
    approve = reverse("wagtailsnippets_taxonomy_theme:workflow_action", args=(dutch.pk, "approve", task_state.pk))
    client.post(approve, {"comment": ""})
    dutch.refresh_from_db()
    assert dutch.name == live_name

    client.force_login(users["reviewer"])
    response = client.post(approve, {"comment": ""})
    assert response.status_code in (200, 302)
    dutch.refresh_from_db()
    assert dutch.name == "Digitale veiligheid" and not dutch.has_unpublished_changes
    assert "Digitale veiligheid" in client.get(guide_index.url).content.decode()


def test_a_new_venue_is_translated_as_drafts_and_a_translator_cannot_publish_it(users, locales, client):
    venue = make_venue(name="Maison de l'entreprise")
    venue.save_revision().publish()  # an editor's venue, approved: its Dutch and German drafts follow
    dutch = Venue.objects.get(translation_key=venue.translation_key, locale=locales["nl"])
    assert not dutch.live
    assert "Maison de l'entreprise" not in [str(v) for v in Venue.objects.filter(locale=locales["nl"], live=True)]

    translation = ensure_translation(venue.translation_key, locales["nl"])
    client.force_login(users["translator-nl"])
    translate_string(client, translation, "Maison de l'entreprise", "Huis van de onderneming")
    # "Publish" in wagtail-localize's editor is refused: translators have no publish permission.
    client.post(reverse("wagtailsnippets_agenda_venue:edit", args=(dutch.pk,)), {"action": "publish"})
    dutch.refresh_from_db()
    assert not dutch.live and dutch.name == "Maison de l'entreprise"

    client.post(reverse("editorial:submit_translation", args=(translation.pk,)))
    dutch.refresh_from_db()
    task_state = dutch.current_workflow_state.current_task_state
    client.force_login(users["reviewer"])
    approve = reverse("wagtailsnippets_agenda_venue:workflow_action", args=(dutch.pk, "approve", task_state.pk))
    client.post(approve, {"comment": ""})
    dutch.refresh_from_db()
    assert dutch.live and dutch.name == "Huis van de onderneming"
