"""sue is a lawsuit, a complaint or a regulator's action: a prosecution for a crime ("charged
Ann Lee with murder", "indicted on assault charges") is none, while a charge of fraud or of a
breach still is (sentences and names invented for these tests)."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text", [
    "In April, Dana Holt announced she had charged Victor Crane with another sex crime in "
    "Marlow County.",
    "District Attorney Dana Holt charged Victor Crane with murder on Tuesday.",
    "Prosecutor Ann Lee indicted Bo Park on assault charges last week.",
])
def test_a_criminal_charge_is_no_suit(nlp, text):
    assert of_kind(nlp, text, "sue") == {}


@pytest.mark.parametrize("text, head, tail", [
    ("The Marlow Securities Commission charged Globex Capital with fraud on Monday.",
     "Marlow Securities Commission", "Globex Capital"),
    ("The Federal Trade Commission charged Tarvik Foods with deceptive advertising.",
     "Federal Trade Commission", "Tarvik Foods"),
])
def test_a_regulators_charge_is_still_a_suit(nlp, text, head, tail):
    assert (head, tail) in of_kind(nlp, text, "sue")
