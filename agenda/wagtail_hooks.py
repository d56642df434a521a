from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from agenda.models import Venue


class VenueViewSet(SnippetViewSet):
    model = Venue
    icon = "site"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "city", "postcode", "locale"]
    list_filter = ["city", "locale"]
    search_fields = ["name", "city"]


register_snippet(VenueViewSet)
