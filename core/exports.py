"""The admin's spreadsheet exports: Wagtail's own (``?export=csv`` or ``?export=xlsx`` on a list, with
``list_export`` and ``export_headings``), made safe to open and to keep.

Wagtail's XLSX export stores a cell that starts with ``=`` as text, but its CSV export writes every value
as it is: a name typed as ``=HYPERLINK(…)`` in a visitor's form would run as a formula in the
spreadsheet that opens the file. Every export of the admin goes through :class:`SafeSpreadsheetExport`.
"""

from django.utils import timezone, translation
from wagtail.admin.views.mixins import SpreadsheetExportMixin

# A cell starting with one of these is a formula to a spreadsheet (or becomes one, through a tab or a
# carriage return): such a cell is exported with a leading apostrophe, shown as text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """A text cell as a spreadsheet shows it, never run as a formula; other values unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class SafeSpreadsheetExport(SpreadsheetExportMixin):
    """Wagtail's spreadsheet export, for any admin list (a ``ReportView``, or a view with its own template
    that answers ``?export=`` with :meth:`as_spreadsheet`).

    On top of Wagtail's: text cells that a spreadsheet would run as a formula start with an apostrophe,
    in both formats; the CSV starts with a byte-order mark, so spreadsheets read its accents as UTF-8, and is
    in the user's admin language like the list;
    the file is not kept by caches (``private, no-store``: exports may hold personal data).
    """

    def preprocess_field_value(self, field, value, export_format):
        return neutralise(super().preprocess_field_value(field, value, export_format))

    def stream_csv(self, queryset):
        """The CSV's lines, written in the language and time zone of the view that answers.

        The response streams them after the view has returned, once Wagtail has put back the language it
        switched to for the user (``wagtail.admin.localization.get_localized_response``): without this, the
        headings and statuses of a German-speaking administrator's file came in the site's French.
        """
        language, zone = translation.get_language(), timezone.get_current_timezone()
        lines = super().stream_csv(queryset)

        def localized():
            with translation.override(language), timezone.override(zone):
                yield "\ufeff"
                yield from lines

        return localized()

    def as_spreadsheet(self, queryset, spreadsheet_format):
        response = super().as_spreadsheet(queryset, spreadsheet_format)
        response["Cache-Control"] = "private, no-store"
        return response
