"""``/api/v2/themes/`` and ``/api/v2/sectors/``: the vocabulary, per ``?locale=`` (registered in cms/api.py)."""

from core.endpoints import SnippetAPIViewSet
from taxonomy.models import Sector, Theme


class ThemesAPIViewSet(SnippetAPIViewSet):
    name = "themes"
    model = Theme


class SectorsAPIViewSet(SnippetAPIViewSet):
    name = "sectors"
    model = Sector
