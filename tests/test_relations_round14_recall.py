"""Relation recall (round 14): shapes of partner, supply, acquire and develop the rules missed.
Sentences written for these tests (invented organizations, several industries)."""
from __future__ import annotations

import pytest

from extracted import of_kind, relations

# -- "A and other Ns": the parser reads A as a modifier of the plural noun ---------------------


@pytest.mark.parametrize("text, kind, pair", [
    ("Kestrel Foods has partnered with Dalvo and other delivery services on home orders.",
     "partner", ("Dalvo", "Kestrel Foods")),
    ("Brevo Bank has teamed up with Quillon and other lenders on the scheme.",
     "partner", ("Brevo Bank", "Quillon")),
    ("Tarvine Pharma collaborated with Ossery and other laboratories on the trial.",
     "partner", ("Ossery", "Tarvine Pharma")),
])
def test_a_name_before_and_other_is_a_list_member(nlp, text, kind, pair):
    assert pair in of_kind(nlp, text, kind)


@pytest.mark.parametrize("text", [
    "Florida and other states reopened their beaches.",
    "Kestrel Foods and other grocers reopened their stores.",
])
def test_and_other_alone_makes_no_relation(nlp, text):
    assert not relations(nlp, text)
