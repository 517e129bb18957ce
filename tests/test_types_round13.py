"""Types and ends, round 13: a preposition inside a name ("Centers for Disease Control") is no
preposition of the clause, so "develop an app with the Institute for X" gives no supply "for"
the name's tail; a use verb's tail is an organization, never a product (ANNOTATION: use(head,
tail) = head uses what tail makes). Sentences and names invented."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text", [
    # health: a joint build with a public body whose name holds "for"
    "Brightlane also plans to develop a screening app with the Centers for Harbor Health "
    "Protection.",
    # energy: a joint design with an institute named with "for"
    "Corvo Power will design a turbine controller with the Institute for Coastal Wind "
    "Research.",
])
def test_a_name_internal_for_is_no_customer(nlp, text):
    assert not of_kind(nlp, text, "supply")


@pytest.mark.parametrize("text, head, tail", [
    # batteries: made for a named customer
    ("Brightlane builds batteries for Corvo Motors.", "Brightlane", "Corvo Motors"),
    # brewing: a customer whose own name holds "for"
    ("Tamsin Brewing brews a house lager for the Institute for Coastal Research.",
     "Tamsin Brewing", "Institute for Coastal Research"),
])
def test_made_for_a_customer_still_supplies(nlp, text, head, tail):
    assert (head, tail) in of_kind(nlp, text, "supply")
