"""Holders named through a group or a relative clause, round 15: "a consortium of A and B bought
a stake in X" (the consortium's members act), "X, in which A has a stake" (the relative "in
which" hangs on the verb, not on the stake noun).

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind, relations


@pytest.mark.parametrize("text,facts", [
    # logistics, energy
    ("A consortium of Brenmoor Capital and Oskar Partners bought a 30% stake in Fennick Logistics.",
     {("Brenmoor Capital", "Fennick Logistics"), ("Oskar Partners", "Fennick Logistics")}),
    ("A syndicate of Harlow Bank and Verity Trust invested $50 million in Solvane Energy.",
     {("Harlow Bank", "Solvane Energy"), ("Verity Trust", "Solvane Energy")}),
    # exchanges, carmakers
    ("Trades are cleared via Corvex Clearing Ltd, in which Maranta Exchange has a quarter stake.",
     {("Maranta Exchange", "Corvex Clearing")}),
    ("Profits rose at Nikko Motors, in which Ravel Group has a 44% stake.",
     {("Ravel Group", "Nikko Motors")}),
])
def test_group_and_relative_holders(nlp, text, facts):
    assert facts <= set(of_kind(nlp, text, "invest"))


def test_consortium_buyers_acquire(nlp):
    found = relations(nlp, "Fennick Logistics was sold to a consortium of Brenmoor Capital and "
                           "Oskar Partners.")
    assert ("acquire", "Brenmoor Capital", "Fennick Logistics") in found
    assert ("acquire", "Oskar Partners", "Fennick Logistics") in found


@pytest.mark.parametrize("text", [
    # a consortium of people or things names no party
    "A consortium of researchers from Tallis University bought a stake in the lab's spin-off.",
    # "in which" before something that is no stake
    "Corvex Clearing Ltd, in which Maranta Exchange has a quarter of its staff, was delayed.",
    "The project, in which Maranta Exchange has a quarter stake, was delayed.",
])
def test_no_group_or_relative_holder(nlp, text):
    assert not of_kind(nlp, text, "invest")
