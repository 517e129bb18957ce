"""invest (round 19): "hold" gives a stake only when what is held is one ("holds a 33% stake in
X", "holds 5% of X", "holds a majority in X"); money or goods kept at a bank or a library are
held in a place, not in a company ("the gold it held in the X vault", "the cash it held in X
deposits", "books held in the X Library"). In a relative clause what is held is the noun the
clause hangs on ("the 12% stake it holds in X" is a stake, "the cash it held in X" is not), and
a named firm held outright is a stake too ("holds X through a trust"). Every name is invented
(mining, banking, food, shipping, investment)."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, pair", [
    ("Vantor Group already holds a 33% stake in Initech Ltd, which runs three mines.",
     ("Vantor Group", "Initech")),
    ("Helios Capital holds 5% of Marlow Bank.", ("Helios Capital", "Marlow Bank")),
    ("Norland Mills holds a majority in Kestrel Foods.", ("Norland Mills", "Kestrel Foods")),
    ("Harwick Group said the 12% stake it holds in Pellan Systems is up for sale.",
     ("Harwick Group", "Pellan Systems")),
    ("Tamsin Shipping said the stake it holds in Corvel Ports would be sold next year.",
     ("Tamsin Shipping", "Corvel Ports")),
    ("Dorvale Partners is selling the shares it held in Quillon Foods since 2015.",
     ("Dorvale Partners", "Quillon Foods")),
    ("Marsten Holdings holds Ferrow Labs through a family trust.",
     ("Marsten Holdings", "Ferrow Labs")),
])
def test_a_held_stake_is_an_investment(nlp, text, pair):
    assert pair in of_kind(nlp, text, "invest")


@pytest.mark.parametrize("text, pair", [
    ("Globex Corp said the gold it held in the Marlow Bank vault was safe.",
     ("Globex", "Marlow Bank")),
    ("The dairy group Norland Mills kept the cash it held in Kestrel Bank deposits for a year.",
     ("Norland Mills", "Kestrel Bank")),
    ("Brenwood Energy said the talks it held with Ostrava Power went well.",
     ("Brenwood Energy", "Ostrava Power")),
    ("Harwick Group holds talks in Pellan Systems offices every week.",
     ("Harwick Group", "Pellan Systems")),
])
def test_money_or_goods_held_at_a_firm_are_no_stake(nlp, text, pair):
    assert pair not in of_kind(nlp, text, "invest")
