"""Each rule an editor can break on a seminar is refused with a message in the editor's language."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from agenda.models import SeminarPage
from tests.factories import brussels, future_day, make_venue

# A day of March some years ahead: its session runs from 9:30 to 12:00.
YEAR = future_day(3, 10).year


def seminar(**fields):
    values = {
        "title": "Sécuriser le Wi-Fi du magasin",
        "slug": "wifi",
        "start": brussels(YEAR, 3, 10, 9, 30),
        "end": brussels(YEAR, 3, 10, 12),
        "online_link": "https://meet.example.be/wifi",
    }
    values.update(fields)
    return SeminarPage(**values)


def errors_of(page, language="fr"):
    with translation.override(language):
        with pytest.raises(ValidationError) as excinfo:
            page.clean()
        return {field: [str(m) for m in messages] for field, messages in excinfo.value.message_dict.items()}


def test_a_valid_seminar_passes(db):
    seminar().clean()


@pytest.mark.parametrize(
    ("end", "language", "message"),
    [
        (brussels(YEAR, 3, 10, 9, 0), "fr", "La séance doit se terminer après son début."),
        (brussels(YEAR, 3, 10, 9, 30), "nl", "De sessie moet eindigen nadat ze begonnen is."),
        (brussels(YEAR, 3, 9, 12), "de", "Die Veranstaltung muss nach ihrem Beginn enden."),
    ],
)
def test_end_must_come_after_start(db, end, language, message):
    assert errors_of(seminar(end=end), language) == {"end": [message]}


def test_registration_deadline_must_be_before_the_start(db):
    late = seminar(registration_deadline=brussels(YEAR, 3, 10, 10))
    assert errors_of(late) == {
        "registration_deadline": ["La date limite d'inscription doit précéder le début de la séance."]
    }
    seminar(registration_deadline=brussels(YEAR, 3, 10, 9, 29)).clean()


def test_a_venue_or_an_online_link_is_required(db):
    assert errors_of(seminar(online_link=""), "nl") == {"venue": ["Kies een locatie of geef een onlinelink op."]}
    seminar(online_link="", venue=make_venue()).clean()
