"""A name two compounds deep, round 16: "owns the Liffex derivatives exchange" (the parser hangs
"Liffex" on "derivatives", not on "exchange") names the exchange all the same, as "owns the
Liffex exchange" did; a takeover reads it the same way.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind, relations


@pytest.mark.parametrize("text,fact", [
    # finance, twice
    ("Halvard Group owns the Liffex derivatives exchange in London.", ("Halvard Group", "Liffex")),
    ("Kelso said profits rose. Halvard Group, which owns the Kelso derivatives exchange in London, "
     "said profits fell.", ("Halvard Group", "Kelso")),
])
def test_inner_name_owned(nlp, text, fact):
    assert fact in of_kind(nlp, text, "invest")


def test_inner_name_bought(nlp):
    text = ("Kelso said profits rose. Halvard Group, which bought the Kelso futures exchange in 2019, "
            "said profits fell.")
    assert ("acquire", "Halvard Group", "Kelso") in relations(nlp, text)


@pytest.mark.parametrize("text", [
    "Halvard Group owns the derivatives exchange in London.",
    "Halvard Group owns a stake in the London derivatives exchange.",
])
def test_no_inner_name(nlp, text):
    assert not of_kind(nlp, text, "invest")
