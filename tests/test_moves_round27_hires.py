"""talent_move, round 27: founders who left a firm.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


# a founder marked as having left a firm moved from it to the one founded
@pytest.mark.parametrize("text,pair", [
    ("Ann Lee, a former Trellis Analytics engineer, founded Orvane in 2015.",
     ("Trellis Analytics", "Orvane")),
    ("Ann Lee, a former Trellis Analytics employee who founded the start-up Orvane, was sued.",
     ("Trellis Analytics", "Orvane")),
    ("Dag Moen, the former Halvorsen Marine chief who founded Kestrel Foods, spoke on Monday.",
     ("Halvorsen Marine", "Kestrel Foods")),
    ("Former Trellis Analytics engineer Ann Lee set up Brambleway Dairy in 2015.",
     ("Trellis Analytics", "Brambleway Dairy")),
    ("Two former Trellis Analytics staffers started Kestrel Foods last year.",
     ("Trellis Analytics", "Kestrel Foods")),
])
def test_a_former_employee_who_founded_a_firm_moved_to_it(nlp, text, pair):
    assert of_kind(nlp, text, "talent_move").get(pair) == "asserted"


@pytest.mark.parametrize("text", [
    # still there: no firm left
    "Ann Lee, a Trellis Analytics engineer, founded Orvane in 2015.",
    "Ann Lee, a Trellis Analytics engineer who founded Orvane, spoke on Monday.",
    # grown, not founded
    "Ann Lee, a former Trellis Analytics engineer, built Orvane into a giant.",
    # a unit of the firm left
    "Ann Lee, a former Trellis Analytics engineer, founded Trellis Analytics Labs.",
    # the former post is another person's
    "Ann Lee founded Orvane with Bo Park, a former Trellis Analytics engineer.",
])
def test_no_move_without_a_firm_left_for_a_new_one(nlp, text):
    assert not of_kind(nlp, text, "talent_move")


def test_a_founding_denied_keeps_its_mood(nlp):
    text = "Ann Lee, a former Trellis Analytics engineer, did not found Orvane."
    assert of_kind(nlp, text, "talent_move").get(("Trellis Analytics", "Orvane")) in {None, "negated"}
