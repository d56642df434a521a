"""``{{ data|json_ld }}``: a schema.org object as a ``<script type="application/ld+json">`` element.

Pages put theirs in base.html's ``structured_data`` block; the characters that
could end the script element or start markup are escaped as JSON allows.
"""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe

register = template.Library()

ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.filter
def json_ld(data):
    if not data:
        return ""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # escaped above
