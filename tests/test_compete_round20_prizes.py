"""compete (round 20): names vying for one prize or award are nominees, not rivals in a market
("A, B and C are vying for the best film prize", "competing in the best album award", "will
compete with B for the Golden X trophy"); firms vying for customers, contracts, advertisers or
the title of market leader stay rivals. Every name is invented (film, cars, publishing, music,
aviation)."""
from __future__ import annotations

import pytest

from extracted import of_kind


def _pairs(nlp, text):
    return {tuple(sorted(p)) for p in of_kind(nlp, text, "compete")}


@pytest.mark.parametrize("text, pair", [
    ("Brisk Motors and Tollan Cars are vying for customers in Europe.",
     ("Brisk Motors", "Tollan Cars")),
    ("Quill Media will compete with Arden Press for advertisers.", ("Arden Press", "Quill Media")),
    ("Brisk Motors is vying with Tollan Cars for the title of leading premium carmaker.",
     ("Brisk Motors", "Tollan Cars")),
    ("Skyward Air is vying with Polar Jet Airlines for passengers.",
     ("Polar Jet Airlines", "Skyward Air")),
    ("Harlow Records is vying with Vesper Music for new listeners.",
     ("Harlow Records", "Vesper Music")),
])
def test_rivals_for_a_market_compete(nlp, text, pair):
    assert pair in _pairs(nlp, text)


@pytest.mark.parametrize("text", [
    "Vantor Films' The Long Road, Halcyon Pictures' Blue Hour and Redwater are all vying for the "
    "best picture award.",
    "Brisk Motors and Tollan Cars are vying for the Golden Wheel award at the motor show.",
    "Quill Media will compete with Arden Press for the Golden Quill prize.",
    "Harlow Records and Vesper Music are competing in the best label award this year.",
    "Brisk Motors and Tollan Cars are vying for the car of the year award.",
])
def test_nominees_for_a_prize_do_not_compete(nlp, text):
    assert not _pairs(nlp, text)


def test_a_race_for_a_nomination_as_bidder_is_still_rivalry(nlp):
    text = ("Brisk Motors and Tollan Cars are competing for the nomination as preferred bidder "
            "for the Navy contract.")
    assert ("Brisk Motors", "Tollan Cars") in _pairs(nlp, text)
