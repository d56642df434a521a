import django_filters
from django import forms
from django.conf import settings
from django.contrib import messages
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST
from django.views.generic import FormView
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale
from wagtail_localize.models import Translation

from core.exports import SafeSpreadsheetExport
from core.tables import DataTable, TemplateColumn
from editorial import files
from editorial.cockpit import MISSING, STALE, STATES, collect_rows, counts
from editorial.permissions import translation_for, user_can_translate
from editorial.review import ensure_translation, submit_for_review
from editorial.roles import target_languages, translator_languages


def _next_url(request, default):
    url = request.POST.get("next") or request.GET.get("next")
    if url and url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}):
        return url
    return default


@require_POST
def submit_translation(request, translation_id):
    """Write the translator's strings into a draft of the target and send it to the reviewers."""
    translation = translation_for(request.user, translation_id)
    with transaction.atomic():
        target = submit_for_review(translation, request.user)
    messages.success(
        request,
        _("“%(title)s” in %(language)s was sent to the reviewers.")
        % {"title": target, "language": translation.target_locale.get_display_name()},
    )
    return redirect(_next_url(request, reverse("editorial:cockpit")))


class CockpitFilterSet(WagtailFilterSet):
    """The cockpit's filters: language, section, state.

    The rows are not a queryset (pages and snippets of every model, each in every target language):
    each filter keeps the rows whose attribute (the filter's ``field_name``) holds the chosen value.
    """

    language = django_filters.ChoiceFilter(
        field_name="language",
        label=gettext_lazy("Language"),
        empty_label=gettext_lazy("Dutch and German"),
        widget=forms.RadioSelect,
        method="keep",
    )
    section = django_filters.ChoiceFilter(
        field_name="section_key",
        label=gettext_lazy("Section"),
        empty_label=gettext_lazy("All sections"),
        method="keep",
    )
    state = django_filters.ChoiceFilter(
        field_name="state",
        label=gettext_lazy("State"),
        choices=list(STATES.items()),
        empty_label=gettext_lazy("All states"),
        widget=forms.RadioSelect,
        method="keep",
    )

    class Meta:
        model = Translation  # what django-filter asks for; the rows are given to filter_queryset()
        fields = []

    def __init__(self, *args, sections=(), default_language="", **kwargs):
        super().__init__(*args, **kwargs)
        languages = [(code, name) for code, name in settings.LANGUAGES if code in target_languages()]
        # A translator's own language is where the cockpit opens: not a filter they chose.
        self.filters["language"].extra.update(choices=languages, initial=default_language)
        self.filters["section"].extra["choices"] = list(sections)

    def keep(self, rows, name, value):
        return [row for row in rows if getattr(row, name) == value]

    def filter_queryset(self, rows, leave_out=()):
        for name, value in self.form.cleaned_data.items():
            if name not in leave_out:
                rows = self.filters[name].filter(rows, value)
        return rows


