"""Entity types, round 10: a share of land is no stake in a company, and a bank named by its
side ("the West Bank") is a river's, not a lender's.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from test_names_round3 import names


@pytest.mark.parametrize("text,place", [
    # politics: a territorial verb takes a share of a region
    ("The government wants to annex 20% of the North Vale.", "North Vale"),
    ("Rebels seized 40% of Dravonia last year.", "Dravonia"),
    # farming: a percent of a country, placed again elsewhere
    ("The forest covers 60% of Lortania. Farmers in Lortania grow rice.", "Lortania"),
    ("Troops now hold 30% of Kessaria, and fighting in Kessaria continues.", "Kessaria"),
    # a river's side, however the name's last word reads
    ("Settlers in the West Bank welcomed the plan.", "West Bank"),
    ("Tourists crowded the East Bank, and hotels in the East Bank filled.", "East Bank"),
])
def test_a_share_of_land_is_no_company(nlp, text, place):
    assert names(nlp, text).get(place) in {None, "GPE", "LOC", "OTHER"}


@pytest.mark.parametrize("text,firm", [
    # food retail and machinery: a stake still says company
    ("Harlow Group owns 30% of Brisk Foods. Brisk Foods said sales rose.", "Brisk Foods"),
    ("Harlow Group bought 30% of Kelvar. Kelvar makes pumps in Ohio.", "Kelvar"),
    ("Tessel Partners took a stake in Orvane, a maker of valves.", "Orvane"),
    # banking: a firm with a side word, and a lender
    ("West Bank Holdings bought Kelvar.", "West Bank Holdings"),
    ("Harlow Bank lent $5m to Kelvar.", "Harlow Bank"),
])
def test_a_stake_in_a_firm_stays_a_company(nlp, text, firm):
    assert names(nlp, text).get(firm) == "ORG"
