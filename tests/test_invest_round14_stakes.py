"""Stakes named by the company held, round 14: "its Acme stake", "Globex's Acme shareholding"
(a name compounded with the stake noun is the investee; a size such as "its 50 percent stake"
is none), and a deal that gives a party a stake ("the deal gives Globex a 20% stake in Acme").

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,fact", [
    # banking, retail
    ("Pellam Group said the value of its Nordlys Bank shareholding had halved.",
     ("Pellam Group", "Nordlys Bank")),
    ("Ulmen Industries' Brightwater Foods stake is worth $2 billion.",
     ("Ulmen Industries", "Brightwater Foods")),
    # software
    ("Ironbark Capital doubled its Tamber Health investment last year.",
     ("Ironbark Capital", "Tamber Health")),
    # a deal giving a stake: mining, shipping
    ("The agreement gives Baxter Group a 20% stake in Halvard Mining.", ("Baxter Group", "Halvard Mining")),
    ("The deal handed Ulmen Industries 30% of Arlo Logistics.", ("Ulmen Industries", "Arlo Logistics")),
])
def test_stake_named_by_its_company(nlp, text, fact):
    assert fact in of_kind(nlp, text, "invest")


@pytest.mark.parametrize("text", [
    "Pellam Group agreed to sell its 50 percent stake to the pension fund.",
    "Ulmen Industries' China investment paid off.",
    "The deal gives Baxter Group 20% of the market for copper pipes.",
    "The deal gives Baxter Group a seat on the board of Halvard Mining.",
    "The court gave Ulmen Industries 30% of the damages.",
])
def test_no_stake_named(nlp, text):
    assert not of_kind(nlp, text, "invest")
