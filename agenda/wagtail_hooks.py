from wagtail.snippets.models import register_snippet

from agenda.models import Venue
from cms.editing import ReviewedSnippetViewSet


class VenueViewSet(ReviewedSnippetViewSet):
    model = Venue
    icon = "site"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "city", "postcode", "locale"]
    list_filter = ["city", "locale"]
    search_fields = ["name", "city"]


register_snippet(VenueViewSet)
