from django.urls import path

from feedback import views

# Included in the site's language prefixes (/fr/report/…, /nl/report/…, /de/report/…).
urlpatterns = [
    path("report/<int:page_id>/", views.submit, name="report"),
    path("report/<int:page_id>/thanks/", views.thanks, name="report_thanks"),
]
