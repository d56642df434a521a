from django.urls import path, register_converter

from editorial import views


class FormatConverter:
    regex = "po|xliff"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(FormatConverter, "fmt")

urlpatterns = [
    path("translations/", views.CockpitView.as_view(), name="cockpit"),
    path("translations/<int:translation_id>/submit/", views.submit_translation, name="submit_translation"),
    path("translations/<int:translation_id>/export/<fmt:fmt>/", views.export_translation, name="export"),
    path("translations/<int:translation_id>/import/", views.ImportView.as_view(), name="import"),
    path("translations/<str:language>/export/<fmt:fmt>/", views.bulk_export, name="bulk_export"),
    path("translations/<str:language>/import/", views.BulkImportView.as_view(), name="bulk_import"),
]
