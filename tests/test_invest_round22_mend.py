"""invest (round 22, after review): the owner shapes of round 22 refuse what they cannot read.
A joint venture not yet formed, never formed or only planned is not held; a description before
"joint venture" ("their EV joint venture") names no firm; "X, its flagship brand" holds nothing
when the clause buys, sells, licenses or closes X, or when the brand word says someone else's
("its main supplier brand"); "includes A but not B" lists A only; one reader per collection.
Every name is invented."""
from __future__ import annotations

import pytest

from extracted import of_kind

OWNERS = {"Orvane Shipping", "Halvorsen Marine"}


@pytest.mark.parametrize("text", [
    "Orvane Shipping and Halvorsen Marine never formed their Orvane Cruises joint venture.",
    "Orvane Shipping and Halvorsen Marine failed to form their Orvane Cruises joint venture.",
    "Orvane Shipping and Halvorsen Marine are considering forming their Orvane Cruises joint "
    "venture.",
    "Orvane Shipping and Halvorsen Marine plan to set up their Orvane Cruises joint venture "
    "next year.",
    "Orvane Shipping and Halvorsen Marine will launch their Orvane Cruises joint venture in 2026.",
    "Orvane Shipping and Halvorsen Marine may expand their Orvane Cruises joint venture.",
])
def test_a_venture_not_formed_or_only_planned_is_no_asserted_holding(nlp, text):
    facts = of_kind(nlp, text, "invest")
    assert not {k: v for k, v in facts.items() if k[0] in OWNERS and v == "asserted"}


def test_a_reported_venture_stays_reported(nlp):
    facts = of_kind(nlp, "Orvane Shipping and Halvorsen Marine are expanding their Trellis "
                         "Cruises joint venture, Kestrel Foods said.", "invest")
    assert facts.get(("Orvane Shipping", "Orvane Cruises")) in {None, "reported"}


@pytest.mark.parametrize("text", [
    "Orvane Shipping and Halvorsen Marine expanded their EV joint venture.",
    "Orvane Shipping and Halvorsen Marine expanded their LNG joint venture.",
    "Orvane Shipping and Halvorsen Marine expanded their Cloud joint venture.",
    "Orvane Shipping and Halvorsen Marine expanded their New Energy joint venture.",
    "Orvane Shipping and Halvorsen Marine expanded their Sarah Jenkins joint venture.",
])
def test_a_description_before_joint_venture_names_no_firm(nlp, text):
    facts = of_kind(nlp, text, "invest")
    assert not {k for k in facts if k[0] in OWNERS}


@pytest.mark.parametrize("text, venture", [
    ("Orvane Shipping and Halvorsen Marine expanded their Trellis Holdings joint venture.",
     "Trellis Holdings"),
    ("Orvane Shipping and Halvorsen Marine formed their Orvane Cruises joint venture in 2019.",
     "Orvane Cruises"),
])
def test_a_venture_named_as_a_firm_is_held_by_both(nlp, text, venture):
    facts = of_kind(nlp, text, "invest")
    assert facts.get(("Orvane Shipping", venture)) == "asserted"
    assert facts.get(("Halvorsen Marine", venture)) == "asserted"
