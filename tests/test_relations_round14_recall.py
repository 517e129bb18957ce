"""Relation recall (round 14): shapes of partner, supply, acquire and develop the rules missed.
Sentences written for these tests (invented organizations, several industries)."""
from __future__ import annotations

import pytest

from extracted import of_kind, relations

# -- "A and other Ns": the parser reads A as a modifier of the plural noun ---------------------


@pytest.mark.parametrize("text, kind, pair", [
    ("Halden Air has signed deals with Corvel and other carriers.",
     "partner", ("Corvel", "Halden Air")),
    ("Brisa Telecom has partnered with Shopcart and other services.",
     "partner", ("Brisa Telecom", "Shopcart")),
    ("Ardent Steel has signed deals with Corvel and other mills.",
     "partner", ("Ardent Steel", "Corvel")),
    ("Fenwick Retail has signed deals with Corvel and other brands.",
     "partner", ("Corvel", "Fenwick Retail")),
])
def test_a_name_before_and_other_is_a_list_member(nlp, text, kind, pair):
    assert pair in of_kind(nlp, text, kind)


@pytest.mark.parametrize("text", [
    "Florida and other states reopened their beaches.",
    "Kestrel Foods and other grocers reopened their stores.",
])
def test_and_other_alone_makes_no_relation(nlp, text):
    assert not relations(nlp, text)
