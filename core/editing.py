"""Edit views that never let a save built on an older revision silently replace a newer one.

Wagtail's edit forms carry the revision they were loaded from (``loaded_revision_id`` and
``loaded_revision_created_at``), and its views compute ``is_out_of_date`` from them. Wagtail 8
refuses an out-of-date *autosave* on the server, but an ordinary save, publish or submission is
only guarded in the browser, by the editing-sessions notice, which appears after its next ping
(and never for a client without JavaScript): two editors who save within that interval both get
"saved", and the second one's revision silently drops the first one's change. By design the
notifications leave the decision to the browser (RFC 95, https://github.com/wagtail/rfcs/pull/95).

The views below refuse such a save on the server. The editor gets the form back with what they
typed, a message naming who saved the newer version and a link to compare it; the form now carries
the newer revision, so saving again is a deliberate choice to replace it.
"""

from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.admin.views.pages.edit import EditView as WagtailPageEditView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page
from wagtail.snippets.views.snippets import EditView as WagtailSnippetEditView
from wagtail.snippets.views.snippets import SnippetViewSet

from core.numbers import whole_number


class RefuseStaleSaveMixin:
    """For an edit view with Wagtail's ``is_out_of_date``: refuse a form posted from an older revision."""

    def saves_over_newer_revision(self):
        return not self.expects_json_response and self.is_out_of_date

    def stale_save_message(self):
        revision = self.latest_revision
        author = revision.user.get_full_name() or revision.user.get_username() if revision.user else _("someone")
        return _(
            "%(author)s saved a newer version on %(when)s, after you opened this form. Your changes "
            "were not saved; they are still in the form below. Compare the two versions, then save "
            "again to replace the newer version with yours."
        ) % {"author": author, "when": formats.date_format(timezone.localtime(revision.created_at), "DATETIME_FORMAT")}

    def stale_save_buttons(self):
        loaded = whole_number(self.request.POST.get("loaded_revision_id", ""))
        if loaded is None or loaded == self.latest_revision.pk:
            return []
        url = self.compare_url(loaded, self.latest_revision.pk)
        return [messages.button(url, _("Compare the versions"), new_window=True)]


class PageEditView(RefuseStaleSaveMixin, WagtailPageEditView):
    def compare_url(self, older, newer):
        return reverse("wagtailadmin_pages:revisions_compare", args=(self.page.pk, older, newer))

    def form_valid(self, form):
        if self.saves_over_newer_revision():
            messages.error(self.request, self.stale_save_message(), buttons=self.stale_save_buttons())
            self.has_unsaved_changes = True
            return self.render_to_response(self.get_context_data())
        return super().form_valid(form)


class SnippetEditView(RefuseStaleSaveMixin, WagtailSnippetEditView):
    def compare_url(self, older, newer):
        return reverse(self.revisions_compare_url_name, args=(self.object.pk, older, newer))

    def is_valid(self, form):
        if self.saves_over_newer_revision():
            messages.error(self.request, self.stale_save_message(), buttons=self.stale_save_buttons())
            self.produced_error_code = "invalid_revision"
            self.produced_error_message = None  # said above, with the link to compare
            return False
        return super().is_valid(form)


class GuardedPageViewSet(PageViewSet):
    """Every page type's admin views, with the stale-save check on the edit view."""

    model = Page
    edit_view_class = PageEditView


class ReviewedSnippetViewSet(SnippetViewSet):
    """The admin views of a :class:`core.models.ReviewedSnippet`, with the stale-save check."""

    edit_view_class = SnippetEditView
