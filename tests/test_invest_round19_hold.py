"""invest (round 19): "hold" gives a stake only when what is held is one ("holds a 33% stake in
X", "holds 5% of X", "holds a majority in X"); money or goods kept at a bank or a library are
held in a place, not in a company ("the gold it held in the X vault", "the cash it held in X
deposits", "books held in the X Library"). Every name is invented (mining, banking, food)."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, pair", [
    ("Vantor Group already holds a 33% stake in Initech Ltd, which runs three mines.",
     ("Vantor Group", "Initech")),
    ("Helios Capital holds 5% of Marlow Bank.", ("Helios Capital", "Marlow Bank")),
    ("Norland Mills holds a majority in Kestrel Foods.", ("Norland Mills", "Kestrel Foods")),
])
def test_a_held_stake_is_an_investment(nlp, text, pair):
    assert pair in of_kind(nlp, text, "invest")


@pytest.mark.parametrize("text, pair", [
    ("Globex Corp said the gold it held in the Marlow Bank vault was safe.",
     ("Globex", "Marlow Bank")),
    ("The dairy group Norland Mills kept the cash it held in Kestrel Bank deposits for a year.",
     ("Norland Mills", "Kestrel Bank")),
])
def test_money_or_goods_held_at_a_firm_are_no_stake(nlp, text, pair):
    assert pair not in of_kind(nlp, text, "invest")
