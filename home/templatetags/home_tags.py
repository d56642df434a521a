"""The site's navigation in the templates: header menu, breadcrumbs, footer links and listing titles."""

from django import template
from django.core.paginator import Page as PaginatorPage
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from wagtail.models import Page

from core import fragments
from home.navigation import navigation as request_navigation
from home.navigation import page_number_title

register = template.Library()


@register.simple_tag(takes_context=True)
def navigation(context):
    """``{% navigation as nav %}``: the request's ``home.navigation.Navigation``; None without a request (500 page)."""
    request = context.get("request")
    if request is None:
        return None
    page = context.get("page")
    return request_navigation(request, page if isinstance(page, Page) else None)


@register.inclusion_tag("home/includes/footer_links.html", takes_context=True)
def footer_links(context):
    """The content pages of the visitor's language (about, legal notice, accessibility statement)."""
    nav = navigation(context)
    return {"pages": nav.footer_pages if nav is not None else [], "request": context.get("request")}


@register.simple_tag(takes_context=True)
def home_sections(context):
    """The home page's guides, next seminars, testimonial and call to the self-diagnostic.

    Kept in the default cache until the next publish, and no longer than the first of the seminars it
    lists is over (the list of upcoming seminars then moves on); computed afresh in a preview.
    """
    request, page = context.get("request"), context["page"]

    def render():
        return render_to_string(
            "home/includes/sections.html",
            {
                "page": page,
                "guides": page.guides,
                "seminars": page.seminars,
                "testimonial": page.testimonial,
                "diagnostic_page": page.diagnostic_page,
            },
            request=request,
        )

    if request is None or getattr(request, "is_preview", False):
        return mark_safe(render())  # a template's own output

    def compute():
        html = render()
        ends = [seminar.end for seminar in page.seminars if seminar.end]
        if not ends:
            return fragments.Expiring(html, fragments.media_timeout())
        seconds = int((min(ends) - timezone.now()).total_seconds()) + 1
        return fragments.Expiring(html, min(fragments.media_timeout(), seconds))

    site = request_navigation(request, page).site
    parts = (page.pk, site.pk if site else None)
    return mark_safe(fragments.get_or_compute("home-sections", parts, compute, request=request))


def _name_of(slug, terms):
    return next((term.name for term in terms if term.slug == slug), None)


def filter_labels(context):
    """What the visitor chose to list, in words: the theme and sector, the agenda's filters and archive,
    the search's type of result."""
    labels = []
    for slug_key, terms_key in (("selected_theme", "themes"), ("selected_sector", "sectors")):
        name = _name_of(context.get(slug_key), context.get(terms_key) or [])
        if name:
            labels.append(name)
    if context.get("archive"):
        labels.append(_("past sessions"))
    form = context.get("filter_form")
    if form is not None and form.is_bound and form.is_valid():
        for name, value in form.cleaned_data.items():
            if not value:
                continue
            if hasattr(value, "year"):
                labels.append(date_format(value, "YEAR_MONTH_FORMAT"))
            else:
                labels.append(str(dict(form.fields[name].choices).get(value, value)))
    search_type = context.get("search_type")
    if search_type:
        labels += [str(facet["label"]) for facet in context.get("type_facets") or [] if facet["value"] == search_type]
    return labels


@register.simple_tag(takes_context=True)
def listing_title(context, title=None, number=None):
    """The ``<title>`` of a listing: "Guides — Security — page 2" (the filters, then the page after the first).

    ``title`` defaults to the page's SEO title or title; ``number`` to the number of the page of items
    in the context (the guides', testimonials' or sessions' paginator).
    """
    if title is None:
        page = context.get("page")
        title = getattr(page, "seo_title", "") or getattr(page, "title", "")
    title = " — ".join(conditional_escape(part) for part in [title, *filter_labels(context)])
    if number is None:
        # type(), not isinstance(): isinstance evaluates the context's lazy csrf_token, which made every
        # page set a CSRF cookie (and so could not be kept by the page cache).
        pages = [value for value in context.flatten().values() if issubclass(type(value), PaginatorPage)]
        number = pages[0].number if pages else 1
    try:
        number = int(number or 1)
    except (TypeError, ValueError):
        number = 1
    return mark_safe(page_number_title(title, number) if number > 1 else title)  # escaped above
