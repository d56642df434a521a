"""``{% seo_head page %}`` and the schema.org objects of the site and its pages (``core/seo.py``)."""

from django import template

from core import seo

register = template.Library()


@register.inclusion_tag("includes/seo_head.html", takes_context=True)
def seo_head(context, page=None):
    return seo.head(context.get("request"), page)


@register.simple_tag(takes_context=True)
def organization_ld(context):
    return seo.site_structured_data(context.get("request"))


@register.simple_tag(takes_context=True)
def page_ld(context, page):
    """The schema.org object a page type declares with ``structured_data(request)`` (a guide's ``Article``,
    a seminar's ``Event``); None for the others."""
    structured_data = getattr(page, "structured_data", None)
    return structured_data(context.get("request")) if structured_data else None
