"""A bare "House" or "Senate" in a story about a state's legislature (the text names the "Ohio
House" or the "General Assembly" and never Congress) is that state's chamber, which the name
alone cannot tell from the U.S. House: its employ facts are left out (the audits had a state
House leader stored as a leader of the U.S. House, with which resolution merges every "House").

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind

ROLE = ("\n\nThe House will vote on the budget on Tuesday.\n\nAnd on Friday, Republican House "
        "Leader Tom Reed urged GOP legislators to abide by those rules.")


@pytest.mark.parametrize("opening", [
    # a state budget, a state's school law
    "Illinois lawmakers will return to Springfield next week, when the Illinois House and the "
    "General Assembly meet again.",
    "Ohio lawmakers will take up the school bill next week, when the state Senate and the Ohio "
    "House meet in Columbus.",
])
def test_a_state_chamber_is_no_us_house(nlp, opening):
    assert ("House", "Tom Reed") not in of_kind(nlp, opening + ROLE, "employ")


@pytest.mark.parametrize("opening", [
    # Congress named: the U.S. House
    "Congress will return to Washington next week, and the Illinois House meets in Springfield.",
    # no state chamber named at all
    "Lawmakers will return to Washington next week to take up the relief bill.",
])
def test_the_us_house_keeps_its_leaders(nlp, opening):
    assert ("House", "Tom Reed") in of_kind(nlp, opening + ROLE, "employ")


@pytest.mark.parametrize("opening", [
    # a state's "House of Representatives" is no Congress
    "Texas lawmakers return to Austin next week, when the Texas House of Representatives meets "
    "again.",
    # a state's Senate and House, no Congress
    "Lawmakers in the Ohio Senate will take up the school bill; the Ohio House meets too.",
])
def test_a_state_house_of_representatives_is_no_us_house(nlp, opening):
    assert ("House", "Tom Reed") not in of_kind(nlp, opening + ROLE, "employ")


@pytest.mark.parametrize("opening", [
    # the UN's General Assembly is no state's legislature
    "Diplomats gathered in New York for the UN General Assembly this week.",
    "Diplomats gathered in New York for the United Nations General Assembly this week.",
    # the federal Senate spelt out names Congress
    "Lawmakers in the United States Senate will take up the bill; the Ohio House meets too.",
])
def test_un_assembly_or_us_senate_keeps_the_us_house(nlp, opening):
    assert ("House", "Tom Reed") in of_kind(nlp, opening + ROLE, "employ")
