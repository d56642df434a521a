from django.urls import path

from editorial import views

urlpatterns = [
    path("translations/<int:translation_id>/submit/", views.submit_translation, name="submit_translation"),
]
