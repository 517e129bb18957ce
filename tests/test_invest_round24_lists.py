"""invest (round 24): lists and endings. Two names joined by "and" that the parser hangs one on
the other ("led by Trellis Capital and Orvane Ventures") are both parties; a conjunct right
before an auxiliary whose verb has no subject starts the next clause ("A has backed B and C
has partnered with D"); a stake that could be sold, or was not sold, is still held; a party or
campaign is backed, never held. Every name is invented."""
from __future__ import annotations

import pytest

from extracted import of_kind, relations


@pytest.mark.parametrize("text, investee, investors", [
    ("Quillfield Labs raised $40 million in a round led by Trellis Capital and Orvane Ventures.",
     "Quillfield Labs", {"Trellis Capital", "Orvane Ventures"}),
    ("Kestrel Foods raised $12 million in a round led by Halvorsen Capital and Orvane Ventures.",
     "Kestrel Foods", {"Halvorsen Capital", "Orvane Ventures"}),
    ("Brambleway Dairy received a $30 million investment from Kestrel Capital and Trellis Ventures.",
     "Brambleway Dairy", {"Kestrel Capital", "Trellis Ventures"}),
    ("Quillfield Labs received a $216 million investment from Trellis Capital and Orvane Ventures.",
     "Quillfield Labs", {"Trellis Capital", "Orvane Ventures"}),
])
def test_both_names_of_a_pair_hung_on_each_other_invest(nlp, text, investee, investors):
    facts = of_kind(nlp, text, "invest")
    assert {h for (h, t), m in facts.items() if t == investee and m == "asserted"} == investors


def test_a_three_name_list_still_gives_three(nlp):
    facts = of_kind(nlp, "Quillfield Labs raised $40 million in a round led by Trellis Capital, "
                         "Kestrel Partners and Orvane Ventures.", "invest")
    assert {h for h, t in facts if t == "Quillfield Labs"} == {
        "Trellis Capital", "Kestrel Partners", "Orvane Ventures"}


@pytest.mark.parametrize("text, kind, fact, wrong", [
    ("Trellis Capital has backed Quillfield Labs and Orvane Media has partnered with Kestrel Foods.",
     "partner", ("Kestrel Foods", "Orvane Media"), [("invest", "Trellis Capital", "Orvane Media"),
                                                   ("partner", "Kestrel Foods", "Trellis Capital")]),
    ("Brambleway Dairy acquired Quillfield Labs and Orvane Media has sued Kestrel Foods.",
     "sue", ("Orvane Media", "Kestrel Foods"), [("acquire", "Brambleway Dairy", "Orvane Media"),
                                               ("sue", "Brambleway Dairy", "Kestrel Foods")]),
])
def test_a_conjunct_before_an_auxiliary_starts_the_next_clause(nlp, text, kind, fact, wrong):
    found = relations(nlp, text)
    assert (kind, *fact) in found
    assert not [w for w in wrong if w in found]


def test_two_backed_firms_are_still_both_backed(nlp):
    facts = of_kind(nlp, "Trellis Capital has backed Quillfield Labs and Orvane Media.", "invest")
    assert set(facts) == {("Trellis Capital", "Quillfield Labs"), ("Trellis Capital", "Orvane Media")}


@pytest.mark.parametrize("text", [
    "Trellis Capital could sell its stake in Quillfield Mining.",
    "Trellis Capital may sell its stake in Quillfield Mining.",
    "Trellis Capital did not sell its stake in Quillfield Mining.",
    "Halvorsen Marine might sell its stake in Kestrel Foods.",
    "Halvorsen Shipping is considering selling its stake in Quillfield Mining.",
    "Halvorsen Shipping is in talks to sell its stake in Quillfield Mining.",
])
def test_a_stake_only_possibly_sold_is_not_an_ended_holding(nlp, text):
    facts = of_kind(nlp, text, "invest")
    assert facts and "negated" not in facts.values()


@pytest.mark.parametrize("text", [
    "Trellis Capital sold its stake in Quillfield Mining last year.",
    "Halvorsen Marine has sold its stake in Kestrel Foods.",
])
def test_a_sold_stake_is_still_an_ended_holding(nlp, text):
    assert set(of_kind(nlp, text, "invest").values()) == {"negated"}


@pytest.mark.parametrize("text", [
    "Maren Holt, a backer of the Orvane Party, spoke at the rally.",
    "Halvorsen Marine, a backer of the Quillfield Campaign, spoke at the rally.",
    "Maren Holt is a backer of the Brambleway Coalition.",
])
def test_a_party_or_campaign_is_backed_not_held(nlp, text):
    assert not of_kind(nlp, text, "invest")


@pytest.mark.parametrize("text, owner, owned", [
    ("Quillfield Mining, 30% owned by Trellis Capital, reported a loss.",
     "Trellis Capital", "Quillfield Mining"),
    ("Kestrel Foods, majority owned by Halvorsen Marine, cut prices.", "Halvorsen Marine", "Kestrel Foods"),
    ("Kestrel Foods, 51 percent owned by Halvorsen Marine, cut prices.", "Halvorsen Marine", "Kestrel Foods"),
    ("Kestrel Foods, majority controlled by Halvorsen Marine, cut prices.",
     "Halvorsen Marine", "Kestrel Foods"),
])
def test_a_share_set_before_owned_by_is_the_named_firms(nlp, text, owner, owned):
    assert of_kind(nlp, text, "invest") == {(owner, owned): "asserted"}


@pytest.mark.parametrize("text", [
    "Kestrel Foods, 30% owned by its founders, cut prices.",
    "Kestrel Foods, 30% down since January, cut prices.",
])
def test_a_share_aside_without_a_named_owner_gives_nothing(nlp, text):
    assert not of_kind(nlp, text, "invest")


@pytest.mark.parametrize("text, modality", [
    ("Brambleway Dairy ended up supplying Kestrel Foods.", "asserted"),
    ("Brambleway Dairy could end up supplying Kestrel Foods.", "hedged"),
    ("Brambleway Dairy stopped supplying Kestrel Foods.", "negated"),
])
def test_end_up_is_no_ending(nlp, text, modality):
    # "end up" says where things came out, not that they stopped; "stopped" still ends
    assert of_kind(nlp, text, "supply") == {("Brambleway Dairy", "Kestrel Foods"): modality}
