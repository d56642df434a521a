"""The organisers' view of a seminar's registrations in the admin: the list, the waitlist, cancelling, exports.

Registrations are personal data: only the editors of the agenda's section (setup_site grants them
``agenda.view_registration`` and ``agenda.change_registration`` through ``EDITORIAL_SECTION_PERMISSIONS``)
and administrators see them, and only for a seminar whose page they may edit. Everyone else gets a 403.
A seminar's translations share its registrations (they belong to the source page): the views take the
id of any of them. Cancelling goes through ``registrations.cancel``, so the freed seat goes to the first
person waiting, who is e-mailed. Wired in ``wagtail_hooks.py``.
"""

import functools

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.defaults import permission_denied
from django.views.generic import TemplateView

from agenda.models import SeminarPage
from agenda.records import Registration, registration_state, seats_left, source_seminar
from agenda.registrations import cancel
from core.exports import SafeSpreadsheetExport


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


def rows(seminar):
    """The registrations of the (source) seminar: confirmed, then the waitlist in its order, then cancelled.

    Each comes with its ``position`` on the waitlist (None for the others).
    """
    registrations = list(
        Registration.objects.filter(seminar=seminar).select_related("sector").order_by("created_at", "pk")
    )
    order = {Registration.Status.CONFIRMED: 0, Registration.Status.WAITLISTED: 1, Registration.Status.CANCELLED: 2}
    position = 0
    for registration in registrations:
        if registration.status == Registration.Status.WAITLISTED:
            position += 1
            registration.position = position
        else:
            registration.position = None
    return sorted(registrations, key=lambda registration: order.get(registration.status, 3))


class RegistrationsView(SafeSpreadsheetExport, TemplateView):
    """The seminar's registrations; with ``?export=csv`` or ``?export=xlsx``, the same list as a spreadsheet."""

    template_name = "agenda/admin/registrations.html"
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

    def get(self, request, seminar_id):
        self.seminar = _source(request, seminar_id)
        if self.is_export:
            return self.as_spreadsheet(rows(self.seminar), request.GET["export"])
        return super().get(request, seminar_id)

    def get_filename(self):
        return f"registrations-{self.seminar.slug}-{timezone.localtime(self.seminar.start):%Y-%m-%d}"

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
        registrations = rows(seminar)
        by_status = {status: [r for r in registrations if r.status == status] for status in Registration.Status.values}
        return {
            **super().get_context_data(**kwargs),
            "seminar": seminar,
            "seats_left": seats_left(seminar),
            "state": registration_state(seminar),
            "confirmed": by_status[Registration.Status.CONFIRMED],
            "waitlist": by_status[Registration.Status.WAITLISTED],
            "cancelled": by_status[Registration.Status.CANCELLED],
            "may_change": may_see_registrations(self.request.user, seminar, "change"),
        }


registrations_view = refusing(RegistrationsView.as_view())


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


def _moment(value):
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if value else ""
