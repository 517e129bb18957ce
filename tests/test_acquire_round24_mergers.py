"""acquire, round 24: a merger that forms a new firm, and a consortium named by its leaders.

(1) "A merged with B to form C", "A and B merged to form C", "C was formed by the merger of A
and B", "C, created through the merger of A and B": the new firm acquires each party (the
guide's convention), and the parties are neither buyer and target of each other nor partners.
A joint venture, a merger of one firm's units, or a formed thing with no name gives no such fact.
(2) "sold to a consortium led by A and B": the leaders named are the buyers, as "a consortium of
A and B" already was.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind, relations

MERGED = [
    ("Orvane Systems merged with Quillfield Labs to form Trellis Analytics.", "asserted"),
    ("Orvane Systems and Quillfield Labs merged to form Trellis Analytics in 2019.", "asserted"),
    ("Trellis Analytics was formed by the merger of Orvane Systems and Quillfield Labs.",
     "asserted"),
    ("Trellis Analytics, formed by the merger of Orvane Systems and Quillfield Labs in 2019, "
     "makes sensors.", "asserted"),
    ("Trellis Analytics was created in 2019 through the merger of Orvane Systems and "
     "Quillfield Labs.", "asserted"),
    ("Orvane Systems will merge with Quillfield Labs to create Trellis Analytics.", "forecast"),
]


@pytest.mark.parametrize("text,modality", MERGED)
def test_the_new_firm_acquires_each_party(nlp, text, modality):
    found = of_kind(nlp, text, "acquire")
    assert found.get(("Trellis Analytics", "Orvane Systems")) == modality
    assert found.get(("Trellis Analytics", "Quillfield Labs")) == modality


@pytest.mark.parametrize("text", [t for t, _ in MERGED[:2]])
def test_the_parties_neither_bought_each_other_nor_allied(nlp, text):
    found = relations(nlp, text)
    assert ("acquire", "Orvane Systems", "Quillfield Labs") not in found
    assert ("partner", "Orvane Systems", "Quillfield Labs") not in found


def test_a_merger_in_another_trade(nlp):
    found = of_kind(nlp, "Halvorsen Marine combined with Kestrel Shipping to form Tidewater Lines.",
                    "acquire")
    assert set(found) == {("Tidewater Lines", "Halvorsen Marine"),
                          ("Tidewater Lines", "Kestrel Shipping")}


@pytest.mark.parametrize("text", [
    "Orvane Systems and Quillfield Labs teamed up to form Trellis Analytics.",
    "Orvane Systems merged its two units to form Trellis Analytics.",
])
def test_a_venture_or_one_firms_units_is_no_merger_of_parties(nlp, text):
    assert not any(head == "Trellis Analytics" for head, _ in of_kind(nlp, text, "acquire"))


@pytest.mark.parametrize("text,buyers,target", [
    ("Quillfield Labs was sold to a consortium led by Orvane Capital and Kestrel Partners in 2020.",
     {"Orvane Capital", "Kestrel Partners"}, "Quillfield Labs"),
    ("Kestrel Foods sold Brambleway Dairy to a consortium led by Halvorsen Capital.",
     {"Halvorsen Capital"}, "Brambleway Dairy"),
    ("A consortium led by Halvorsen Capital bought Brambleway Dairy in 2021.",
     {"Halvorsen Capital"}, "Brambleway Dairy"),
])
def test_a_consortium_is_named_by_its_leaders(nlp, text, buyers, target):
    found = of_kind(nlp, text, "acquire")
    assert {head for head, tail in found if tail == target} == buyers


def test_a_consortium_led_by_a_holder_of_shares_invests(nlp):
    text = "A consortium led by Halvorsen Capital bought a 30% stake in Brambleway Dairy."
    assert ("Halvorsen Capital", "Brambleway Dairy") in of_kind(nlp, text, "invest")
    assert not of_kind(nlp, text, "acquire")


def test_a_group_led_by_a_firm_is_not_read_as_its_members(nlp):
    text = "Brambleway Dairy was sold to a group led by Halvorsen Capital."
    assert not of_kind(nlp, text, "acquire")


@pytest.mark.parametrize("text", [
    "Orvane Systems merged with Quillfield Labs to form the largest sensor maker in Europe.",
    "Orvane Systems merged with Quillfield Labs to create a new company.",
    "Orvane Systems and Quillfield Labs merged to create the biggest dairy group.",
])
def test_a_merger_forming_an_unnamed_firm_is_no_takeover_of_one_party(nlp, text):
    # the new firm bought each party; with no name for it, nothing is stored
    found = relations(nlp, text)
    assert ("acquire", "Orvane Systems", "Quillfield Labs") not in found
    assert ("partner", "Orvane Systems", "Quillfield Labs") not in found


@pytest.mark.parametrize("text", [
    "Orvane Systems merged with Quillfield Labs in 2019.",
    "Orvane Systems merged with Quillfield Labs to create savings.",
])
def test_a_merger_forming_no_firm_keeps_its_reading(nlp, text):
    assert ("acquire", "Orvane Systems", "Quillfield Labs") in relations(nlp, text)
