"""Round 16 money: funding denied ("the grant was not given to X", "there never was a grant
to X", "X did not raise $40m") is no funding of X; the audits judged every such negated
funding fact wrong. A negated price stays ("rejected a $2bn bid": the bidder's offer).

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import money_facts


@pytest.mark.parametrize("text", [
    # research, robotics, farming
    "But the $3.7 million grant was not given to the Harlow Institute.",
    "There never was a $2 million federal grant to Pellam Labs.",
    "Brisk Robotics did not raise $40 million from Tolland Ventures, the company said.",
    "Ostrow Farms never received the $5 million loan it was promised.",
])
def test_funding_denied_is_no_fact(nlp, text):
    assert not money_facts(nlp, text)


@pytest.mark.parametrize("text,owner,kind,amount", [
    ("The Harlow Institute received the $3.7 million grant in May.",
     "Harlow Institute", "funding", 3.7e6),
    ("Tarsk Media rejected a $2 billion bid from Orvel Group.", "Orvel Group", "deal_value", 2e9),
])
def test_funding_received_and_a_negated_price_stay(nlp, text, owner, kind, amount):
    assert (owner, kind, amount) in money_facts(nlp, text)
