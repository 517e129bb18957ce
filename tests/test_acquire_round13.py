"""acquire (round 13): "called for X to hold a vote on the bid": the bid is not the caller's.
Sentences written for these tests (invented organizations, several industries)."""
from __future__ import annotations

import pytest

from extracted import of_kind

# -- "V for X to VP": X, not the subject of V, acts in the infinitive ------------------------


@pytest.mark.parametrize("text, bidder, target, caller", [
    ("Norland has asked for Brisk Pharma to hold a meeting to discuss the takeover of Hollin Labs.",
     "Brisk Pharma", "Hollin Labs", "Norland"),
    ("Pellam has asked for Quarto Mining to hold a meeting to discuss the takeover of Stellan "
     "Copper.", "Quarto Mining", "Stellan Copper", "Pellam"),
    ("Harlow Capital has called for Brontex Foods to hold a vote on the offer for Calderon Mills.",
     "Brontex Foods", "Calderon Mills", "Harlow Capital"),
])
def test_the_for_object_acts_in_the_infinitive(nlp, text, bidder, target, caller):
    found = of_kind(nlp, text, "acquire")
    assert (bidder, target) in found, found
    assert (caller, target) not in found, found


@pytest.mark.parametrize("text, buyer, target", [
    ("Brontex Foods agreed to buy Calderon Mills for $2bn to expand its bakery business.",
     "Brontex Foods", "Calderon Mills"),
    ("Ardent Telecom bought Lumo Networks last year to secure its supply of fibre.",
     "Ardent Telecom", "Lumo Networks"),
])
def test_a_purpose_clause_keeps_its_subject(nlp, text, buyer, target):
    assert (buyer, target) in of_kind(nlp, text, "acquire")
