"""Money round 12: a figure whose verb is the goal a noun of purpose names ("with the aim of
raising $1bn", "in a bid to raise $300m", "in an effort to secure a $2bn loan") is hedged, like
"seeks to raise"; a figure raised in the main clause, with a purpose after it, stays asserted.
Invented sentences from several industries."""
import pytest

from extracted import money


@pytest.mark.parametrize("text, owner", [
    ("Kestrel Media launched a stock offering with the aim of raising $1bn.", "Kestrel Media"),
    ("Corvane Steel sold new shares in a bid to raise $300 million.", "Corvane Steel"),
    ("Telvane Airlines began talks with lenders in an effort to secure a $2 billion loan.",
     "Telvane Airlines"),
])
def test_a_sum_named_as_a_goal_is_hedged(nlp, text, owner):
    found = [m for m in money(nlp, text) if m.entity == owner]
    assert found and all(m.modality == "hedged" for m in found)


@pytest.mark.parametrize("text, owner", [
    ("Halvard Foods raised $50 million in a bid to expand into Asia.", "Halvard Foods"),
    ("Quillon Pharma raised $80 million with the aim of building a new plant.", "Quillon Pharma"),
])
def test_a_sum_raised_for_a_goal_stays_asserted(nlp, text, owner):
    found = [m for m in money(nlp, text) if m.entity == owner]
    assert found and all(m.modality == "asserted" for m in found)
