"""Round 20, supply/partner precision: a participle joined to a passive verb is passive too.

"Dunmore Foods was bought and sold to Ravello Group": "sold" has no subject, auxiliary or
object of its own; it shares the passive "was" of "bought", so its subject is what was sold
and Ravello Group bought it. It is no sale by Dunmore Foods to Ravello Group. A participle
with its own auxiliary ("was founded in 1990 and has sold steel to Ravello Group") keeps its
active reading, and so does an intransitive verb whose object follows "in" or "with" ("was
founded in 2010 and invested in Baikor Resources"). Its target is a name or a pronoun that
stands for one ("It was seized and sold to B"), not a noun: "the former Harlow Foods
subsidiary was sold and acquired by Petrel Logistics" names no target (Harlow Foods owned it).
Every sentence and name is invented; names are labelled as the tagger labels firms.
"""
from __future__ import annotations

import pytest

from extracted import of_kind, relabel
from tieline.extract import extract
from tieline.model import Document


def _facts(nlp, text: str, orgs: list[str], kind: str) -> set[tuple[str, str]]:
    sdoc = nlp(text)
    relabel(sdoc, {name: "ORG" for name in orgs})
    facts = extract(Document(text=text, source="test", published="2024-05-01"), sdoc).relations
    return {(r.head, r.tail) for r in facts if r.type == kind}


@pytest.mark.parametrize("text,seller,buyer", [
    # food
    ("Dunmore Foods was bought and sold to Ravello Group within a year.", "Dunmore Foods",
     "Ravello Group"),
    # shipping
    ("The Harrow Shipyard was closed and sold to Kelvex Holdings last year.", "Harrow Shipyard",
     "Kelvex Holdings"),
])
def test_shared_passive_is_no_sale_by_its_subject(nlp, text, seller, buyer):
    assert (seller, buyer) not in of_kind(nlp, text, "supply")


@pytest.mark.parametrize("text,seller,buyer", [
    # the participle has its own auxiliary: active
    ("Gantry Steel was founded in 1990 and has sold steel to Ravello Group since 2001.",
     "Gantry Steel", "Ravello Group"),
    # plain active sale
    ("Orvane Foods sells its cheese to Petrel Markets.", "Orvane Foods", "Petrel Markets"),
])
def test_active_sale_still_read(nlp, text, seller, buyer):
    assert (seller, buyer) in of_kind(nlp, text, "supply")


def test_shared_passive_reads_the_buyer(nlp):
    text = "Dunmore Foods was bought and sold to Ravello Group within a year."
    assert ("Ravello Group", "Dunmore Foods") in of_kind(nlp, text, "acquire")


@pytest.mark.parametrize("text,owner,buyer", [
    # retail: the unit is unnamed, its former owner is no target
    ("The former Harlow Foods subsidiary was sold off last year and eventually acquired by "
     "Petrel Logistics.", "Harlow Foods", "Petrel Logistics"),
    # banking
    ("The old Tessaro Bank unit was closed in March and later bought by Fenwick Capital.",
     "Tessaro Bank", "Fenwick Capital"),
])
def test_shared_passive_needs_a_named_target(nlp, text, owner, buyer):
    assert (buyer, owner) not in _facts(nlp, text, [owner, buyer], "acquire")
    assert (owner, buyer) not in _facts(nlp, text, [owner, buyer], "supply")


@pytest.mark.parametrize("text,kind,pair", [
    # mining: "invested in" is intransitive, its object follows "in"
    ("Corvane Mining was founded in 2010 and invested in Baikor Resources in 2015.", "invest",
     ("Corvane Mining", "Baikor Resources")),
    # software
    ("Lumio Software was listed in 2012 and partnered with Quillon Systems on a payments app.",
     "partner", ("Lumio Software", "Quillon Systems")),
    ("Corvane Mining was listed in 2012 and collaborated with Baikor Resources on a mine.",
     "partner", ("Corvane Mining", "Baikor Resources")),
])
def test_intransitive_conjunct_stays_active(nlp, text, kind, pair):
    assert pair in _facts(nlp, text, list(pair), kind)


@pytest.mark.parametrize("text,target,buyer", [
    # mining: "It" stands for the firm of the sentence before
    ("Corvane Mining mines copper in Chile. It was seized and sold to Baikor Resources in "
     "December.", "Corvane Mining", "Baikor Resources"),
    # software: a relative pronoun
    ("Lumio Software, which was founded in 2010 and sold to Quillon Systems in 2015, makes "
     "billing tools.", "Lumio Software", "Quillon Systems"),
    ("Lumio Software makes billing tools. It was founded in 2010 and sold to Quillon Systems in "
     "2015.", "Lumio Software", "Quillon Systems"),
])
def test_shared_passive_pronoun_target(nlp, text, target, buyer):
    facts = _facts(nlp, text, [target, buyer], "acquire")
    assert (buyer, target) in facts
    assert (target, buyer) not in _facts(nlp, text, [target, buyer], "supply")
