"""The exclusivity rule: an exclusive contract and any other contract of its category never overlap."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from core.translation import save_translation, translated_copy
from sponsors.models import Sponsor
from tests.factories import SponsorFactory

IT = Sponsor.Category.SOFTWARE_IT
D = datetime.date

# The existing contract runs from 1 March to 30 June 2026 (both days included).
EXISTING = (D(2026, 3, 1), D(2026, 6, 30))
OVERLAPPING = {
    "contained": (D(2026, 4, 1), D(2026, 4, 30)),
    "covering": (D(2026, 1, 1), D(2026, 12, 31)),
    "partial at the start": (D(2026, 2, 1), D(2026, 3, 15)),
    "partial at the end": (D(2026, 6, 15), D(2026, 7, 31)),
    "ends the day the other starts": (D(2026, 1, 1), D(2026, 3, 1)),
    "starts the day the other ends": (D(2026, 6, 30), D(2026, 9, 30)),
    "same dates": EXISTING,
}
NOT_OVERLAPPING = {
    "ends the day before": (D(2026, 1, 1), D(2026, 2, 28)),
    "starts the day after": (D(2026, 7, 1), D(2026, 12, 31)),
    "another year": (D(2027, 3, 1), D(2027, 6, 30)),
}


def candidate(start, end, **fields):
    fields = {"category": IT, "exclusive": False, **fields}
    return SponsorFactory.build(name="Candidat", contract_start=start, contract_end=end, **fields)


def error_of(sponsor):
    with pytest.raises(ValidationError) as caught:
        sponsor.full_clean()
    return " ".join(caught.value.messages)


@pytest.fixture
def exclusive_it(languages):
    return SponsorFactory(name="Nuvalis", category=IT, exclusive=True, contract_start=EXISTING[0],
                          contract_end=EXISTING[1])  # fmt: skip


@pytest.fixture
def plain_it(languages):
    return SponsorFactory(name="Logiwal", category=IT, exclusive=False, contract_start=EXISTING[0],
                          contract_end=EXISTING[1])  # fmt: skip


@pytest.mark.parametrize("dates", OVERLAPPING.values(), ids=OVERLAPPING.keys())
def test_no_contract_in_the_category_overlaps_an_exclusive_one(exclusive_it, dates):
    with translation.override("fr"):
        message = error_of(candidate(*dates))
    assert "Nuvalis" in message
    assert "1 mars 2026" in message and "30 juin 2026" in message


@pytest.mark.parametrize("dates", OVERLAPPING.values(), ids=OVERLAPPING.keys())
def test_an_exclusive_contract_is_refused_over_an_existing_one(plain_it, dates):
    with translation.override("fr"):
        message = error_of(candidate(*dates, exclusive=True))
    assert "Logiwal" in message and "1 mars 2026" in message


@pytest.mark.parametrize("dates", NOT_OVERLAPPING.values(), ids=NOT_OVERLAPPING.keys())
def test_contracts_outside_the_exclusive_period_are_accepted(exclusive_it, plain_it, dates):
    candidate(*dates).full_clean()
    candidate(*dates, exclusive=True).full_clean()


def test_an_exclusive_contract_conflicts_with_another_exclusive_one(exclusive_it):
    assert "Nuvalis" in error_of(candidate(*OVERLAPPING["contained"], exclusive=True))


def test_non_exclusive_contracts_may_overlap(plain_it):
    candidate(*OVERLAPPING["contained"]).full_clean()


def test_hardware_is_not_blocked_by_the_exclusive_it_sponsor(exclusive_it):
    candidate(*EXISTING, category=Sponsor.Category.HARDWARE).full_clean()
    candidate(*EXISTING, category=Sponsor.Category.HARDWARE, exclusive=True).full_clean()


def test_an_exclusive_hardware_sponsor_blocks_hardware_only(languages):
    SponsorFactory(name="Hesbatech", category=Sponsor.Category.HARDWARE, exclusive=True,
                   contract_start=EXISTING[0], contract_end=EXISTING[1])  # fmt: skip
    assert "Hesbatech" in error_of(candidate(*EXISTING, category=Sponsor.Category.HARDWARE))
    candidate(*EXISTING, category=IT, exclusive=True).full_clean()


def test_other_categories_are_independent(exclusive_it):
    candidate(*EXISTING, category=Sponsor.Category.TELECOM, exclusive=True).full_clean()


def test_a_sponsor_does_not_conflict_with_itself_when_edited(exclusive_it):
    exclusive_it.contract_end = D(2026, 8, 31)
    exclusive_it.description = "Contrat prolongé"
    exclusive_it.full_clean()


def test_translations_share_the_contract_and_do_not_conflict(exclusive_it, languages):
    dutch = save_translation(exclusive_it, languages["nl"], translated_copy(exclusive_it, description="Software"))
    assert (dutch.exclusive, dutch.contract_start, dutch.translation_key) == (
        True, EXISTING[0], exclusive_it.translation_key,
    )  # fmt: skip
    dutch.full_clean()
    exclusive_it.refresh_from_db()
    exclusive_it.full_clean()
    # Another sponsor conflicts once with it, whatever the number of languages.
    assert error_of(candidate(*EXISTING)).count("Nuvalis") == 1


def test_the_translation_of_a_conflicting_sponsor_is_refused_too(exclusive_it, languages):
    other = SponsorFactory(name="Autre", category=IT, contract_start=D(2027, 1, 1), contract_end=D(2027, 12, 31))
    other_nl = save_translation(other, languages["nl"], translated_copy(other, description="Andere"))
    other_nl.contract_start = D(2026, 5, 1)
    assert "Nuvalis" in error_of(other_nl)


def test_the_contract_cannot_end_before_it_starts(languages):
    sponsor = candidate(D(2026, 5, 1), D(2026, 4, 30), category=Sponsor.Category.OTHER)
    with pytest.raises(ValidationError) as caught:
        sponsor.full_clean()
    assert "contract_end" in caught.value.message_dict
    candidate(D(2026, 5, 1), D(2026, 5, 1), category=Sponsor.Category.OTHER).full_clean()


@pytest.mark.parametrize(
    "language, expected",
    [
        ("fr", ["Nuvalis", "exclusif", "1 mars 2026", "30 juin 2026"]),
        ("nl", ["Nuvalis", "exclusief", "1 maart 2026", "30 juni 2026"]),
        ("de", ["Nuvalis", "Exklusiv", "1. März 2026", "30. Juni 2026"]),
    ],
)
def test_the_message_speaks_the_editors_language(exclusive_it, language, expected):
    with translation.override(language):
        message = error_of(candidate(*EXISTING))
    for fragment in expected:
        assert fragment in message
