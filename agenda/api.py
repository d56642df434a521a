"""``/api/v2/agenda/``: the seminars, upcoming by default, with the agenda's filters.

Query parameters (besides Wagtail's ``locale``, ``limit``, ``offset``, ``fields``):
``city``, ``theme``, ``sector`` (slugs), ``kind``, ``spoken_language``, ``month``
(YYYY-MM), ``from`` and ``to`` (YYYY-MM-DD), ``past=true`` for the archive
(most recent first, with slides). Themes, sectors and the venue come in the
page's language; the query count does not grow with the number of seminars.
"""

from wagtail.api.v2.utils import BadRequestError
from wagtail.models import Locale

from agenda.filters import FILTERS, SeminarFilterForm
from agenda.models import SeminarPage, Venue
from cms.endpoints import PublicPagesAPIViewSet, SnippetAPIViewSet

FILTER_PARAMETERS = {"city", "theme", "sector", "kind", "spoken_language", "month", "from", "to", "past"}


class AgendaAPIViewSet(PublicPagesAPIViewSet):
    model = SeminarPage
    name = "agenda"
    known_query_parameters = PublicPagesAPIViewSet.known_query_parameters.union(FILTER_PARAMETERS)
    extra_parameters = FILTERS
    listing_default_fields = PublicPagesAPIViewSet.listing_default_fields + [
        "kind",
        "status",
        "summary",
        "start",
        "end",
        "spoken_language",
        "venue",
        "online_link",
        "themes",
        "sectors",
        "presentations",
    ]

    def locale(self):
        code = self.request.GET.get("locale")
        if code:
            return Locale.objects.filter(language_code=code).first() or Locale.get_default()
        return Locale.get_active()

    def get_queryset(self):
        queryset = super().get_queryset().for_listing()
        if self.action != "listing_view":
            return queryset
        form = SeminarFilterForm(self.request.GET, locale=self.locale(), with_dates=True)
        if not form.is_valid():
            raise BadRequestError(form.error_message())
        past = self.request.GET.get("past", "").lower() in ("1", "true", "yes")
        return form.apply(queryset.past() if past else queryset.upcoming())


class VenuesAPIViewSet(SnippetAPIViewSet):
    """``/api/v2/venues/``: where seminars take place, per ``?locale=``."""

    name = "venues"
    model = Venue
