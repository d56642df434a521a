"""The agenda's filters, shared by the agenda page, the API and the iCalendar feed.

Query parameters: ``city``, ``theme`` and ``sector`` (stable slugs), ``kind``,
``spoken_language``, ``month`` (YYYY-MM), ``from`` and ``to`` (YYYY-MM-DD,
on the start date). Unknown values are refused with a message in the
visitor's language rather than silently ignored.
"""

from django import forms
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from agenda.choices import Kind, SpokenLanguage
from agenda.venues import Venue
from core.endpoints import Parameter
from taxonomy.models import Sector, Theme


class SeminarFilterForm(forms.Form):
    city = forms.ChoiceField(label=_("City"), required=False)
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    sector = forms.ChoiceField(label=_("Sector"), required=False)
    kind = forms.ChoiceField(label=_("Kind"), required=False, choices=[("", _("All"))] + Kind.choices)
    spoken_language = forms.ChoiceField(
        label=_("Spoken language"), required=False, choices=[("", _("All"))] + SpokenLanguage.choices
    )
    month = forms.DateField(
        label=_("Month"),
        required=False,
        input_formats=["%Y-%m"],
        widget=forms.DateInput(attrs={"type": "month"}, format="%Y-%m"),
        error_messages={"invalid": _("Give the month as YYYY-MM.")},
    )

    def __init__(self, data=None, *, locale=None, with_dates=False):
        super().__init__(data)
        locale = locale or Locale.get_active()
        everything = [("", _("All"))]
        # Addresses are synchronised: a city is spelt the same in every language.
        cities = Venue.objects.order_by("city").values_list("city", flat=True).distinct()
        self.fields["city"].choices = everything + [(city, city) for city in cities]
        self.fields["theme"].choices = everything + [(t.slug, t.name) for t in Theme.objects.in_locale(locale)]
        self.fields["sector"].choices = everything + [(s.slug, s.name) for s in Sector.objects.in_locale(locale)]
        if with_dates:
            self.fields["from"] = forms.DateField(label=_("From"), required=False)
            self.fields["to"] = forms.DateField(label=_("To"), required=False)

    def error_message(self):
        """The errors as one sentence: the API's 400 message."""
        return "; ".join(f"{name}: {' '.join(errors)}" for name, errors in self.errors.items())

    def apply(self, seminars):
        data = self.cleaned_data
        if data.get("city"):
            seminars = seminars.filter(venue__city__iexact=data["city"])
        if data.get("theme"):
            through = seminars.model.themes.through.objects.filter(
                seminarpage=OuterRef("pk"), theme__slug=data["theme"]
            )
            seminars = seminars.filter(Exists(through))
        if data.get("sector"):
            through = seminars.model.sectors.through.objects.filter(
                seminarpage=OuterRef("pk"), sector__slug=data["sector"]
            )
            seminars = seminars.filter(Exists(through))
        if data.get("kind"):
            seminars = seminars.filter(kind=data["kind"])
        if data.get("spoken_language"):
            seminars = seminars.filter(spoken_language=data["spoken_language"])
        if data.get("month"):
            seminars = seminars.filter(start__year=data["month"].year, start__month=data["month"].month)
        if data.get("from"):
            seminars = seminars.filter(start__date__gte=data["from"])
        if data.get("to"):
            seminars = seminars.filter(start__date__lte=data["to"])
        return seminars


# The API's description of the filters whose values do not depend on the content (the agenda endpoint and
# the iCalendar feed check them; city, theme and sector are slugs of the content, checked by the form).
FILTERS = [
    Parameter("kind", "Kind of session.", {"type": "string", "enum": list(Kind.values)}),
    Parameter("spoken_language", "Language spoken.", {"type": "string", "enum": list(SpokenLanguage.values)}),
    Parameter(
        "month",
        "Sessions starting in this month (YYYY-MM).",
        {"type": "string", "pattern": "^[1-9][0-9]{3}-(?:0[1-9]|1[0-2])$"},
        hint=_("a month (YYYY-MM)"),
    ),
    Parameter("from", "Sessions starting on or after this day.", {"type": "string", "format": "date"}),
    Parameter("to", "Sessions starting on or before this day.", {"type": "string", "format": "date"}),
    Parameter("past", "``true``: the archive of past sessions, most recent first."),
]
