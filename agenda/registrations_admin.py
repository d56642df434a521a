"""The organisers' view of a seminar's registrations in the admin: the list (Wagtail's, with its filters,
search and pagination), the waitlist, cancelling, exports.

Registrations are personal data: only the editors of the agenda's section (setup_site grants them
``agenda.view_registration`` and ``agenda.change_registration`` through ``EDITORIAL_SECTION_PERMISSIONS``)
and administrators see them, and only for a seminar whose page they may edit. Everyone else gets a 403.
A seminar's translations share its registrations (they belong to the source page): the views take the
id of any of them. Cancelling goes through ``registrations.cancel``, so the freed seat goes to the first
person waiting, who is e-mailed. Wired in ``wagtail_hooks.py``.
"""

import functools

import django_filters
from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Case, Count, When
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.defaults import permission_denied
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView

from agenda.models import SeminarPage
from agenda.records import Registration, seats_left, source_seminar, with_waitlist_position
from agenda.registrations import cancel
from core.exports import SafeSpreadsheetExport
from core.tables import TemplateColumn
from diagnostic.profile import SIZE_BANDS
from taxonomy.models import Sector


def may_see_registrations(user, seminar, action="view"):
    """Whether ``user`` may ``view`` (or ``change``) the registrations of ``seminar`` (any of its translations)."""
    if not user.has_perm(f"agenda.{action}_registration"):
        return False
    return source_seminar(seminar).permissions_for_user(user).can_edit()


class Refused(Exception):
    """The user may not see these registrations: a 403 (Wagtail's admin would turn PermissionDenied into a
    redirect to the dashboard, which says less)."""


def _source(request, seminar_id, action="view"):
    seminar = get_object_or_404(SeminarPage.objects.select_related("locale"), pk=seminar_id)
    if not may_see_registrations(request.user, seminar, action):
        raise Refused
    return source_seminar(seminar)