class CockpitView(SafeSpreadsheetExport, ReportView):
    """Every translatable page and snippet × Dutch and German, with its state, filters and counts.

    ``?export=csv`` or ``?export=xlsx`` (the header's download buttons) gives the filtered list.
    """

    page_title = gettext_lazy("Translations")
    header_icon = "site"
    index_url_name = "editorial:cockpit"
    index_results_url_name = "editorial:cockpit_results"
    results_template_name = "editorial/cockpit_results.html"
    filterset_class = CockpitFilterSet
    table_class = DataTable
    table_classname = "listing editorial-cockpit"
    export_filename = "translations"
    columns = [
        TemplateColumn("title", "editorial/cockpit/title_cell.html", label=gettext_lazy("Title")),
        Column("section_name", label=gettext_lazy("Section")),
        Column("language", label=gettext_lazy("Language"), accessor=lambda row: row.language.upper()),
        TemplateColumn("state", "editorial/cockpit/state_cell.html", label=gettext_lazy("State"), classname="state"),
        TemplateColumn("actions", "editorial/cockpit/actions_cell.html", label=gettext_lazy("Actions")),
    ]
    list_export = [
        "title",
        "type_name",
        "section_name",
        "language",
        "state_label",
        "percent",
        "machine",
        "stale_since",
        "target_live",
        "in_review",
    ]
    export_headings = {
        "title": gettext_lazy("Title"),
        "type_name": gettext_lazy("Type"),
        "section_name": gettext_lazy("Section"),
        "language": gettext_lazy("Language"),
        "state_label": gettext_lazy("State"),
        "percent": gettext_lazy("Translated segments (%)"),
        "machine": gettext_lazy("Machine-translated segments"),
        "stale_since": gettext_lazy("Stale since"),
        "target_live": gettext_lazy("Published"),
        "in_review": gettext_lazy("In review"),
    }

    @cached_property
    def default_language(self):
        """A translator of one language lands on it."""
        own = translator_languages(self.request.user)
        return own[0] if len(own) == 1 else ""

    @cached_property
    def all_rows(self):
        """The rows of the chosen language (both when none is), before the section and state filters."""
        language = self.request.GET.get("language", self.default_language)
        return collect_rows([language] if language in target_languages() else None)

    def get_filterset_kwargs(self):
        data = self.request.GET.copy()
        data.setdefault("language", self.default_language)
        sections = sorted({(row.section_key, row.section_name) for row in self.all_rows}, key=lambda s: s[1].lower())
        return {
            **super().get_filterset_kwargs(),
            "data": data,
            "sections": sections,
            "default_language": self.default_language,
        }

    def get_base_queryset(self):
        return self.all_rows

    def chosen(self):
        """The filters as applied: {name: value or ""}."""
        values = self.filters.form.cleaned_data if self.filters.is_valid() else {}
        return {name: values.get(name) or "" for name in ("language", "section", "state")}

    def state_counts(self):
        """{state: rows} in the chosen language and section, whatever the chosen state."""
        rows = self.all_rows
        if self.filters.is_valid():
            rows = self.filters.filter_queryset(rows, leave_out=("state",))
        return counts(rows)

    def get_table_kwargs(self):
        query = self.request.GET.copy()
        query.pop("_w_filter_fragment", None)
        return {
            **super().get_table_kwargs(),
            "caption": gettext_lazy("Translations of the French pages and snippets"),
            "row_data": lambda row: {"state": row.state, "language": row.language},
            "next_url": f"{self.index_url}?{query.urlencode()}" if query else self.index_url,
        }

    @cached_property
    def no_results_message(self):
        return gettext_lazy("Nothing to show with these filters.")

    def to_row_dict(self, row):
        return {
            "title": row.title,
            "type_name": row.type_name,
            "section_name": row.section_name,
            "language": row.language,
            "state_label": row.state_label,
            "percent": row.percent if row.target_id else "",
            "machine": row.machine,
            "stale_since": row.stale_since.isoformat() if row.stale_since else "",
            "target_live": _("yes") if row.target_live else _("no"),
            "in_review": _("yes") if row.in_review else _("no"),
        }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        state_counts = self.state_counts()
        context.update(
            {
                "chosen": self.chosen(),
                "sections": self.filters.filters["section"].extra["choices"],
                "states": [(key, label, state_counts[key]) for key, label in STATES.items()],
                "total": sum(state_counts.values()),
                "rows": context["object_list"],
            }
        )
        return context


def _download(content, fmt, name):
    response = HttpResponse(content, content_type=files.FORMATS.get(fmt, ("application/zip",))[0])
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def export_translation(request, translation_id, fmt):
    translation = translation_for(request.user, translation_id)
    return _download(files.export(translation, fmt), fmt, files.file_name(translation, fmt))


class TranslationsAdminView(WagtailAdminTemplateMixin):
    """A page under one page of the translations area: that page, then this one, in the breadcrumbs."""

    parent_url_name = "editorial:cockpit"
    parent_label = gettext_lazy("Translations")

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(self.parent_url_name), "label": self.parent_label},
            {"url": "", "label": self.page_title},
        ]


