"""A skipped word whose name runs on, round 23 (issue 9): a capitalised word the tagger
skipped, followed by a preposition hung on it and a capitalised word that is no place,
person, firm or date ("the Hearts on the Ice campaign"), opens a longer name whose end is
unsure; taken alone it was stored as a party ("Hearts"), so it is not taken.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text", [
    "Ona Pell, co-founder of the Hearts on the Ice campaign, told the paper it was cold.",
    "Ada Vale and Ona Pell, co-founders of the Hearts on the Ice polar education campaign, "
    "told the paper it was cold.",
])
def test_a_first_word_of_a_longer_name_is_no_party(nlp, text):
    found = of_kind(nlp, text, "employ")
    assert not any(head == "Hearts" for head, _ in found), found


@pytest.mark.parametrize("text,employer,person", [
    # a firm before a date or before a place is still read
    ("Tom Brill, who joined Orvane in March, said sales rose.", "Orvane", "Tom Brill"),
    ("Tom Brill left Orvane for Quillfield last year.", "Orvane", "Tom Brill"),
])
def test_a_firm_before_a_date_or_place_is_kept(nlp, text, employer, person):
    assert (employer, person) in of_kind(nlp, text, "employ")
