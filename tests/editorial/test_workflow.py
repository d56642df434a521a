"""Review before publishing: submit, approve or ask for changes, e-mails, scheduled publishing."""

import io
from datetime import timedelta

from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import GroupPagePermission, Page, Workflow, WorkflowState

from editorial.workflow import WORKFLOW_NAME
from tests.editorial.helpers import edit_form_data, edit_url, fresh


def submit(client, user, page, **changes):
    client.force_login(user)
    response = client.post(edit_url(page), edit_form_data(page, user, **changes, **{"action-submit": "1"}))
    assert response.status_code == 302
    return fresh(page).current_workflow_state


def act(client, reviewer, page, action, comment=""):
    client.force_login(reviewer)
    task_state = fresh(page).current_workflow_state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk))
    return client.post(url, {"comment": comment})


def test_every_page_of_every_language_is_under_the_review_workflow(about):
    for page in Page.objects.filter(depth__gt=1):
        assert page.get_workflow().name == WORKFLOW_NAME, page


def test_an_approved_submission_is_published_and_everyone_is_told(users, about, client):
    page = about["fr"]
    mail.outbox.clear()
    state = submit(client, users["editor-awt"], page, title="À propos du programme")
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert fresh(page).title == "À propos"  # not published by submitting
    to_reviewers = [message for message in mail.outbox if "reviewer@example.be" in message.to]
    assert to_reviewers and "À propos du programme" in to_reviewers[0].subject
    # the author is not told about their own submission
    assert not [message for message in mail.outbox if "editor-awt@example.be" in message.to]

    mail.outbox.clear()
    act(client, users["reviewer"], page, "approve")
    assert fresh(page).title == "À propos du programme"
    assert fresh(page).live
    to_author = [message for message in mail.outbox if message.to == ["editor-awt@example.be"]]
    assert to_author and "approuvée" in to_author[0].subject


def test_asking_for_changes_sends_the_comment_back_to_the_author(users, about, client):
    page = about["fr"]
    submit(client, users["editor-ucm"], page, title="À propos (brouillon)")
    mail.outbox.clear()
    act(client, users["reviewer"], page, "reject", comment="Le titre est trop vague.")
    state = fresh(page).current_workflow_state
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert fresh(page).title == "À propos"
    to_author = [message for message in mail.outbox if message.to == ["editor-ucm@example.be"]]
    assert to_author and "Le titre est trop vague." in to_author[0].body


def test_scheduled_publishing_goes_through_the_same_review(users, about, client):
    page = about["fr"]
    go_live = timezone.now() + timedelta(days=2)
    submit(
        client, users["editor-awt"], page, title="Séance d'information", go_live_at=go_live.strftime("%Y-%m-%d %H:%M")
    )
    assert fresh(page).title == "À propos"
    act(client, users["reviewer"], page, "approve")
    scheduled = fresh(page)
    assert scheduled.title == "À propos"  # approved, waiting for its go-live date
    revision = scheduled.revisions.exclude(approved_go_live_at=None).get()
    # the go-live date arrives (moved into the past rather than waiting two days)
    past = timezone.now() - timedelta(minutes=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save(update_fields=["approved_go_live_at", "content"])
    call_command("publish_scheduled", stdout=io.StringIO())
    assert fresh(page).title == "Séance d'information"


def test_an_unreviewed_schedule_never_publishes(users, about, client):
    page = about["fr"]
    client.force_login(users["editor-awt"])
    data = edit_form_data(page, users["editor-awt"], title="Pas relu", go_live_at="2020-01-01 10:00")
    client.post(edit_url(page), data)  # saved as a draft, not submitted
    call_command("publish_scheduled", stdout=io.StringIO())
    assert fresh(page).title == "À propos"


def test_setup_site_sets_up_roles_and_workflow_once(site):
    def snapshot():
        return (
            sorted(Group.objects.values_list("name", flat=True)),
            GroupPagePermission.objects.count(),
            sorted(Group.objects.get(name="Reviewers").permissions.values_list("codename", flat=True)),
            Workflow.objects.count(),
        )

    before = snapshot()
    call_command("setup_site", stdout=io.StringIO())
    assert snapshot() == before
    assert before[0] == sorted(
        ["UCM editors", "AWT editors", "Reviewers", "NL translators", "DE translators", "Administrators"]
    )


def test_wagtails_default_groups_go_unless_someone_belongs_to_them(site, django_user_model):
    """Wagtail installs "Editors" and "Moderators" (who may publish anything): not roles of this programme."""
    moderators = Group.objects.create(name="Moderators")
    Group.objects.create(name="Editors")
    django_user_model.objects.create_user("ancien", password="pw").groups.add(moderators)
    call_command("setup_site", stdout=io.StringIO())
    assert set(Group.objects.filter(name__in=["Editors", "Moderators"]).values_list("name", flat=True)) == {
        "Moderators"
    }
