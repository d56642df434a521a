from django import template

from editorial.upstream import translation_editor_config

register = template.Library()


@register.simple_tag(takes_context=True)
def translation_editor(context):
    """The settings of ``editorial/js/translation-editor.js`` for the translation being edited (editorial.upstream)."""
    return translation_editor_config(context["request"], context["translation"], context["instance"])
