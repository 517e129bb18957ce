"""employ and sue, round 10 part 2: an acronym spelling two names of the text binds to neither,
and a dotted acronym ("S.B.A.") is the name it spells (sentences and names invented)."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, wrong", [
    # politics: a committee and a convention share their initials
    ("At the Harbor Valley Convention in June the Harbor Valley Committee met. \"We will "
     "win,\" said Jane Hollis, a spokeswoman for the HVC.", "Harbor Valley Convention"),
    # trade: a council and a conference
    ("The Northgate Timber Council gathered at the Northgate Timber Conference. \"Prices are "
     "up,\" said Tom Reyes, a spokesman for the NTC.", "Northgate Timber Conference"),
])
def test_an_acronym_of_two_names_binds_to_neither(nlp, text, wrong):
    assert not any(head == wrong for head, _ in of_kind(nlp, text, "employ"))


@pytest.mark.parametrize("text, head, tail", [
    # lending: the public lender named in a quote is not "the company"
    ("Brightwell Bakery applied for a loan from the Small Business Administration last spring. "
     "\"We are still waiting to hear from the S.B.A.,\" said Maria Lopez, a spokeswoman for the "
     "company.", "Brightwell Bakery", "Maria Lopez"),
    # farming: a farm credit agency
    ("Orrin Dairy asked the Rural Credit Agency for help in March. \"The R.C.A. has not "
     "answered,\" said Paul Stone, a spokesman for the company.", "Orrin Dairy", "Paul Stone"),
])
def test_a_dotted_acronym_is_the_body_it_spells(nlp, text, head, tail):
    found = of_kind(nlp, text, "employ")
    assert (head, tail) in found
    assert all(h == head for h, _ in found)
