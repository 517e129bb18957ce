"""A share of a company's shares, round 14: "owns 6.7% of Acme's shares", "would own 97% of
the voting shares of Acme", "has 20% of Acme's stock" give a stake in Acme (whose shares they
are); a share of anything else a company has ("40% of Acme's customers", "30% of Acme's
market") or of unowned shares gives nothing.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,fact", [
    # hedge funds, retail
    ("Ironbark Capital, which already owns 6.7% of Brightwater Stores' shares, made the bid.",
     ("Ironbark Capital", "Brightwater Stores")),
    # brewing
    ("Pellam Group said it would own 97.3% of the voting shares of Halvard Brewing.",
     ("Pellam Group", "Halvard Brewing")),
    # internet, banking
    ("Ulmen Industries has 20% of Tamber Health's stock.", ("Ulmen Industries", "Tamber Health")),
    ("Baxter Group owns 5% of Nordlys Bank's share capital.", ("Baxter Group", "Nordlys Bank")),
])
def test_share_of_company_shares(nlp, text, fact):
    assert fact in of_kind(nlp, text, "invest")


@pytest.mark.parametrize("text", [
    "Ulmen Industries has 40% of Tamber Health's customers.",
    "Baxter Group controls 30% of Nordlys Bank's market.",
    "Pellam Group holds 10% of the shares.",
])
def test_no_company_shares(nlp, text):
    assert not of_kind(nlp, text, "invest")
