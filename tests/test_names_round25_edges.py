"""Names, round 25: a stored entity name never carries a cut on its edge.

One article writes "an Orvane/Kestrel poll" and its pollster is read as "Orvane/", another
writes "Orvane": both spellings share one key, and the longer one used to win the resolver's
rank, so every fact about the pollster was stored under "Orvane/". The resolver now gives a
name with no joining mark (/ - & , ; :) on its edge, cuts a name at an opening bracket with no
close ("Ann Lee(GT" of a speaker tag) and drops a lone double quote. Marks inside a name stay.
Every name is invented.
"""
from __future__ import annotations

import pytest

from tieline.model import Document, Entity, Extraction, Relation
from tieline.names import trimmed
from tieline.resolve import Resolver


def extraction(entities, relations=()):
    return Extraction(document=Document(text="x", source="t"), entities=list(entities),
                      relations=list(relations), mention_counts={})


@pytest.mark.parametrize("name,shown", [
    ("Orvane/", "Orvane"), ("/Kestrel Foods", "Kestrel Foods"),
    ("Halvorsen Marine -", "Halvorsen Marine"), ("Trellis &", "Trellis"),
    ("Quillfield;", "Quillfield"), ("Brambleway Dairy:", "Brambleway Dairy"),
    ("Ann Lee(GT", "Ann Lee"), ("QF) Ann Lee", "Ann Lee"), ('Tom" Reyes', "Tom Reyes"),
    # an unmatched bracket on the edge itself: the name is on its other side
    ("Kestrel Foods)", "Kestrel Foods"), ("(Orvane", "Orvane"),
    ("Trellis Analytics]", "Trellis Analytics"),
])
def test_cut_edges_are_trimmed(name, shown):
    assert trimmed(name) == shown


@pytest.mark.parametrize("name", [
    "A/B Testing Labs", "Kestrel & Vale", "Orvane-Kestrel", "Trellis Analytics (UK)", "Orvane+",
    "O'Neill Freight", '"Big" Orvane', "/",
])
def test_whole_names_are_kept(name):
    assert trimmed(name) == name


def test_resolver_never_stores_the_cut_spelling():
    r = Resolver()
    r.observe(extraction([Entity("Orvane/", "ORG")]))
    r.observe(extraction([Entity("Orvane", "ORG")]))
    assert r.canonical("Orvane/") == r.canonical("Orvane") == "Orvane"
    alone = Resolver()
    alone.observe(extraction([Entity("Kestrel Foods -", "ORG")]))
    assert alone.canonical("Kestrel Foods -") == "Kestrel Foods"


def test_applied_extraction_names_its_parties_without_the_cut():
    r = Resolver()
    ex = extraction([Entity("Orvane/", "ORG"), Entity("Trellis Analytics", "ORG")],
                    [Relation("partner", "Orvane/", "Trellis Analytics")])
    r.observe(ex)
    out = r.apply(ex)
    assert {e.name for e in out.entities} == {"Orvane", "Trellis Analytics"}
    assert [(x.head, x.tail) for x in out.relations] == [("Orvane", "Trellis Analytics")]


def test_configured_canonical_name_is_given_without_its_cut():
    r = Resolver(merge={"Orvane/": ["Orvane Polling", "Orvane Group"]})
    assert r.canonical("Orvane Polling") == r.canonical("Orvane/") == "Orvane"
    kept = Resolver(merge={"Kestrel & Vale": ["K&V"]})  # a mark inside the name stays
    assert kept.canonical("K&V") == "Kestrel & Vale"
