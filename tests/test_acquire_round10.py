"""acquire on sentence shapes seen wrong in general news (round 10), checked on sentences written
for these tests (invented organizations, several industries)."""
from __future__ import annotations

import pytest

from extracted import of_kind

# -- "lost out to Y, which agreed to buy the company": the company is the target, not the loser --


@pytest.mark.parametrize("text, buyer, target, loser", [
    ("Brantley Oil was in the running to buy Ridgeway Petroleum this year, but lost out to Calder "
     "Energy, which announced an agreement in February to buy the company for $26 billion.",
     "Calder Energy", "Ridgeway Petroleum", "Brantley Oil"),
    ("Veltro Foods wanted to acquire Nimbus Snacks last year, but Harlow Brands, which agreed in "
     "May to purchase the firm for $2 billion, won the contest.",
     "Harlow Brands", "Nimbus Snacks", "Veltro Foods"),
])
def test_a_description_bought_in_a_relative_clause_is_the_target(nlp, text, buyer, target, loser):
    found = of_kind(nlp, text, "acquire")
    assert (buyer, target) in found
    assert (buyer, loser) not in found


@pytest.mark.parametrize("text, buyer, target", [
    ("Ostrava Media said on Monday that Pellham Group had agreed to buy the company for $4 billion.",
     "Pellham Group", "Ostrava Media"),
])
def test_a_description_bought_still_binds_to_the_only_candidate(nlp, text, buyer, target):
    assert (buyer, target) in of_kind(nlp, text, "acquire")
