"""The theme and sector fields of page forms: the terms of the page's language, by name with their slug.

Every term exists in French, Dutch and German under the same slug; listing them all would show
"Marketing" three times and leave the editor guessing which one is French. A page links the terms
of its own language (a French page the French terms, which its translations keep: see
``taxonomy.localization``).
"""

from wagtail.admin.forms import WagtailAdminPageForm

from taxonomy.models import Term


def term_label(term):
    """How a term is offered in a form: ``Sécurité (security)``."""
    return f"{term.name} ({term.slug})"


class TermsPageForm(WagtailAdminPageForm):
    """A page form whose theme and sector fields offer only the terms of the page's language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id or (self.parent_page.locale_id if self.parent_page else None)
        for field in self.fields.values():
            queryset = getattr(field, "queryset", None)
            if queryset is not None and issubclass(queryset.model, Term):
                field.queryset = queryset.filter(locale_id=locale_id)
                field.label_from_instance = term_label
