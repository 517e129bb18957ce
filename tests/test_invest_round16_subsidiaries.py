"""Subsidiaries named by a compound, round 16 (two noun rules appended): "Halvard Group
subsidiary Brennan Foods", "Brennan Foods, a Halvard Group subsidiary" and "its subsidiary
Brennan Foods" (the parser hangs "its" on the name) give invest(parent, subsidiary); with a
possessor the compounded name is the subsidiary ("Halvard Group's Brennan Foods subsidiary");
"a subsidiary company of Halvard Group" reads as "a subsidiary of" (a third rule). Only
"subsidiary": "Y's X unit" and "X, a division of Y" stay out (the gold sets leave such units
out, round 14).

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,fact", [
    # food, carmaking, telecoms, airlines, software, mining
    ("Halvard Group subsidiary Brennan Foods said it would cut jobs.", ("Halvard Group", "Brennan Foods")),
    ("Other carmakers, most notably the Kestrel Motors subsidiary Lyra, grew fast in Europe.",
     ("Kestrel Motors", "Lyra")),
    ("Brennan Foods, a Halvard Group subsidiary, said it would cut jobs.", ("Halvard Group", "Brennan Foods")),
    ("Orsa Telecom said there were accounting errors at its US subsidiary Quillo Networks.",
     ("Orsa Telecom", "Quillo Networks")),
    ("Regulators will look at Tavi Airways' Comet Air subsidiary after the delays.",
     ("Tavi Airways", "Comet Air")),
    ("Kestrel Motors said its Brennan Foods subsidiary would cut jobs.", ("Kestrel Motors", "Brennan Foods")),
    ("Verity Software is a subsidiary company of Solvane Systems and has 300 staff.",
     ("Solvane Systems", "Verity Software")),
    ("Drummond Mining said its subsidiary Kelso Metals would open a mine.", ("Drummond Mining", "Kelso Metals")),
])
def test_subsidiary_compounds(nlp, text, fact):
    assert fact in of_kind(nlp, text, "invest")


@pytest.mark.parametrize("text,wrong", [
    # the subsidiary never owns its parent; a place or an unnamed owner owns nothing
    ("Halvard Group subsidiary Brennan Foods said it would cut jobs.", ("Brennan Foods", "Halvard Group")),
    ("Brennan Foods, a Halvard Group subsidiary, said it would cut jobs.", ("Brennan Foods", "Halvard Group")),
    ("Tavi Airways said its London subsidiary would cut jobs.", ("London", "Tavi Airways")),
    ("The subsidiary Kelso Metals said it would open a mine.", ("Kelso Metals", "Kelso Metals")),
    # units and divisions are left out
    ("Regulators will look at Tavi Airways' Comet Air unit after the delays.", ("Tavi Airways", "Comet Air")),
    ("Orsa Telecom said its Quillo Networks division would cut jobs.", ("Orsa Telecom", "Quillo Networks")),
])
def test_no_subsidiary(nlp, text, wrong):
    assert wrong not in of_kind(nlp, text, "invest")


def test_former_subsidiary_is_no_holding(nlp):
    facts = of_kind(nlp, "Visteon Parts, a former Kestrel Motors subsidiary, said it would cut jobs.", "invest")
    assert facts.get(("Kestrel Motors", "Visteon Parts"), "negated") == "negated"
