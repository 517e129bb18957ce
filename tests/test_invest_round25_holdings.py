"""invest (round 25): two holding shapes. "X's portfolio company Y" (the possessor of the
name the noun modifies holds it) and "X's shares in Y" (a possessed plural of shares in a
firm). Refused: a single "share" ("its share in the market"), a share price that moves or
trades ("X's shares in Y fell 3%"), shares listed in a place. Every name is invented."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, fact", [
    ("Trellis Capital's portfolio company Quillfield Labs opened an office.",
     ("Trellis Capital", "Quillfield Labs")),
    ("Halvorsen Equity's portfolio firm Kestrel Foods cut jobs.",
     ("Halvorsen Equity", "Kestrel Foods")),
    ("Trellis Capital's shares in Quillfield Labs are worth $2 billion.",
     ("Trellis Capital", "Quillfield Labs")),
    ("Orvane Mining's shares in Brambleway Dairy were placed in a trust.",
     ("Orvane Mining", "Brambleway Dairy")),
])
def test_holding_shapes_give_invest(nlp, text, fact):
    assert of_kind(nlp, text, "invest").get(fact) == "asserted"


def test_both_portfolio_companies_of_a_list(nlp):
    facts = of_kind(nlp, "Trellis Capital's portfolio companies Quillfield Labs and Kestrel Foods "
                         "cut jobs.", "invest")
    assert set(facts) == {("Trellis Capital", "Quillfield Labs"), ("Trellis Capital", "Kestrel Foods")}


@pytest.mark.parametrize("text", [
    "Trellis Capital's shares in Quillfield fell 3% on Monday.",
    "Analysts said Kestrel's shares in London fell 5%.",
    "Orvane Media's share in Brambleway Dairy's home market rose.",
    "Trellis Capital's portfolio company is growing fast.",
])
def test_prices_and_market_shares_are_no_holding(nlp, text):
    assert of_kind(nlp, text, "invest") == {}
