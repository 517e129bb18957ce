"""invest (round 21): "Y, a division of X", "Y is an arm of X" say X owns Y (ANNOTATION.md:
owning a unit is invest(X, Y)), like "a unit/subsidiary of X" already did. An arm that is
military or political ("the military arm of a movement") is no holding, and a division or arm
with no second firm named ("the division of infectious diseases at X", "an arm of government",
"bought the mobile division of X") gives nothing. "X's research division, Y" is left alone: with
a possessor the noun mostly names an in-house team, not a firm X holds. Every name is invented
(banking, groceries, music, drugs, hospitals, software)."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, pair", [
    ("Brightwave Capital is a division of Marlow Bank.", ("Marlow Bank", "Brightwave Capital")),
    ("Tarsen Foods, the grocery arm of Nordel Retail, said sales rose.",
     ("Nordel Retail", "Tarsen Foods")),
    ("Marsten Records is an arm of the Liffan Music Group.",
     ("Liffan Music Group", "Marsten Records")),
    ("Nurses praised Pellwood Health, a division of Brightwave Medical Center.",
     ("Brightwave Medical Center", "Pellwood Health")),
])
def test_a_division_or_arm_of_a_named_firm_is_owned_by_it(nlp, text, pair):
    assert pair in of_kind(nlp, text, "invest")


@pytest.mark.parametrize("text", [
    "The Brenna Brigade, the military arm of the Tamsin Front, claimed the attack.",
    "Varnel Party, the political arm of the Corvid Movement, won seats.",
    "She was director of the division of infectious diseases at Halden University.",
    "Tarsen Foods bought the mobile division of Nordel Electronics.",
    "Pellwood Pier is an arm of government, Brightwave Council said.",
    # with a possessor the word mostly names an in-house team ("its AI division, Lumen")
    "Lumen Lab, Halden Software's research division, released a model.",
])
def test_no_holding_from_a_military_arm_or_an_unnamed_division(nlp, text):
    assert not of_kind(nlp, text, "invest")


def test_a_former_division_is_an_ended_holding(nlp):
    facts = of_kind(nlp, "Corvex Labs, a former division of Halden Chemicals, was sold last year.",
                    "invest")
    assert facts.get(("Halden Chemicals", "Corvex Labs")) == "negated"
