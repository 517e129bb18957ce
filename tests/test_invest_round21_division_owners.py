"""invest, "Y, a division/arm of X" (round 21, mended): X owns Y only when both are firms. A
league's "top division" ranks it, an army's or a party's "arm" and a ministry's division are no
holdings, and an office inside a firm ("the Risk Office, a new division of Marlow Bank") is no
firm it holds. Every name is invented (football, armies, politics, police, banking, food, software,
drugs)."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text", [
    # a league's rank, no holding
    "The Halden Premier League, the top division of the Halden Football Association, starts in "
    "August.",
    "The Corvid Cup, the second division of the Varnel Rugby Union, ended in May.",
    # an army's unit, a movement's or party's arm, a ministry's division
    "The Third Armoured Division, an arm of the Norland Army, crossed the border.",
    "The Varnel Guard, the armed wing and enforcement arm of the Corvid Movement, claimed the "
    "attack.",
    "Hartwell Research, the research arm of the Halden Party, published the poll.",
    "Halden Police, a division of the Norland Interior Ministry, arrested the Vessa Petroleum "
    "staff.",
    # an office inside a firm
    "The Risk Office, a new division of Marlow Bank, will monitor traders.",
    "The Pricing Desk, a division of Tarvik Insurance, set new rates.",
])
def test_no_holding_between_non_firms_or_of_an_office(nlp, text):
    assert not of_kind(nlp, text, "invest")


@pytest.mark.parametrize("text, pair", [
    ("Pellam Foods, a division of Marsten Holdings, will close a plant.",
     ("Marsten Holdings", "Pellam Foods")),
    ("Tarvik Software, an arm of Quorra Systems, opened an office.",
     ("Quorra Systems", "Tarvik Software")),
    ("Corvex Labs, a division of Halden Chemicals, makes coatings.",
     ("Halden Chemicals", "Corvex Labs")),
    ("Brenna Therapeutics, the drug arm of Liffan Group, won approval.",
     ("Liffan Group", "Brenna Therapeutics")),
])
def test_a_firms_division_is_still_held(nlp, text, pair):
    assert pair in of_kind(nlp, text, "invest")
