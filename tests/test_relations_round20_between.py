"""Round 20, partner precision: "an agreement between A and B" names the deal's parties.

When a deal noun names its parties after "between", the subject of the verb over it ("Kelvin
Clinics will offer scans after an agreement between the health ministry and Rochel Labs") is
no party, even when only one of the named parties is a firm the tagger knows. When "between"
names the subject again ("a deal between itself and B", "between its cloud unit and B") it is
a party. A deal noun with no "between" keeps the governing subject as its party ("Harlow Motors
signed a deal with Orvane Steel"), and other nouns ("a fare war between itself and B") are not
touched. Every name is invented; names are labelled as the tagger labels firms.
"""
from __future__ import annotations

import pytest

from extracted import relabel
from tieline.extract import extract
from tieline.model import Document


def _pairs(nlp, text: str, orgs: list[str], kind: str = "partner") -> set[frozenset]:
    sdoc = nlp(text)
    relabel(sdoc, {name: "ORG" for name in orgs})
    facts = extract(Document(text=text, source="test", published="2024-05-01"), sdoc).relations
    return {frozenset((r.head, r.tail)) for r in facts if r.type == kind}


@pytest.mark.parametrize("text,orgs,outsider", [
    # health
    ("Kelvin Clinics will offer the new scans after an agreement between the health ministry "
     "and Rochel Labs.", ["Kelvin Clinics", "Rochel Labs"], "Kelvin Clinics"),
    # insurance
    ("Tessaro Bank praised the partnership between the city council and Fenwick Insurance.",
     ["Tessaro Bank", "Fenwick Insurance"], "Tessaro Bank"),
    # shipping
    ("Petrel Logistics expects lower fees after the deal between the port authority and "
     "Orvane Shipping.", ["Petrel Logistics", "Orvane Shipping"], "Petrel Logistics"),
])
def test_subject_over_a_between_deal_is_no_party(nlp, text, orgs, outsider):
    assert not any(outsider in pair for pair in _pairs(nlp, text, orgs))


@pytest.mark.parametrize("text,orgs,pair", [
    # the parties after "between" are read
    ("Kelvin Clinics welcomed the agreement between Rochel Pharma and Abbex Labs.",
     ["Kelvin Clinics", "Rochel Pharma", "Abbex Labs"], {"Rochel Pharma", "Abbex Labs"}),
    # no "between": the subject is the party
    ("Harlow Motors signed a supply agreement with Orvane Steel.", ["Harlow Motors", "Orvane Steel"],
     {"Harlow Motors", "Orvane Steel"}),
    ("Tessaro Bank announced a partnership with Fenwick Insurance.",
     ["Tessaro Bank", "Fenwick Insurance"], {"Tessaro Bank", "Fenwick Insurance"}),
])
def test_named_parties_still_paired(nlp, text, orgs, pair):
    assert frozenset(pair) in _pairs(nlp, text, orgs)


@pytest.mark.parametrize("text,orgs", [
    # cars: "between" names the subject again
    ("Harlow Motors formed a joint venture between itself and Orvane Steel.",
     ["Harlow Motors", "Orvane Steel"]),
    # software
    ("Lumio Software struck a deal between itself and Quillon Systems.",
     ["Lumio Software", "Quillon Systems"]),
    ("Lumio Software signed a licensing agreement between its cloud unit and Quillon Systems.",
     ["Lumio Software", "Quillon Systems"]),
])
def test_between_naming_the_subject_keeps_it(nlp, text, orgs):
    assert frozenset(orgs) in _pairs(nlp, text, orgs)


def test_between_rule_is_for_deals_only(nlp):
    orgs = ["Harlow Airways", "Orvane Air"]
    text = "Harlow Airways started a fare war between itself and Orvane Air."
    assert frozenset(orgs) in _pairs(nlp, text, orgs, "compete")
