"""Invest shapes, round 11: "committed $5bn to struggling chipmaker X" - the parser reads a
describing participle ("struggling", "ailing") after a preposition as a verb taking the
described name as its object; the name is still the preposition's object. A participle that
is an action ("to acquiring X") or one not listed keeps its own reading.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind

CHIPS = "Dorvane Systems makes graphics chips.\n\n"
SHOPS = "Kellbrook Partners manages retail funds.\n\n"


@pytest.mark.parametrize("text,kind,fact", [
    # chips
    (CHIPS + "Dorvane Systems's investment comes days after it committed $5 billion to "
     "struggling chipmaker Siltrix.", "invest", ("Dorvane Systems", "Siltrix")),
    # retail
    (SHOPS + "Kellbrook Partners has poured $200 million into ailing retailer Fernway Stores.",
     "invest", ("Kellbrook Partners", "Fernway Stores")),
])
def test_a_described_name_is_the_prepositions_object(nlp, text, kind, fact):
    assert fact in of_kind(nlp, text, kind)


@pytest.mark.parametrize("text,kind,fact", [
    # an action, not a description: the money goes to buying, not into the firm
    (CHIPS + "Dorvane Systems committed $5 billion to acquiring chipmaker Siltrix.",
     "invest", ("Dorvane Systems", "Siltrix")),
    # no name after the participle
    (SHOPS + "Kellbrook Partners committed $200 million to struggling retailers such as "
     "those in Ohio.", "invest", ("Kellbrook Partners", "Ohio")),
])
def test_other_participles_keep_their_reading(nlp, text, kind, fact):
    assert fact not in of_kind(nlp, text, kind)
