from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from core.editing import ReviewedSnippetViewSet
from taxonomy.models import Sector, Theme


class ThemeViewSet(ReviewedSnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    search_fields = ["name", "slug"]


class SectorViewSet(ReviewedSnippetViewSet):
    model = Sector
    icon = "site"
    list_display = ["name", "slug", "locale"]
    search_fields = ["name", "slug"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    items = (ThemeViewSet, SectorViewSet)
    menu_icon = "tag"
    menu_label = _("Themes and sectors")
    menu_name = "taxonomy"


register_snippet(TaxonomyViewSetGroup)
