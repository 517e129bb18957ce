"""A tie reached from an ending verb through "by" is how that verb's act was done: "moved into
ferries by buying Y" bought Y, it did not end a purchase. The ending verb's own negation or
modal still reaches the tie ("did not move ... by buying Y", "could move ... by buying Y"), and
an ending verb that governs the tie directly still ends it ("stopped buying parts from Y").

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,modality", [
    ("Halvorsen Marine moved into ferries in 2011 by buying Orvane Labs.", "asserted"),
    ("Halvorsen Marine did not move into ferries by buying Orvane Labs.", "negated"),
    ("Halvorsen Marine could move into ferries by buying Orvane Labs.", "hedged"),
])
def test_bought_as_the_means_of_a_move(nlp, text, modality):
    found = of_kind(nlp, text, "acquire")
    assert found.get(("Halvorsen Marine", "Orvane Labs")) == modality, (text, found)


def test_sold_stake_as_the_means_is_still_a_sale(nlp):
    # the sale itself ends the holding: that is the trigger's own verb, not the governor
    text = "Halvorsen Marine left the venture by selling its stake in Orvane Labs to Kestrel Foods."
    found = of_kind(nlp, text, "invest")
    assert found.get(("Halvorsen Marine", "Orvane Labs")) == "negated", found
    assert found.get(("Kestrel Foods", "Orvane Labs")) == "asserted", found


def test_ending_verb_over_the_tie_still_ends_it(nlp):
    found = of_kind(nlp, "Halvorsen Marine stopped buying parts from Orvane Labs.", "supply")
    assert found == {("Orvane Labs", "Halvorsen Marine"): "negated"}, found
