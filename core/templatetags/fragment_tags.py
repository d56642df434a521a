"""What the templates put in the key of a ``{% cache %}`` fragment (``core/fragments.py``).

``{% content_version as version %}{% media_timeout as timeout %}{% now "Y-m-d" as today %}
{% cache timeout footer_logos LANGUAGE_CODE version today %}…{% endcache %}``
"""

from django import template

from core import fragments

register = template.Library()


@register.simple_tag(takes_context=True)
def content_version(context):
    """The content version: a new one after each publish, so the fragment is rendered again."""
    return fragments.version(context.get("request"))


@register.simple_tag
def media_timeout():
    """Seconds a fragment showing images may be kept (signed media addresses expire)."""
    return fragments.media_timeout()
