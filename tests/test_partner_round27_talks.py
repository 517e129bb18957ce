"""Partnership talks, round 27 (sentences written for these tests, invented names): talks are
no tie, but talks about one state it as a possibility -- "A is in talks with B about a
partnership / about licensing its brand", "A held partnership talks with B" give partner,
hedged whoever reports them; "not in talks", "denied it was in talks" negated. A takeover, a
sale or a bare deal as the topic is no partnership. And an infinitive the parser hangs on
"is in talks with B to buy C" is hedged like the talks it is the aim of."""
from __future__ import annotations

import pytest

from extracted import of_kind, relations

PAIR = ("Brambleway Dairy", "Kestrel Foods")


@pytest.mark.parametrize("text, mood", [
    ("Kestrel Foods is in talks with Brambleway Dairy about licensing its yogurt brand.", "hedged"),
    ("Kestrel Foods is in talks with Brambleway Dairy over a possible alliance.", "hedged"),
    ("Kestrel Foods held partnership talks with Brambleway Dairy.", "hedged"),
    ("Kestrel Foods is in talks with Brambleway Dairy about a licensing deal.", "hedged"),
    ("According to a trade paper, Kestrel Foods is also in talks with Brambleway Dairy about a "
     "partnership.", "hedged"),
    ("Kestrel Foods denied it was in talks with Brambleway Dairy about a partnership.", "negated"),
])
def test_talks_about_a_partnership(nlp, text, mood):
    assert of_kind(nlp, text, "partner").get(PAIR) == mood


@pytest.mark.parametrize("text", [
    "Kestrel Foods is in talks with Brambleway Dairy about a takeover.",
    "Kestrel Foods is in talks with Brambleway Dairy about the sale of its cheese unit.",
    "Kestrel Foods is in talks with Brambleway Dairy about a deal.",
    "Kestrel Foods is in talks with Brambleway Dairy.",
    "Is Kestrel Foods in talks with Brambleway Dairy about a partnership?",
])
def test_talks_about_no_partnership(nlp, text):
    assert PAIR not in of_kind(nlp, text, "partner")


def test_the_aim_of_talks_is_hedged(nlp):
    text = "Halvorsen Marine is in talks with Orvane Shipping to buy the company."
    assert relations(nlp, text).get(("acquire", "Halvorsen Marine", "Orvane Shipping")) == "hedged"
