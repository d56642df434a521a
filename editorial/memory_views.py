"""Admin views of the translation memory and the glossary: TMX files per language pair, and beside the
translation editor, each segment's memory suggestions and glossary warnings."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db import transaction
from django.db.models import Count, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse, reverse_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail_localize.models import StringSegment, StringTranslation

from core.tables import DataTable, TemplateColumn
from editorial import glossary, memory, tmx
from editorial.models import MemoryEntry, MemoryUse
from editorial.permissions import memory_languages, translation_for
from editorial.roles import source_language
from editorial.views import FileImportView, TranslationsAdminView, translation_subject


def _language_or_403(request, language):
    if language not in memory_languages(request.user):
        if language not in dict(settings.LANGUAGES) or language == source_language():
            raise Http404
        raise PermissionDenied
    return language


class MemoryView(ReportView):
    """The memory of each language pair the user may work on: how many entries, TMX export and import."""

    page_title = gettext_lazy("Translation memory")
    header_icon = "doc-full-inverse"
    index_url_name = "editorial:memory"
    results_template_name = "editorial/memory_results.html"
    table_class = DataTable
    table_classname = "listing editorial-memory"
    columns = [
        Column("pair", label=gettext_lazy("Language pair")),
        Column("total", label=gettext_lazy("Entries"), classname="total"),
        Column("imported", label=gettext_lazy("Imported from TMX files"), classname="imported"),
        TemplateColumn("actions", "editorial/memory/actions_cell.html", label=gettext_lazy("Actions")),
    ]

    def dispatch(self, request, *args, **kwargs):
        if not memory_languages(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_base_queryset(self):
        names = dict(settings.LANGUAGES)
        languages = memory_languages(self.request.user)
        counted = {
            row["target_language"]: row
            for row in MemoryEntry.objects.filter(source_language=source_language(), target_language__in=languages)
            .values("target_language")
            .annotate(total=Count("id"), imported=Count("id", filter=Q(origin=MemoryEntry.Origin.TMX)))
        }
        return [
            {
                "language": code,
                "pair": f"{names[source_language()]} → {names[code]}",
                "total": counted.get(code, {}).get("total", 0),
                "imported": counted.get(code, {}).get("imported", 0),
            }
            for code in languages
        ]

    def get_table_kwargs(self):
        return {
            **super().get_table_kwargs(),
            "caption": gettext_lazy("Translation memory per language pair"),
            "row_data": lambda pair: {"language": pair["language"]},
        }


def export_tmx(request, language):
    _language_or_403(request, language)
    response = HttpResponse(tmx.export(source_language(), language), content_type="application/x-tmx+xml")
    response["Content-Disposition"] = f'attachment; filename="{tmx.file_name(source_language(), language)}"'
    return response


class ImportTMXView(FileImportView):
    template_name = "editorial/memory_import.html"
    page_title = gettext_lazy("Import a TMX file into the memory")
    parent_url_name = "editorial:memory"
    parent_label = gettext_lazy("Translation memory")
    file_label = gettext_lazy("TMX file")
    file_help_text = gettext_lazy("A TMX 1.4 file with French and the translation's language in each unit.")
    refused = tmx.TMXRefused
    success_url = reverse_lazy("editorial:memory")

    def dispatch(self, request, *args, language=None, **kwargs):
        self.language = _language_or_403(request, language)
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        names = dict(settings.LANGUAGES)
        return f"{names[source_language()]} → {names[self.language]}"

    def import_file(self, upload):
        count = tmx.import_file(upload.read(), source_language(), self.language)
        return ngettext(
            "%(count)s translation unit was added to the memory.",
            "%(count)s translation units were added to the memory.",
            count,
        ) % {"count": count}


class AssistView(TranslationsAdminView, TemplateView):
    """Beside the translation editor: each segment's glossary warnings and the memory's fuzzy matches."""

    template_name = "editorial/assist.html"
    page_title = gettext_lazy("Memory and glossary")
    header_icon = "doc-full-inverse"

    def dispatch(self, request, *args, translation_id=None, **kwargs):
        self.translation = translation_for(request.user, translation_id)
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return translation_subject(self.translation)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        terms = glossary.terms(self.translation.target_locale.language_code)
        rows = memory.suggestions(self.translation)
        for row in rows:
            row["flags"] = glossary.flags(row["source"], row["translation"], terms)
        try:
            target = self.translation.get_target_instance()
        except ObjectDoesNotExist:  # not created yet: no editor to link to
            target = None
        context.update(
            {
                "translation": self.translation,
                "rows": rows,
                "flagged": sum(1 for row in rows if row["flags"]),
                "suggested": sum(1 for row in rows if row["matches"]),
                "from_memory": sum(1 for row in rows if row["from_memory"]),
                "editor_url": _editor_url(target),
            }
        )
        return context


def _editor_url(target):
    if target is None:
        return ""
    if hasattr(target, "get_url_parts"):
        return reverse("wagtailadmin_pages:edit", args=(target.pk,))
    label = target._meta.label_lower.replace(".", "_")
    return reverse(f"wagtailsnippets_{label}:edit", args=(target.pk,))


@require_POST
def use_suggestion(request, translation_id, segment_id, entry_id):
    """Put a fuzzy match's translation into a segment, marked "from memory, to confirm" like an exact one."""
    translation = translation_for(request.user, translation_id)
    segment = get_object_or_404(
        StringSegment.objects.select_related("string", "context"), pk=segment_id, source=translation.source
    )
    entry = get_object_or_404(
        MemoryEntry,
        pk=entry_id,
        source_language=translation.source.locale.language_code,
        target_language=translation.target_locale.language_code,
    )
    with transaction.atomic():
        string_translation, _created = StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={
                "data": entry.target,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MACHINE,
                "tool_name": memory.memory_label(translation.target_locale.language_code),
                "last_translated_by": request.user,
                "has_error": False,
                "field_error": "",
            },
        )
        MemoryUse.objects.update_or_create(
            string_translation=string_translation, defaults={"entry": entry, "text": entry.target}
        )
    messages.success(
        request, _("The memory's translation was put in the segment: adapt it and confirm it in the editor.")
    )
    return redirect("editorial:assist", translation_id=translation.pk)
