"""This product's URLs plus the floor: the cheapest answer its process gives (no database, no template)."""

from django.http import HttpResponse
from django.urls import path

from cms.urls import handler400  # noqa: F401 (Django reads handler400 here)
from cms.urls import urlpatterns as product_urlpatterns


def floor(request):
    return HttpResponse(b"ok", content_type="text/plain")


urlpatterns = [path("bench/floor", floor, name="bench-floor"), *product_urlpatterns]
