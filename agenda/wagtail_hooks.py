from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.snippets.models import register_snippet

from agenda import registrations_admin
from agenda.models import SeminarPage, Venue
from agenda.records import active_registrations
from core.editing import ReviewedSnippetViewSet


class VenueViewSet(ReviewedSnippetViewSet):
    model = Venue
    icon = "site"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "city", "postcode", "locale"]
    list_filter = ["city", "locale"]
    search_fields = ["name", "city"]


register_snippet(VenueViewSet)


@hooks.register("register_admin_urls")
def register_registrations_urls():
    return [
        path(
            "agenda/seminars/<int:seminar_id>/registrations/",
            registrations_admin.registrations_view,
            name="agenda_registrations",
        ),
        path(
            "agenda/seminars/<int:seminar_id>/registrations/results/",
            registrations_admin.registrations_results_view,
            name="agenda_registrations_results",
        ),
        path(
            "agenda/seminars/<int:seminar_id>/registrations/<int:registration_id>/status/",
            registrations_admin.change_status_view,
            name="agenda_registration_status",
        ),
    ]


class RegistrationsButton(PageMenuItem):
    """ "Registrations (n)": the seminar's confirmed and waitlisted registrations, for those who may see them."""

    icon_name = "group"
    priority = 25

    @cached_property
    def url(self):
        return reverse("agenda_registrations", args=[self.page.pk])

    @cached_property
    def label(self):
        count = active_registrations(self.page).count()
        return _("Registrations (%(count)d)") % {"count": count}

    def is_shown(self, user):
        return isinstance(self.page, SeminarPage) and registrations_admin.may_see_registrations(user, self.page)


def _registrations_button(page, user, next_url=None, **kwargs):
    if isinstance(page.specific_deferred, SeminarPage):
        yield RegistrationsButton(page=page.specific_deferred)


# In the page listing (the agenda's seminars) and in the seminar's edit view, beside its other actions.
hooks.register("register_page_listing_buttons", _registrations_button)
hooks.register("register_page_header_buttons", _registrations_button)
