"""Ownership size before a participle without its hyphen, round 14: "X is majority owned by Y"
(the parser reads "majority" as the predicate and "owned" as its modifier) gives invest(Y, X)
as "majority-owned" already did; "a majority backed by Y" names no company owned.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,fact", [
    # software, food
    ("Tamber Health is majority owned by Ironbark Capital.", ("Ironbark Capital", "Tamber Health")),
    ("Brightwater Foods, which is majority owned by Pellam Group, cut jobs.",
     ("Pellam Group", "Brightwater Foods")),
    # shipping
    ("Arlo Logistics is minority owned by Baxter Group.", ("Baxter Group", "Arlo Logistics")),
])
def test_majority_owned_without_hyphen(nlp, text, fact):
    assert fact in of_kind(nlp, text, "invest")


@pytest.mark.parametrize("text", [
    "The majority owned by Baxter Group is small.",
    "The vote was a majority backed by Ironbark Capital.",
])
def test_no_company_owned(nlp, text):
    assert not of_kind(nlp, text, "invest")
