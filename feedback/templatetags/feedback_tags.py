from django import template

from feedback.forms import report_form_for

register = template.Library()


@register.inclusion_tag("feedback/report_form.html")
def report_form(page, form=None):
    """The "Report an error or add information" form at the end of a page (``form``: with the visitor's errors).

    Nothing for a page not saved yet (the preview of a new page): there is nothing to report on.
    """
    if page is None or page.pk is None:
        return {"form": None}
    return {"page": page, "form": form or report_form_for(page)}
