"""Sue, round 27: an enforcer's order that a party stop, give up or pay, and its ban, are
regulatory actions against that party ("the Bureau ordered X's project to halt", "X was
ordered by the Agency to suspend its service", "the Authority banned X from bidding").
Sentences and names invented."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, head, tail, mood", [
    ("The Bureau of Ocean Energy Management ordered Halvorsen Marine's Quillfield Wind project "
     "to halt all offshore work.", "Bureau of Ocean Energy Management", "Halvorsen Marine",
     "asserted"),
    ("The Maritime Safety Agency ordered Halvorsen Marine to suspend its ferry service.",
     "Maritime Safety Agency", "Halvorsen Marine", "asserted"),
    ("Halvorsen Marine was ordered by the Maritime Safety Agency to suspend its ferry service.",
     "Maritime Safety Agency", "Halvorsen Marine", "asserted"),
    ("The Competition Authority ordered Orvane Shipping to pay £3m in compensation.",
     "Competition Authority", "Orvane Shipping", "asserted"),
    ("The Competition Authority banned Orvane Shipping from bidding on public contracts.",
     "Competition Authority", "Orvane Shipping", "asserted"),
    ("The Competition Authority could order Orvane Shipping to halt the sales.",
     "Competition Authority", "Orvane Shipping", "hedged"),
])
def test_an_enforcers_order_is_its_action(nlp, text, head, tail, mood):
    assert of_kind(nlp, text, "sue").get((head, tail)) == mood


def test_the_project_is_not_the_party(nlp):
    found = of_kind(nlp, "The Bureau of Ocean Energy Management ordered Halvorsen Marine's "
                         "Quillfield Wind project to halt all offshore work.", "sue")
    assert not any(tail == "Quillfield Wind" for (_, tail) in found)


@pytest.mark.parametrize("text", [
    "Kestrel Foods ordered Orvane Shipping to stop the deliveries.",
    "The Competition Authority ordered Orvane Shipping to hand over its documents.",
    "The Competition Authority ordered all shops to close.",
    "The Halden High Court ordered Orvane Shipping to pay £3m.",
    "Kestrel Foods banned Orvane Shipping from its stores.",
    "The Competition Authority banned the Orvane Shipping advert.",
])
def test_no_order_by_a_firm_a_court_or_of_other_acts(nlp, text):
    assert of_kind(nlp, text, "sue") == {}
