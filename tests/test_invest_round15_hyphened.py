"""A hyphened participle on a noun the parser leaves apart from the name, round 15: "Bragi is
an Acme-backed startup" (the copula's subject is what is backed) and "the Acme-backed startup
Bragi raised" (the name read as a second subject of the same verb).

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,fact", [
    # software, pharma
    ("Quillo is a Microsoft-backed startup.", ("Microsoft", "Quillo")),
    ("Tavira Health is a Halvex Capital-backed drugmaker based in Ohio.", ("Halvex Capital", "Tavira Health")),
    # fintech
    ("The Microsoft-backed startup Quillo raised $5 million.", ("Microsoft", "Quillo")),
])
def test_hyphened_owner_of_described_name(nlp, text, fact):
    assert fact in of_kind(nlp, text, "invest")


@pytest.mark.parametrize("text", [
    "Quillo is a state-backed startup.",
    "Quillo is a venture-backed company.",
    "The Microsoft-backed plan was dropped.",
    "Quillo's founder is a Microsoft-backed entrepreneur.",
])
def test_no_hyphened_owner(nlp, text):
    assert not of_kind(nlp, text, "invest")
