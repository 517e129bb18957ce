"""Rivals in a contest, round 16: "A outbid B", "A lost out to B", "a bidding war between A and
B", "a price war with B" name two competitors. Only organizations, and for "lost out to" only
the name the preposition governs. Sentences written for these tests (invented names)."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, pair", [
    ("Brisa Airlines outbid Velda Airways for the landing slots.",
     ("Brisa Airlines", "Velda Airways")),
    ("Norvane Steel was outbid by Quarto Metals in the auction.", ("Norvane Steel", "Quarto Metals")),
    ("Halvard Records lost out to Tessel Music in the fight for the band.",
     ("Halvard Records", "Tessel Music")),
    ("Brisa Airlines lost out to Velda Airways on the Lisbon route.",
     ("Brisa Airlines", "Velda Airways")),
    ("The bidding war between Ardent Media and Kestrel Broadcasting began in April.",
     ("Ardent Media", "Kestrel Broadcasting")),
    ("Ostbank started a price war with Lumen Bank over mortgages.", ("Lumen Bank", "Ostbank")),
])
def test_a_contest_names_two_rivals(nlp, text, pair):
    assert pair in of_kind(nlp, text, "compete")


@pytest.mark.parametrize("text", [
    "Norvane Steel lost out on the contract.",
    "Brisa Airlines lost Velda Airways as a customer.",
    "Halvard Records lost out to a Tessel Music talent show in the ratings.",
    "Ostbank said the trade war between Lumen Bank's two biggest markets hurt lending.",
    "The war between Ardent Media and Kestrel Broadcasting staff ended in a strike.",
])
def test_near_shapes_name_no_rivals(nlp, text):
    assert not of_kind(nlp, text, "compete")
