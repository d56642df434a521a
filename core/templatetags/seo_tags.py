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
def article_ld(context, page):
    return seo.article(page, context.get("request"))


@register.simple_tag(takes_context=True)
def event_ld(context, page):
    return seo.event(page, context.get("request"))
