"""Round 20, partner precision: "agreements between A and B" names the deal's parties.

When a deal noun names its parties after "between", the subject of the verb over it ("Kelvin
Health will roll out tests following agreements between the ministry and Rochel") is no
party, even when only one of the named parties is a firm the tagger knows. A deal noun with
no "between" keeps the governing subject as its party ("Harlow Motors signed a deal with
Orvane Steel"). Every name is invented; names are labelled as the tagger labels firms.
"""
from __future__ import annotations

import pytest

from extracted import relabel
from tieline.extract import extract
from tieline.model import Document


def _partners(nlp, text: str, orgs: list[str]) -> set[frozenset]:
    sdoc = nlp(text)
    relabel(sdoc, {name: "ORG" for name in orgs})
    facts = extract(Document(text=text, source="test", published="2024-05-01"), sdoc).relations
    return {frozenset((r.head, r.tail)) for r in facts if r.type == "partner"}


@pytest.mark.parametrize("text,orgs,outsider", [
    # health
    ("Kelvin Health will roll out antibody tests following agreements between Whitehall and "
     "drug makers Rochel and Abbex, starting next week.", ["Kelvin Health", "Rochel", "Abbex"],
     "Kelvin Health"),
    # shipping
    ("Petrel Logistics expects lower fees after the deal between the port authority and "
     "Orvane Shipping.", ["Petrel Logistics", "Orvane Shipping"], "Petrel Logistics"),
])
def test_subject_over_a_between_deal_is_no_party(nlp, text, orgs, outsider):
    assert not any(outsider in pair for pair in _partners(nlp, text, orgs))


@pytest.mark.parametrize("text,orgs,pair", [
    # the parties after "between" are read
    ("Kelvin Health welcomed the agreement between Rochel Pharma and Abbex Labs.",
     ["Kelvin Health", "Rochel Pharma", "Abbex Labs"], {"Rochel Pharma", "Abbex Labs"}),
    # no "between": the subject is the party
    ("Harlow Motors signed a supply agreement with Orvane Steel.", ["Harlow Motors", "Orvane Steel"],
     {"Harlow Motors", "Orvane Steel"}),
    ("Tessaro Bank announced a partnership with Fenwick Insurance.",
     ["Tessaro Bank", "Fenwick Insurance"], {"Tessaro Bank", "Fenwick Insurance"}),
])
def test_named_parties_still_paired(nlp, text, orgs, pair):
    assert frozenset(pair) in _partners(nlp, text, orgs)
