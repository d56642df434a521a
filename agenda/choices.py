"""The kinds, statuses and spoken languages of a seminar (``SeminarPage.Kind``, ``.Status``, ``.SpokenLanguage``).

Their own module, below the models: the filters (``agenda/filters.py``) and the structured data
(``agenda/seo.py``) use them without importing the page models that use those modules.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    INFORMATION = "information-session", _("Information session")
    THEMATIC = "thematic-seminar", _("Thematic seminar")
    SECTOR = "sector-seminar", _("Sector seminar")
    COLLECTIVE_ADVICE = "collective-advice", _("Collective advice")
    INDIVIDUAL_ADVICE = "individual-advice", _("Individual advice slot")


class Status(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled")
    CANCELLED = "cancelled", _("Cancelled")
    POSTPONED = "postponed", _("Postponed")


class SpokenLanguage(models.TextChoices):
    FR = "fr", _("French")
    NL = "nl", _("Dutch")
    DE = "de", _("German")
    EN = "en", _("English")
