"""Rivals of round 28, sentences written for these tests (invented names).

Rivals named in an absolute "with" clause are the main clause subject's: "Acme has long been
seen as a target, with rivals A and B having looked at a deal", "with competitors A and B
already circling its clients" (`relations/absolute_rivals.py`). The parser makes the names the
participle's subject or the noun's apposition; both read the same. Refused: a finite verb
after the names (a clause of its own), a rival noun that names its owner ("its rivals", "US
rivals"), a pronoun or a person as the owner, a regulator as the owner."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, owner, rivals", [
    ("Kestrel Foods has long been seen as a likely target in the consolidation of the sector, "
     "with rivals Brambleway Dairy and Orvane Mart having looked at a deal in the past.",
     "Kestrel Foods", ("Brambleway Dairy", "Orvane Mart")),
    ("Halvorsen Marine is a key player in the market with rivals Trellis Shipping and Orvane "
     "Ferries having bid for it.", "Halvorsen Marine", ("Trellis Shipping", "Orvane Ferries")),
    ("Trellis Analytics raised its prices last year, with competitors Orvane Software and "
     "Kestrel Data already circling its biggest clients.",
     "Trellis Analytics", ("Orvane Software", "Kestrel Data")),
    ("Halvorsen Marine has been losing orders, with competitors Trellis Shipping and Orvane "
     "Ferries winning most of the new contracts.",
     "Halvorsen Marine", ("Trellis Shipping", "Orvane Ferries")),
])
def test_absolute_rivals_are_the_subjects(nlp, text, owner, rivals):
    found = of_kind(nlp, text, "compete")
    for rival in rivals:
        assert found.get(tuple(sorted((owner, rival)))) == "asserted", found


def test_a_denied_main_clause_keeps_the_rivalry(nlp):
    found = of_kind(nlp, "Halvorsen Marine has not been losing orders, with rivals Trellis "
                         "Shipping and Orvane Ferries having struggled.", "compete")
    assert found.get(("Halvorsen Marine", "Trellis Shipping")) == "asserted", found


@pytest.mark.parametrize("text, owner", [
    # a finite verb: the names' own clause, no absolute one
    ("Kestrel Foods has been hit by rising costs, with rivals Brambleway Dairy and Orvane Mart "
     "have looked at a deal in the past.", "Kestrel Foods"),
    # the noun names its own owner or a place
    ("Kestrel Foods has been hit by rising costs, with US rivals Brambleway Dairy and Orvane "
     "Mart having looked at a deal in the past.", "Kestrel Foods"),
    # a pronoun subject: whose rivals is a guess
    ("It has long been seen as a likely target, with rivals Brambleway Dairy and Orvane Mart "
     "having looked at a deal in the past.", None),
    # a person as the subject
    ("Ann Lee cut prices at Kestrel Foods, with rivals Brambleway Dairy and Orvane Mart having "
     "done the same.", "Ann Lee"),
    # a regulator as the subject: the merging firms' rivals
    ("The Halden Competition Authority cleared the merger of Kestrel Foods and Quillfield "
     "Farms, with rivals Brambleway Dairy and Orvane Mart having objected.",
     "Halden Competition Authority"),
    # no participle: a plain "with" of a deal
    ("Kestrel Foods signed a supply pact with rivals Brambleway Dairy and Orvane Mart.", None),
])
def test_no_absolute_rivalry(nlp, text, owner):
    found = of_kind(nlp, text, "compete")
    if owner is None:
        assert not found, found
    else:
        assert not any(owner in pair for pair in found), found
