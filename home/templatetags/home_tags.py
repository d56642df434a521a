"""The site footer's links to the content pages (about, legal notice, accessibility statement)."""

from django import template
from wagtail.models import Locale, Page, Site

from home.models import ContentPage

register = template.Library()


def footer_pages(site, locale):
    """Live content pages under the ``locale`` home page of ``site`` with "Show in menus" ticked: two queries."""
    home = Page.objects.filter(translation_key=site.root_page.translation_key, locale=locale).first()
    if home is None:
        return []
    return list(ContentPage.objects.live().public().in_menu().child_of(home).order_by("path").defer_streamfields())


@register.inclusion_tag("home/includes/footer_links.html", takes_context=True)
def footer_links(context):
    """Renders nothing without a request (the 500 page)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return {"pages": []}
    return {"pages": footer_pages(site, Locale.get_active()), "request": request}
