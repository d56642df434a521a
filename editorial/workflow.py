"""The review workflow every page (and every workflow-enabled snippet) goes through before it is published.

One Wagtail workflow, "Relecture avant publication", with one group approval task
for the Reviewers (and the Administrators), assigned to the root page and to the home page of every
language, so that it covers every page of every locale. Wagtail itself e-mails
the reviewers when something is submitted and tells the author the outcome.
"""

from django.apps import apps
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from wagtail.models import (
    GroupApprovalTask,
    Page,
    Workflow,
    WorkflowContentType,
    WorkflowMixin,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.snippets.models import get_snippet_models

from editorial.roles import ADMINISTRATORS, REVIEWERS

# Shown in the admin and in the e-mails Wagtail sends (in French: the editors' language).
WORKFLOW_NAME = "Relecture avant publication"
TASK_NAME = "Validation par les relecteurs"


def ensure_workflow():
    """Create the review workflow and assign it to every language tree; idempotent."""
    # Administrators approve too ("everything"); a page in review is locked for anyone else.
    reviewers = Group.objects.filter(name__in=[REVIEWERS, ADMINISTRATORS])
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.add(*reviewers)
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})

    HomePage = apps.get_model("home", "HomePage")
    pages = [Page.get_first_root_node(), *HomePage.objects.all()]
    for page in pages:
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    for model in get_snippet_models():
        if issubclass(model, WorkflowMixin):
            content_type = ContentType.objects.get_for_model(model)
            WorkflowContentType.objects.update_or_create(content_type=content_type, defaults={"workflow": workflow})
    return workflow
