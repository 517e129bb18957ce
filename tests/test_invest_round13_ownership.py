"""Ownership stated as a predicate, round 13: "X is a subsidiary of Y", "X is majority-owned by
Y" (the hyphened adverb makes the parser read the participle as an adjective of "is"), and "X,
a portfolio company of Y". A unit named as the role a deal will give ("will run X as a unit of
Y") and ownership that names no party ("state-owned") give nothing.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,fact", [
    # freight
    ("Arlo Logistics is a unit of Baxter Group.", ("Baxter Group", "Arlo Logistics")),
    # carmaking
    ("Corvin Motors is a subsidiary of Ulmen Industries.", ("Ulmen Industries", "Corvin Motors")),
    # food
    ("Brightwater Foods is majority-owned by Pellam Group.", ("Pellam Group", "Brightwater Foods")),
    ("Brightwater Foods, which is majority-owned by Pellam Group, said sales rose.",
     ("Pellam Group", "Brightwater Foods")),
    # hotels
    ("The Corvel Hotel is majority-owned by Ulmen Industries.", ("Ulmen Industries", "Corvel Hotel")),
    # software, venture capital
    ("Kestrel Software, a portfolio company of Ironbark Capital, hired staff.",
     ("Ironbark Capital", "Kestrel Software")),
    ("Tamber Health is a portfolio company of Ironbark Capital.", ("Ironbark Capital", "Tamber Health")),
])
def test_ownership_predicated_of_a_company(nlp, text, fact):
    assert fact in of_kind(nlp, text, "invest")


@pytest.mark.parametrize("text", [
    "Lena Park is expected to keep running Arlo Logistics as a unit of Baxter Group after the deal.",
    "Halvard Shipping is partly-owned by the state.",
    "State-owned Nordlys Bank cut its rates.",
    "The report was well-received by Ironbark Capital.",
    "Tamber Health is a portfolio of clinics across Ohio.",
])
def test_no_stake_stated(nlp, text):
    assert not of_kind(nlp, text, "invest")
