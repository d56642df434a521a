"""Index pages listing items a visitor filters by theme and sector (guides, testimonials)."""

from django.core.paginator import Paginator

from taxonomy.models import Sector, Theme


def term_filtered_listing(request, items, locale, *, per_page, filter_items, name):
    """The context of a list filtered by ``?theme=`` and ``?sector=`` slugs and paginated by ``?page=``.

    ``filter_items(items, theme, sector)`` applies the chosen slugs (either may be
    empty). The page of items is under ``name``; a page number that is not a
    number gives the first page, one past the end the last. The template
    includes ``taxonomy/includes/term_filters.html`` for the form.
    """
    theme = request.GET.get("theme", "")
    sector = request.GET.get("sector", "")
    query = request.GET.copy()
    query.pop("page", None)
    return {
        name: Paginator(filter_items(items, theme, sector), per_page).get_page(request.GET.get("page")),
        "themes": list(Theme.objects.in_locale(locale).order_by("name")),
        "sectors": list(Sector.objects.in_locale(locale).order_by("name")),
        "selected_theme": theme,
        "selected_sector": sector,
        "filter_query": query.urlencode(),
    }
