from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale
from wagtail_localize.models import Translation

from core.exports import SafeSpreadsheetExport
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


class CockpitView(SafeSpreadsheetExport, WagtailAdminTemplateMixin, TemplateView):
    """Every translatable page and snippet × Dutch and German, with its state, filters and counts.

    ``?export=csv`` or ``?export=xlsx`` (the header's download buttons) gives the filtered list.
    """

    template_name = "editorial/cockpit.html"
    page_title = gettext_lazy("Translations")
    header_icon = "site"
    paginate_by = 50
    export_filename = "translations"
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

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def filters(self):
        """The chosen language, section and state; a translator lands on their own language."""
        languages = target_languages()
        language = self.request.GET.get("language")
        if language is None:
            own = translator_languages(self.request.user)
            language = own[0] if len(own) == 1 else ""
        if language and language not in languages:
            language = ""
        state = self.request.GET.get("state", "")
        return {
            "language": language,
            "section": self.request.GET.get("section", ""),
            "state": state if state in STATES else "",
        }

    def rows(self, chosen):
        rows = collect_rows([chosen["language"]] if chosen["language"] else None)
        sections = sorted({(row.section_key, row.section_name) for row in rows}, key=lambda item: item[1].lower())
        if chosen["section"]:
            rows = [row for row in rows if row.section_key == chosen["section"]]
        state_counts = counts(rows)
        if chosen["state"]:
            rows = [row for row in rows if row.state == chosen["state"]]
        return rows, sections, state_counts

    def get(self, request, *args, **kwargs):
        if self.is_export:
            return self.as_spreadsheet(self.rows(self.filters())[0], request.GET["export"])
        return super().get(request, *args, **kwargs)

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
        chosen = self.filters()
        rows, sections, state_counts = self.rows(chosen)
        page = Paginator(rows, self.paginate_by).get_page(self.request.GET.get("p"))
        query = {name: value for name, value in chosen.items() if value}
        context.update(
            {
                "chosen": chosen,
                "languages": [(code, name) for code, name in settings.LANGUAGES if code in target_languages()],
                "sections": sections,
                "states": [(key, label, state_counts[key]) for key, label in STATES.items()],
                "total": sum(state_counts.values()),
                "page_obj": page,
                "rows": page.object_list,
                "query": urlencode(query),
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


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("File"),
        help_text=gettext_lazy("A PO or XLIFF 1.2 file exported from this site (or a ZIP archive of such files)."),
    )


class ImportView(WagtailAdminTemplateMixin, FormView):
    """Upload an agency's file: checked against the current source, then sent to review."""

    template_name = "editorial/import.html"
    form_class = UploadForm
    page_title = gettext_lazy("Import a translation file")
    header_icon = "upload"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("editorial:cockpit"), "label": gettext_lazy("Translations")},
            {"url": "", "label": self.page_title},
        ]

    def get_page_subtitle(self):
        return self.subject()

    def subject(self):
        translation = self.translation
        return f"{translation.source.object_repr} ({translation.target_locale.get_display_name()})"

    def dispatch(self, request, *args, translation_id=None, **kwargs):
        self.translation = translation_for(request.user, translation_id)
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        fmt = files.format_of(upload.name)
        try:
            if fmt is None:
                raise files.ImportRefused(_("Only .po, .xlf and .xliff files can be imported."))
            files.import_file(self.translation, upload.read(), fmt, self.request.user)
        except files.ImportRefused as error:
            form.add_error("file", str(error))
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("The translation of %(subject)s was imported and sent to review.") % {"subject": self.subject()},
        )
        return redirect(reverse("editorial:cockpit") + f"?language={self.translation.target_locale.language_code}")


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
