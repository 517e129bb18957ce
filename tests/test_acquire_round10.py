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


# -- "proposed the merger of A and B": whoever governs the noun merges with neither -------------

@pytest.mark.parametrize("text, outsider", [
    ("In October, the Tarrow Regional Council proposed the merger of Halden Water and Brinmoor "
     "Water into a single utility.", "Tarrow Regional Council"),
    ("Regulators at the Ostrava Competition Office blocked the merger of Pellham Foods and "
     "Kestrel Dairy last year.", "Ostrava Competition Office"),
])
def test_the_governor_of_a_merger_of_two_parties_acquires_nothing(nlp, text, outsider):
    assert not any(head == outsider for head, _ in of_kind(nlp, text, "acquire"))


@pytest.mark.parametrize("text, buyer, target", [
    ("Halden Bank announced a merger with Brinmoor Savings on Monday.", "Halden Bank",
     "Brinmoor Savings"),
    ("Kestrel Media accepted a $2bn buyout from Marlow Capital on Monday.", "Marlow Capital",
     "Kestrel Media"),
])
def test_a_merger_with_one_party_and_a_buyout_from_a_bidder_still_bind(nlp, text, buyer, target):
    assert (buyer, target) in of_kind(nlp, text, "acquire")


# -- "a bid by B for C": the named target, not whoever governs the noun ---------------------------

@pytest.mark.parametrize("text, bidder, target, wrong", [
    ("Analysts compared Corvax's attempt to take over Dunmore Mining to a similar bid by oil giant "
     "Veltro for Nimbus Petroleum in 2001.", "Veltro", "Nimbus Petroleum", "Corvax"),
])
def test_a_bid_by_one_firm_for_another_keeps_its_target(nlp, text, bidder, target, wrong):
    found = of_kind(nlp, text, "acquire")
    assert (bidder, target) in found
    assert (bidder, wrong) not in found


@pytest.mark.parametrize("text, bidder, wrong", [
    ("Bankers compared Ostrava Steel's attempt to buy Kestrel Metals to a failed bid by Marlow "
     "Group for Norway's Brinmoor Quarries in 2019.", "Marlow Group", "Ostrava Steel"),
])
def test_a_bid_likened_to_what_another_firm_did_does_not_target_it(nlp, text, bidder, wrong):
    assert (bidder, wrong) not in of_kind(nlp, text, "acquire")
