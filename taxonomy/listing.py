"""Index pages listing items a visitor filters by theme and sector (guides, testimonials)."""

from django.core.paginator import Paginator
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from core.translation import PAGE_TRANSLATABLE_FIELDS
from taxonomy.localization import localize_links
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
    page_of_items = Paginator(filter_items(items, theme, sector), per_page).get_page(request.GET.get("page"))
    # Each item's themes, sectors… in its language, for the whole page at once.
    page_of_items.object_list = localize_links(page_of_items.object_list)
    return {
        name: page_of_items,
        "themes": list(Theme.objects.in_locale(locale).order_by("name")),
        "sectors": list(Sector.objects.in_locale(locale).order_by("name")),
        "selected_theme": theme,
        "selected_sector": sector,
        "filter_query": query.urlencode(),
    }


class TermFilteredIndexPage(Page):
    """A section's index page: an introduction, then the section's items of its language, filtered by
    ``?theme=`` and ``?sector=`` and paginated (``term_filtered_listing``).

    The items are the live, public children of the index in its language, of its
    one subpage type (``subpage_types``), in ``listing_order``. Subclasses declare
    ``intro`` (a text field; its help text names the items), ``listing_name`` (the
    template's name for the page of items) and ``filter_items(items, theme, sector)``.
    """

    per_page = 12
    listing_name = "items"
    listing_order = ("-first_published_at", "title")

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
    ]

    api_fields = [
        APIField("intro"),
    ]

    translatable_fields = PAGE_TRANSLATABLE_FIELDS + [
        TranslatableField("intro"),
    ]

    class Meta:
        abstract = True

    def listed_items(self):
        (model,) = self.allowed_subpage_models()
        return (
            model.objects.live().public().child_of(self).filter(locale_id=self.locale_id).order_by(*self.listing_order)
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            term_filtered_listing(
                request,
                self.listed_items(),
                self.locale,
                per_page=self.per_page,
                filter_items=self.filter_items,
                name=self.listing_name,
            )
        )
        return context
