"""Abstract models and fields the content apps share."""

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from wagtail.models import DraftStateMixin, PageManager, RevisionMixin, WorkflowMixin


class ReviewedSnippet(WorkflowMixin, DraftStateMixin, RevisionMixin, models.Model):
    """A snippet whose changes wait as drafts until a reviewer publishes them.

    The editorial review workflow applies to it like to pages, so a translator's
    edit of a Dutch theme or venue is not live before it is approved. Public
    lists show ``live`` objects only; an object's row holds its live version.
    """

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="%(app_label)s_%(class)s")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="%(app_label)s_%(class)s",
        for_concrete_model=False,
    )

    class Meta:
        abstract = True

    @property
    def revisions(self):
        return self._revisions


class ListedPageManager(PageManager):
    """Pages that come with what every listing of them shows (``listed_with``), in a constant number of queries.

    The API's pages endpoint lists ``Model.objects`` as it is, so the related objects are fetched here.
    Prefetched, not joined: Wagtail narrows page querysets with ``.only()`` (the editor's language menu),
    which Django refuses together with ``select_related``.
    """

    def listed_with(self):
        """The lookups (names or ``Prefetch`` objects) every listing of these pages reads."""
        return []

    def get_queryset(self):
        return super().get_queryset().prefetch_related(*self.listed_with())


class FieldErrorsMixin:
    """``clean`` for a model with rules beyond each field's own (an end after the start, a video given once…).

    The model's ``field_errors`` yields ``(field name, message)`` for each rule broken; the messages are raised
    together, each on its field, in one ``ValidationError`` (a field named twice shows its last message), after
    the checks of the model's other bases. List the mixin before those bases.
    """

    def clean(self):
        super().clean()
        errors = dict(self.field_errors())
        if errors:
            raise ValidationError(errors)

    def field_errors(self):
        """``(field name, message)`` for each rule the object breaks."""
        return ()
