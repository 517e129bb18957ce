"""Units, arms and divisions, round 14: "X, the research arm of Y", "X, a division of Y",
"Y's venture arm X" and "Y's self-driving unit X" (the unit's name after the noun), "its X
unit", "Y's X subsidiary", "the X unit of Y" (the name compounded with the noun) give
invest(Y, X), as the annotation guide's owner convention says. A place ("its North America
arm"), an unnamed unit ("the cyber division of the agency") and a body part give nothing.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,fact", [
    # retail, venture capital
    ("Brightwater Foods, the British supermarket arm of Pellam Group, said sales rose.",
     ("Pellam Group", "Brightwater Foods")),
    ("The deal was done through Kestrel Ventures, the venture capital arm of Corvin Motors.",
     ("Corvin Motors", "Kestrel Ventures")),
    # games, pharmaceuticals
    ("Quillon Mobile is a division of Quillon Studios, the games publisher.",
     ("Quillon Studios", "Quillon Mobile")),
    ("They partnered with Velmira Labs, a division of Baxter Group.", ("Baxter Group", "Velmira Labs")),
    # carmaking, airlines, oil
    ("Ulmen Industries' self-driving unit Arlo Robotics hired an engineer.",
     ("Ulmen Industries", "Arlo Robotics")),
    ("Regulators will investigate Delmar Air's Skylane subsidiary after the delays.",
     ("Delmar Air", "Skylane")),
    ("The bank lent money to buy the key Nordvik Oil unit of oil group Halvard Energy.",
     ("Halvard Energy", "Nordvik Oil")),
])
def test_unit_of_an_owner(nlp, text, fact):
    assert fact in of_kind(nlp, text, "invest")


@pytest.mark.parametrize("text", [
    "Pellam Group said its North America arm would cut jobs.",
    "Ulmen Industries' Texas unit filed for bankruptcy.",
    "Ann Lee works in the cyber division of the Department of Energy.",
    "Ann Lee arrived on the arm of her husband, who owns Brightwater Foods.",
    "The Asia division of Pellam Group grew fast.",
])
def test_no_named_unit(nlp, text):
    assert not of_kind(nlp, text, "invest")
