"""Running `build_demo` again leaves alone everything people changed since the demo built it.

The story starts from the demo as `build_demo` leaves it (the run's copy, tests/demo_snapshot.py): a Dutch
translator, a German translator and a French editor work on demo content, then `build_demo` runs again.
"""

import io

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Locale, Revision, WorkflowState
from wagtail_localize.models import StringSegment

from agenda.models import Venue
from editorial.review import ensure_translation
from guides.models import GuidePage
from home.models import HomePage
from tests.editorial.helpers import edit_form_data, edit_url

PEPPOL = "facturer-electroniquement-avec-peppol"
SMARTPHONE = "choisir-un-smartphone-professionnel"


def as_user(client, username):
    client.force_login(get_user_model().objects.get(username=username))
    return client


def translate_and_submit(client, source, language, path, text):
    """What a translator does in wagtail-localize's editor: change one string, then send it to review."""
    translation = ensure_translation(source.translation_key, Locale.objects.get(language_code=language))
    segment = StringSegment.objects.filter(source=translation.source, context__path=path).first()
    url = reverse("wagtail_localize:edit_string_translation", args=(translation.pk, segment.pk))
    response = client.put(url, f"value={text}", content_type="application/x-www-form-urlencoded")
    assert response.status_code in (200, 201), response.content
    response = client.post(reverse("editorial:submit_translation", args=(translation.pk,)))
    assert response.status_code == 302


def state(instance):
    """What people would notice of an object: its draft, its live version and its review."""
    instance = type(instance).objects.get(pk=instance.pk)
    workflow = instance.current_workflow_state
    return (
        instance.latest_revision_id,
        getattr(instance, "live_revision_id", None),
        str(instance),
        str(instance.get_latest_revision_as_object()),
        workflow and (workflow.pk, workflow.status, workflow.current_task_state_id),
    )


def test_a_second_demo_run_keeps_every_change_people_made_and_writes_nothing_else(demo_content, client):
    fr = Locale.objects.get(language_code="fr")
    peppol = GuidePage.objects.get(slug=PEPPOL, locale=fr)
    dutch_peppol = peppol.get_translation(Locale.objects.get(language_code="nl"))
    home = HomePage.objects.get(locale=fr)
    dutch_home = home.get_translation(Locale.objects.get(language_code="nl"))
    venue = Venue.objects.filter(locale=fr).first()
    german_venue = venue.get_translation(Locale.objects.get(language_code="de"))

    as_user(client, "translator-nl")
    translate_and_submit(client, peppol, "nl", "title", "Peppol: elektronisch factureren")
    translate_and_submit(client, home, "nl", "hero_title", "Digitaal ondernemen begint hier")
    as_user(client, "translator-de")
    translate_and_submit(client, venue, "de", "name", "Haus der Unternehmen")
    smartphone = GuidePage.objects.get(slug=SMARTPHONE, locale=fr)
    as_user(client, "editor-awt")
    response = client.post(
        edit_url(smartphone), edit_form_data(smartphone, None, title="Choisir le bon smartphone professionnel")
    )
    assert response.status_code == 302
    changed = [dutch_peppol, dutch_home, german_venue, smartphone]
    before = [state(instance) for instance in changed]
    assert before[0][3] == "Peppol: elektronisch factureren" and before[0][4][1] == WorkflowState.STATUS_IN_PROGRESS
    assert before[3][3] == "Choisir le bon smartphone professionnel"
    revisions, workflows = Revision.objects.count(), WorkflowState.objects.count()

    out = io.StringIO()
    call_command("build_demo", "--force", stdout=out)

    assert [state(instance) for instance in changed] == before
    # Nothing else was written either: the untouched demo content gets no new revision.
    assert Revision.objects.count() == revisions
    assert WorkflowState.objects.count() == workflows
    assert f"Left the demo guide {PEPPOL!r}" in out.getvalue()