def translation_subject(translation):
    """A translation as its translator knows it: what it translates, and into which language."""
    return f"{translation.source.object_repr} ({translation.target_locale.get_display_name()})"


class UploadForm(forms.Form):
    file = forms.FileField()


class FileImportView(TranslationsAdminView, FormView):
    """Upload a file and import it: a refused file is shown again with the reason, an imported one says so.

    A subclass names the field (``file_label``, ``file_help_text``), the exception that refuses a file
    (``refused``, its text the reason) and imports the file with ``import_file(upload)``, which returns
    the message to show.
    """

    form_class = UploadForm
    header_icon = "upload"

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        form.fields["file"].label = self.file_label
        form.fields["file"].help_text = self.file_help_text
        return form

    def form_valid(self, form):
        try:
            message = self.import_file(form.cleaned_data["file"])
        except self.refused as error:
            form.add_error("file", str(error))
            return self.form_invalid(form)
        messages.success(self.request, message)
        return redirect(self.get_success_url())


class ImportView(FileImportView):
    """Upload an agency's file: checked against the current source, then sent to review."""

    template_name = "editorial/import.html"
    page_title = gettext_lazy("Import a translation file")
    file_label = gettext_lazy("File")
    file_help_text = gettext_lazy("A PO or XLIFF 1.2 file exported from this site (or a ZIP archive of such files).")
    refused = files.ImportRefused

    def get_page_subtitle(self):
        return self.subject()

    def subject(self):
        return translation_subject(self.translation)

    def dispatch(self, request, *args, translation_id=None, **kwargs):
        self.translation = translation_for(request.user, translation_id)
        return super().dispatch(request, *args, **kwargs)

    def import_file(self, upload):
        fmt = files.format_of(upload.name)
        if fmt is None:
            raise files.ImportRefused(_("Only .po, .xlf and .xliff files can be imported."))
        files.import_file(self.translation, upload.read(), fmt, self.request.user)
        return _("The translation of %(subject)s was imported and sent to review.") % {"subject": self.subject()}

    def get_success_url(self):
        return reverse("editorial:cockpit") + f"?language={self.translation.target_locale.language_code}"


def _needing_work(request, language):
    """The translations of everything stale or missing in ``language`` that the user may translate."""
    if language not in target_languages():
        raise Http404
    locale = Locale.objects.get(language_code=language)
    rows = [row for row in collect_rows([language]) if row.state in (STALE, MISSING)]
    translations = []
    for row in rows:
        translation = ensure_translation(row.translation_key, locale) if row.translation_id is None else None
        translation = translation or Translation.objects.select_related("source", "target_locale").get(
            pk=row.translation_id
        )
        if user_can_translate(request.user, translation):
            translations.append(translation)
    return translations


def bulk_export(request, language, fmt):
    translations = _needing_work(request, language)
    return _download(files.bulk_export(translations, fmt), "zip", f"jesuisfantastic-{language}-{fmt}.zip")


class BulkImportView(ImportView):
    page_title = gettext_lazy("Import an agency's files")

    def dispatch(self, request, *args, language=None, **kwargs):
        if language not in target_languages():
            raise Http404
        self.language = language
        return super(ImportView, self).dispatch(request, *args, **kwargs)

    def subject(self):
        return dict(settings.LANGUAGES)[self.language]

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        try:
            imported = files.bulk_import(
                self.language,
                upload.name,
                upload.read(),
                self.request.user,
                can_translate=lambda translation: user_can_translate(self.request.user, translation),
            )
        except files.ImportRefused as error:
            form.add_error("file", str(error))
            return self.form_invalid(form)
        messages.success(
            self.request,
            ngettext(
                "%(count)s translation was imported and sent to review.",
                "%(count)s translations were imported and sent to review.",
                len(imported),
            )
            % {"count": len(imported)},
        )
        return redirect(reverse("editorial:cockpit") + f"?language={self.language}")
