"""Rivals and partners of round 27, sentences written for these tests (invented names).

(1) A given means or leave: "the merger gives Acme the scale to compete with B" -- the one
given (the dative) acts in the infinitive, not the giver nor the merger; a rivalry so stated
stands (asserted), any other act so given ("the right to buy B", "the go-ahead to partner
with B") is only made possible (hedged).
(2) A mover who joins a firm called by a bare "rival": "Ann Lee, Globex's chief, quit to join
rival Acme" -- the firm she leaves is the one Acme rivals."""
from __future__ import annotations

import pytest

from extracted import of_kind, relations


@pytest.mark.parametrize("text, pair", [
    ("The merger would give Kestrel Foods the scale to compete with Brambleway Dairy.",
     ("Brambleway Dairy", "Kestrel Foods")),
    ("The tie-up gives Halvorsen Marine the heft to better compete with Orvane Shipping in Asia.",
     ("Halvorsen Marine", "Orvane Shipping")),
])
def test_the_one_given_the_means_competes(nlp, text, pair):
    assert of_kind(nlp, text, "compete").get(pair) == "asserted"


@pytest.mark.parametrize("text, fact, giver", [
    ("Orvane Capital gave Kestrel Foods the go-ahead to partner with Brambleway Dairy.",
     ("partner", "Brambleway Dairy", "Kestrel Foods"), "Orvane Capital"),
    ("The regulator gave Kestrel Foods the right to buy Brambleway Dairy.",
     ("acquire", "Kestrel Foods", "Brambleway Dairy"), "regulator"),
    ("Quillfield Bank handed Trellis Analytics the money to buy Halvorsen Marine.",
     ("acquire", "Trellis Analytics", "Halvorsen Marine"), "Quillfield Bank"),
])
def test_a_given_leave_is_hedged_and_not_the_givers(nlp, text, fact, giver):
    found = relations(nlp, text)
    assert found.get(fact) == "hedged", found
    assert not any(giver in key for key in found), found


@pytest.mark.parametrize("text", [
    "Kestrel Foods has the money to buy Brambleway Dairy.",  # no giver: a means held, no act
    "Orvane Capital gave Kestrel Foods a loan to compete with Brambleway Dairy.",  # a loan: supply's
])
def test_no_given_means_no_new_party(nlp, text):
    found = relations(nlp, text)
    assert not any(t in {"acquire", "compete"} and "Orvane Capital" in (h, tl)
                   for t, h, tl in found), found


@pytest.mark.parametrize("text, pair, mood", [
    ("Mara Quint, Brambleway Dairy's chief marketing officer, has quit to join rival Kestrel Foods.",
     ("Brambleway Dairy", "Kestrel Foods"), "asserted"),
    ("Tomas Reyes, chief operating officer of Halvorsen Marine, has quit in a move to rejoin rival "
     "Orvane Shipping.", ("Halvorsen Marine", "Orvane Shipping"), "asserted"),
    ("Mara Quint, Brambleway Dairy's chief marketing officer, will reportedly join rival Kestrel "
     "Foods.", ("Brambleway Dairy", "Kestrel Foods"), "reported"),
])
def test_joining_a_rival_names_the_firm_left(nlp, text, pair, mood):
    assert of_kind(nlp, text, "compete").get(pair) == mood


@pytest.mark.parametrize("text, pair", [
    # no rival word: a move, no rivalry
    ("Mara Quint, Brambleway Dairy's chief marketing officer, has quit to join Kestrel Foods.",
     ("Brambleway Dairy", "Kestrel Foods")),
    # the phrase names whose rival the firm joined is: that firm's, not the one left
    ("Mara Quint left Brambleway Dairy to join Orvane Foods' rival Kestrel Foods.",
     ("Brambleway Dairy", "Kestrel Foods")),
])
def test_no_bare_rival_no_rivalry_with_the_firm_left(nlp, text, pair):
    assert pair not in of_kind(nlp, text, "compete")
