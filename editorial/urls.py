from django.urls import path, register_converter

from editorial import glossary_views, memory_views, views


class FormatConverter:
    regex = "po|xliff"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(FormatConverter, "fmt")

urlpatterns = [
    path("translations/", views.CockpitView.as_view(), name="cockpit"),
    path("translations/results/", views.CockpitView.as_view(results_only=True), name="cockpit_results"),
    path("translations/<int:translation_id>/submit/", views.submit_translation, name="submit_translation"),
    path("translations/<int:translation_id>/export/<fmt:fmt>/", views.export_translation, name="export"),
    path("translations/<int:translation_id>/import/", views.ImportView.as_view(), name="import"),
    path("translations/<str:language>/export/<fmt:fmt>/", views.bulk_export, name="bulk_export"),
    path("translations/<str:language>/import/", views.BulkImportView.as_view(), name="bulk_import"),
    path("translations/<int:translation_id>/assist/", memory_views.AssistView.as_view(), name="assist"),
    path(
        "translations/<int:translation_id>/assist/<int:segment_id>/use/<int:entry_id>/",
        memory_views.use_suggestion,
        name="use_suggestion",
    ),
    path("translations/<int:translation_id>/glossary/", glossary_views.flags, name="glossary_flags"),
    path("memory/", memory_views.MemoryView.as_view(), name="memory"),
    path("memory/<str:language>/export.tmx", memory_views.export_tmx, name="memory_export"),
    path("memory/<str:language>/import/", memory_views.ImportTMXView.as_view(), name="memory_import"),
]
