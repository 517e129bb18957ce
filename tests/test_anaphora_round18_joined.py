""""X was hit hard, but the company agreed to buy Y": a description that is the subject of a
clause joined to another (and, but, while ...) is not bound by that clause's subject, which does
not command it; when that subject is the only organization named before it in the sentence, the
description means it. Before, the joined clause's subject was excluded and the description went
to a firm of an earlier sentence (the corpus audit had "X is offering ..., but the company has
not published ..." and "X has been battered ..., but the company offered ..." given to another
firm). With two firms named before ("X bought Y, and the company ..."), nothing changes.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,kind,fact", [
    # car parts
    ("Orvane Foods bought a stake in Pellico Dairy last year. Kestrel Motors has been hit hard "
     "by the slowdown, but the company on Tuesday agreed to buy Tarvo Parts for $40m.",
     "acquire", ("Kestrel Motors", "Tarvo Parts")),
    # freight
    ("Brindle Bank lends to small firms. Talbot Freight reported a loss in March, and the group "
     "then bought a stake in Corvid Air.", "invest", ("Talbot Freight", "Corvid Air")),
    # medicines
    ("Halden Labs makes tests. Sable Therapeutics was founded in 1998, and the company now "
     "supplies vaccines to Norland Health.", "supply", ("Sable Therapeutics", "Norland Health")),
])
def test_joined_subject_is_the_sentence_firm(nlp, text, kind, fact):
    facts = of_kind(nlp, text, kind)
    assert fact in facts
    assert not [key for key in facts if key[0] != fact[0]]


@pytest.mark.parametrize("text,kind,wrong", [
    # two firms before the description: it stays open to the one bought
    ("Hexley Bank bought Ardent Credit in 2019, and the company now lends to Norland Homes.",
     "supply", ("Hexley Bank", "Norland Homes")),
    # two joined subjects before it: "the company" may be either, so it binds to neither
    ("Halden Labs makes tests. Kestrel Motors and Orvane Group were hit hard by the slowdown, "
     "but the company agreed to buy Tarvo Parts.", "acquire", ("Kestrel Motors", "Tarvo Parts")),
])
def test_joined_clause_keeps_binding_limits(nlp, text, kind, wrong):
    assert wrong not in of_kind(nlp, text, kind)


def test_object_of_joined_clause_is_the_other_firm(nlp):
    text = "Kestrel Motors cut jobs, and Orvane Foods later bought the company."
    # the description is the object of its own clause: its subject is never it
    assert set(of_kind(nlp, text, "acquire")) == {("Orvane Foods", "Kestrel Motors")}
