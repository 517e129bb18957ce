"""Round 20, supply/partner precision: a participle joined to a passive verb is passive too.

"Trelmark was seized and sold to Baikor": "sold" has no subject or auxiliary of its own; it
shares the passive "was" of "seized", so its subject is what was sold and Baikor bought it. It
is no sale by Trelmark to Baikor. A participle with its own auxiliary or object ("was founded
in 1990 and has sold phones to Baikor", "was founded and sold phones") keeps its active
reading. Its target is a name only: "the former Vostan subsidiary was sold and acquired by
Rosnor" names no target (Vostan owned it). Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,seller,buyer", [
    # energy
    ("Trelmark, the unit that pumped most of Vostan's oil, was seized and sold in December "
     "to a little-known firm called Baikor.", "Trelmark", "Baikor"),
    # food
    ("Dunmore Foods was bought and sold to Ravello Group within a year.", "Dunmore Foods",
     "Ravello Group"),
    # shipping
    ("The Harrow Shipyard was closed and sold to Kelvex Holdings last year.", "Harrow Shipyard",
     "Kelvex Holdings"),
])
def test_shared_passive_is_no_sale_by_its_subject(nlp, text, seller, buyer):
    assert (seller, buyer) not in of_kind(nlp, text, "supply")


@pytest.mark.parametrize("text,seller,buyer", [
    # the participle has its own auxiliary: active
    ("Gantry Steel was founded in 1990 and has sold steel to Ravello Group since 2001.",
     "Gantry Steel", "Ravello Group"),
    # plain active sale
    ("Orvane Foods sells its cheese to Petrel Markets.", "Orvane Foods", "Petrel Markets"),
])
def test_active_sale_still_read(nlp, text, seller, buyer):
    assert (seller, buyer) in of_kind(nlp, text, "supply")


def test_shared_passive_reads_the_buyer(nlp):
    text = "Dunmore Foods was bought and sold to Ravello Group within a year."
    assert ("Ravello Group", "Dunmore Foods") in of_kind(nlp, text, "acquire")


@pytest.mark.parametrize("text,owner,buyer", [
    # energy: the unit is unnamed, its former owner is no target
    ("The former Vostan subsidiary was sold off last year and eventually acquired by the "
     "state-owned giant Rosnor.", "Vostan", "Rosnor"),
    # retail
    ("The old Harlow Foods depot was closed and bought by Petrel Logistics.", "Harlow Foods",
     "Petrel Logistics"),
])
def test_shared_passive_needs_a_named_target(nlp, text, owner, buyer):
    assert (buyer, owner) not in of_kind(nlp, text, "acquire")
    assert (owner, buyer) not in of_kind(nlp, text, "supply")