def refusing(view):
    """``view`` answering a 403 to those who may not see the seminar's registrations."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except Refused:
            return permission_denied(request, PermissionDenied(_("Only the agenda's organisers see registrations.")))

    return wrapped


def registrations_of(seminar):
    """The registrations of the (source) seminar: confirmed, then the waitlist in its order, then cancelled;
    each with its ``position`` on the waitlist (None for the others)."""
    order = Case(
        When(status=Registration.Status.CONFIRMED, then=0),
        When(status=Registration.Status.WAITLISTED, then=1),
        default=2,
    )
    registrations = Registration.objects.filter(seminar=seminar).select_related("sector").annotate(status_order=order)
    return with_waitlist_position(registrations)


class RegistrationFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"),
        choices=Registration.Status.choices,
        empty_label=gettext_lazy("All"),
        widget=forms.RadioSelect,
    )
    language = django_filters.ChoiceFilter(
        label=gettext_lazy("Language"),
        choices=settings.LANGUAGES,
        empty_label=gettext_lazy("All"),
        widget=forms.RadioSelect,
    )
    company_size = django_filters.ChoiceFilter(
        label=gettext_lazy("Company size"),
        choices=SIZE_BANDS,
        empty_label=gettext_lazy("All"),
        widget=forms.RadioSelect,
    )
    sector = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Sector"), queryset=Sector.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    )

    class Meta:
        model = Registration
        fields = ["status", "language", "company_size", "sector"]


class TextColumn(Column):
    """A cell with "–" where there is nothing to show."""

    empty_value_display = "–"


# The empty list, per status filter.
NOBODY = {
    Registration.Status.CONFIRMED: gettext_lazy("Nobody has a seat yet."),
    Registration.Status.WAITLISTED: gettext_lazy("Nobody is waiting."),
    Registration.Status.CANCELLED: gettext_lazy("No cancellation."),
}


class RegistrationsView(SafeSpreadsheetExport, ReportView):
    """The seminar's registrations, filtered and searched with Wagtail's listing; with ``?export=csv`` or
    ``?export=xlsx`` (the header's buttons), the same list as a spreadsheet."""

    page_title = gettext_lazy("Registrations")
    header_icon = "group"
    results_template_name = "agenda/admin/registrations_results.html"
    filterset_class = RegistrationFilterSet
    is_searchable = True
    search_fields = ["name", "company", "email"]
    default_ordering = ["status_order", "created_at", "pk"]
    verbose_name_plural = Registration._meta.verbose_name_plural
    list_export = [
        "created_at",
        "status",
        "position",
        "name",
        "company",
        "email",
        "phone",
        "sector",
        "company_size",
        "language",
        "cancelled_at",
    ]

    @property
    def export_headings(self):
        return {
            "created_at": _("Registered at"),
            "status": _("Status"),
            "position": _("Waitlist position"),
            "name": _("Name"),
            "company": _("Company"),
            "email": _("E-mail"),
            "phone": _("Phone"),
            "sector": _("Sector"),
            "company_size": _("Company size"),
            "language": _("Language"),
            "cancelled_at": _("Cancelled at"),
        }

    def dispatch(self, request, *args, seminar_id=None, **kwargs):
        self.seminar = _source(request, seminar_id)
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def may_change(self):
        return may_see_registrations(self.request.user, self.seminar, "change")

    @property
    def columns(self):
        columns = [
            Column("position", label=_("Position")),
            TextColumn("name", label=_("Name"), sort_key="name"),
            TextColumn("company", label=_("Company"), sort_key="company"),
            TemplateColumn("email", "agenda/admin/email_cell.html", label=_("E-mail")),
            TextColumn("phone", label=_("Phone")),
            TextColumn("sector", label=_("Sector"), accessor="sector.name"),
            TextColumn("company_size", label=_("Company size"), accessor="get_company_size_display"),
            Column("language", label=_("Language"), accessor="get_language_display"),
            Column("status", label=_("Status"), accessor="get_status_display", sort_key="status_order"),
            Column("created_at", label=_("Registered at"), accessor=_short_moment, sort_key="created_at"),
        ]
        if self.may_change:
            columns.append(TemplateColumn("actions", "agenda/admin/cancel_cell.html", label=_("Actions")))
        return columns

    def get_base_queryset(self):
        return registrations_of(self.seminar)

    def get_index_url(self):
        return reverse("agenda_registrations", args=[self.seminar.pk])

    def get_index_results_url(self):
        return reverse("agenda_registrations_results", args=[self.seminar.pk])

    def get_page_subtitle(self):
        return self.seminar.title

    def get_filename(self):
        return f"registrations-{self.seminar.slug}-{timezone.localtime(self.seminar.start):%Y-%m-%d}"

    @cached_property
    def no_results_message(self):
        status = self.request.GET.get("status")
        if status in NOBODY and not self.is_searching:
            return NOBODY[status]
        if self.is_searching or self.is_filtering:
            return super().no_results_message
        return _("Nobody has registered yet.")

    def to_row_dict(self, registration):
        """Every cell as text, dates to the minute in the site's time zone."""
        values = {
            "created_at": _moment(registration.created_at),
            "status": registration.get_status_display(),
            "position": registration.position or "",
            "name": registration.name,
            "company": registration.company,
            "email": registration.email,
            "phone": registration.phone,
            "sector": registration.sector.name if registration.sector else "",
            "company_size": registration.get_company_size_display(),
            "language": registration.language,
            "cancelled_at": _moment(registration.cancelled_at),
        }
        return {field: str(values[field]) for field in self.list_export}

    def get_context_data(self, **kwargs):
        seminar = self.seminar
        return {
            **super().get_context_data(**kwargs),
            "seminar": seminar,
            "seats_left": seats_left(seminar),
            # The whole seminar's, whatever the filters: the links to each status.
            "counts": dict(
                Registration.objects.filter(seminar=seminar).values_list("status").annotate(n=Count("pk")).order_by()
            ),
        }


registrations_view = refusing(RegistrationsView.as_view())
registrations_results_view = refusing(RegistrationsView.as_view(results_only=True))


@require_POST
@refusing
def change_status_view(request, seminar_id, registration_id):
    """Cancel a registration (the only status an organiser sets: seats and the waitlist follow from it)."""
    seminar = _source(request, seminar_id, "change")
    registration = get_object_or_404(Registration, pk=registration_id, seminar=seminar)
    if request.POST.get("status") != Registration.Status.CANCELLED:
        messages.error(request, _("Choose a status to set."))
    elif registration.status == Registration.Status.CANCELLED:
        messages.warning(request, _("This registration was already cancelled."))
    else:
        promoted = registration_promotions(seminar, registration)
        names = ", ".join(r.name for r in promoted)
        if names:
            messages.success(
                request,
                _("The registration of %(name)s is cancelled; %(promoted)s now has a seat and has been told.")
                % {"name": registration.name, "promoted": names},
            )
        else:
            messages.success(request, _("The registration of %(name)s is cancelled.") % {"name": registration.name})
    return redirect("agenda_registrations", seminar.pk)


def registration_promotions(seminar, registration):
    """Cancel ``registration``; the people the freed seat went to."""
    waiting = set(
        Registration.objects.filter(seminar=seminar, status=Registration.Status.WAITLISTED).values_list(
            "pk", flat=True
        )
    )
    cancel(registration)
    return list(
        Registration.objects.filter(pk__in=waiting, status=Registration.Status.CONFIRMED).order_by("created_at")
    )


def _short_moment(registration):
    return date_format(timezone.localtime(registration.created_at), "SHORT_DATETIME_FORMAT")


def _moment(value):
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if value else ""
