"""Guides and seminars recommended for the themes of the visitor's priorities.

The guides and agenda apps sit beside this one; they are reached through the
app registry, so the diagnostic works (recommending nothing) when one of them
is not installed.
"""

import math

from django.apps import apps
from django.utils import timezone
from wagtail.models import Locale

from diagnostic.profile import CITIES, province_position

LIMIT = 3


def _model(label):
    try:
        return apps.get_model(label)
    except LookupError:
        return None


def _on_themes(label, theme_slugs, language):
    """The live public pages of the model in the language on any of the themes (None: the model is not
    installed, no theme or no such locale)."""
    model = _model(label)
    locale = Locale.objects.filter(language_code=language).first()
    if model is None or not theme_slugs or locale is None:
        return None
    return model.objects.live().public().filter(locale=locale, themes__slug__in=theme_slugs).distinct()


def guides(theme_slugs, language, limit=LIMIT):
    """Live guides in the visitor's language on any of the themes, most themes in common first."""
    pages = _on_themes("guides.GuidePage", theme_slugs, language)
    if pages is None:
        return []
    pages = pages.order_by("-first_published_at")[:limit]
    return [{"id": page.pk, "title": page.title, "url": page.get_url()} for page in pages]


def _position(seminar):
    """The venue's coordinates, or its city's when the venue has none; None online."""
    venue = seminar.venue
    if venue is not None and venue.latitude is not None and venue.longitude is not None:
        return float(venue.latitude), float(venue.longitude)
    return CITIES.get(_city(seminar).strip().lower())


def _distance(origin, seminar):
    where = _position(seminar)
    if where is None:
        return math.inf
    # Equirectangular approximation: plenty for ordering Walloon cities.
    x = math.radians(where[1] - origin[1]) * math.cos(math.radians((where[0] + origin[0]) / 2))
    y = math.radians(where[0] - origin[0])
    return 6371 * math.hypot(x, y)


def _city(seminar):
    """The city of the seminar's venue ("" online)."""
    return seminar.venue.city if seminar.venue is not None else ""


def seminars(theme_slugs, language, province="", limit=LIMIT):
    """The next live seminars on the themes; nearest city first when the province is known."""
    queryset = _on_themes("agenda.SeminarPage", theme_slugs, language)
    if queryset is None:
        return []
    queryset = queryset.filter(start__gte=timezone.now()).select_related("venue").order_by("start")
    upcoming = list(queryset[: limit * 5])
    origin = province_position(province)
    if origin:
        upcoming.sort(key=lambda seminar: (_distance(origin, seminar), seminar.start))
    return [
        {"id": s.pk, "title": s.title, "url": s.get_url(), "start": s.start.isoformat(), "city": _city(s)}
        for s in upcoming[:limit]
    ]
