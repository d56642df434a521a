"""Pieces for the admin's lists on Wagtail's ``ReportView``: cells drawn by an app's template, and rows
that say what they hold (``data-*`` attributes) to the admin's scripts and the browser tests."""

from django.middleware.csrf import get_token
from wagtail.admin.ui.tables import Column, Table


class TemplateColumn(Column):
    """A column whose cells are an app's template: links, buttons, a form that posts an action.

    The template gets the row's object as ``instance``, the ``table``, the ``request`` and the
    ``csrf_token`` its forms need (Wagtail renders cells without the request's context processors).
    """

    def __init__(self, name, template_name, **kwargs):
        super().__init__(name, **kwargs)
        self.cell_template_name = template_name

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        request = context["request"]
        context["csrf_token"] = get_token(request) if request is not None else ""
        return context


class DataTable(Table):
    """A table whose rows carry ``data-*`` attributes (``row_data(instance)``: {name: value}) and which
    knows the address of the list as the user sees it (``next_url``), for the forms of its cells to come
    back to (not the address of the results alone, which the filters fetch)."""

    def __init__(self, *args, row_data=None, next_url="", **kwargs):
        super().__init__(*args, **kwargs)
        self.row_data = row_data
        self.next_url = next_url

    def get_row_attrs(self, instance):
        attrs = super().get_row_attrs(instance)
        if self.row_data is not None:
            attrs.update({f"data-{name}": value for name, value in self.row_data(instance).items()})
        return attrs
