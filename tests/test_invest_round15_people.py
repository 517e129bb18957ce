"""A person said to hold a company, round 15: "Mr Lee is Acme's largest shareholder", "Ann Lee
became Acme's biggest investor" (a new noun rule for people in the predicate; companies there
were already read). A calling without a company ("a well-known investor") and a job title
("investor relations chief") hold nothing.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,fact", [
    # property, oil
    ("Mr Pemberton is Dunmore Holdings' largest shareholder.", ("Pemberton", "Dunmore Holdings")),
    ("Mr Nevrin is Tarsk Oil's largest shareholder but lives abroad.", ("Nevrin", "Tarsk Oil")),
    # food, media
    ("Ann Lee became Brightwater Foods' biggest shareholder last year.", ("Ann Lee", "Brightwater Foods")),
    ("Carla Mendes is the main investor in Sorrel Media Group.", ("Carla Mendes", "Sorrel Media Group")),
])
def test_person_holder_in_predicate(nlp, text, fact):
    assert fact in of_kind(nlp, text, "invest")


@pytest.mark.parametrize("text", [
    "Ann Lee is a well-known investor.",
    "Ann Lee is Brightwater Foods' investor relations chief.",
    "Ann Lee is the owner of a fruit stand.",
    "Ann Lee is the largest shareholder's daughter.",
])
def test_no_person_holder(nlp, text):
    assert not of_kind(nlp, text, "invest")
