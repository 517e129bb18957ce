"""Sue, round 27: an enforcer's accusation is its case whatever the wrong is called ("the
Authority accused X of abusing its dominance"); a firm's accusation still needs a legal wrong
or a filing in the sentence. Sentences and names invented."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, mood", [
    ("The Competition Authority accused Orvane Shipping of abusing its dominance.", "asserted"),
    ("The Competition Authority accused Orvane Shipping of failing to protect customers.",
     "asserted"),
    ("Orvane Shipping was accused by the Competition Authority of abusing its dominance.",
     "asserted"),
    ("The Competition Authority has not accused Orvane Shipping of abusing its dominance.",
     "negated"),
])
def test_an_enforcers_accusation_is_its_case(nlp, text, mood):
    assert of_kind(nlp, text, "sue").get(("Competition Authority", "Orvane Shipping")) == mood


@pytest.mark.parametrize("text", [
    "Kestrel Foods accused Orvane Shipping of abusing its dominance.",
    "The Halden Police accused Orvane Shipping of ignoring warnings.",
    "Ann Lee, head of the Competition Authority, accused Orvane Shipping of arrogance.",
])
def test_others_need_a_legal_wrong(nlp, text):
    assert of_kind(nlp, text, "sue") == {}
