"""Venture arms, round 15: "B, the venture capital arm of A" and "A's investment arm, B" give
invest(A, B) (a new noun rule, appended); an unnamed "A's venture arm" that invests stands for
A; a round's default investee is neither the investor nor its owner; and a bracketed acronym
after a name is the longest name the text ends with ("Kestrel Land Motors (KLM)" beside a later
"Land Motors" is KLM's full name).

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,facts", [
    # carmaking, banking
    ("The deal was done through Orin Ventures, the venture capital arm of Kestrel Motors.",
     {("Kestrel Motors", "Orin Ventures")}),
    ("Harlow Bank's investment arm, Verity Capital, has a stake in Quillo.",
     {("Harlow Bank", "Verity Capital"), ("Verity Capital", "Quillo")}),
    # an unnamed arm: energy, retail
    ("Quillo is backed by Solvane Energy's venture capital arm.", {("Solvane Energy", "Quillo")}),
    ("Brightwater Foods' investment arm bought a 10% stake in Tavi Brewing.",
     {("Brightwater Foods", "Tavi Brewing")}),
    # the round's company, not the lead's owner
    ("Vantorq Inc raised $5 million. Drummond Group's venture arm, Kelso Ventures, led the round.",
     {("Drummond Group", "Kelso Ventures"), ("Kelso Ventures", "Vantorq")}),
    # the acronym's full name
    ("British carmaker Kestrel Land Motors (KLM) invested $25 million in Lyra. The deal was done "
     "through Orin Ventures, the venture capital arm of KLM. It will supply Kestrel and Land "
     "Motors cars.", {("Kestrel Land Motors", "Lyra"), ("Kestrel Land Motors", "Orin Ventures")}),
])
def test_venture_arms(nlp, text, facts):
    assert facts <= set(of_kind(nlp, text, "invest"))


@pytest.mark.parametrize("text,wrong", [
    ("Drummond Group's venture arm, Kelso Ventures, led the round.", ("Kelso Ventures", "Drummond Group")),
    ("Orsa Motors' financial services arm lent $5 million to Quillo.", ("Orsa Motors", "Quillo")),
    ("Orsa Motors' arm invested in Quillo.", ("Orsa Motors", "Quillo")),
    ("The boxer's right arm was broken at Quillo Arena.", ("Quillo Arena", "Quillo")),
])
def test_no_venture_arm(nlp, text, wrong):
    assert wrong not in of_kind(nlp, text, "invest")
