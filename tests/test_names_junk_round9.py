"""Junk among the most-mentioned names, round 9: a deity tagged an organization is no party,
and an acronym's "'s" never belongs to its name ("KVRN's" groups with "KVRN"), while a shop
named with its founder's "'s" keeps it.

Every sentence and name is invented; the tagger's labels are set on the parse."""
from __future__ import annotations

import pytest

from tieline.extract import extract
from tieline.extract.entities.not_party import not_party_type
from tieline.model import Document

from test_names_round3 import names, with_labels


@pytest.mark.parametrize("text,labels,deity,firm,person", [
    # a food maker, a clinic
    ("Harlow Mills thanked Allah for the rain, said chief executive Omar Haddad on Monday.",
     [("Harlow Mills", "ORG"), ("Allah", "ORG"), ("Omar Haddad", "PERSON")],
     "Allah", "Harlow Mills", "Omar Haddad"),
    ("Jesus heals the sick, said Ann Vale, chief nurse of Grace Valley Clinic.",
     [("Jesus", "ORG"), ("Ann Vale", "PERSON"), ("Grace Valley Clinic", "ORG")],
     "Jesus", "Grace Valley Clinic", "Ann Vale"),
])
def test_a_deity_tagged_an_organization_is_no_party(nlp, text, labels, deity, firm, person):
    found = names(nlp, text, labels)
    assert found.get(deity) != "ORG" and found[firm] == "ORG"
    facts = extract(Document(text=text, source="test"), with_labels(nlp, text, labels)).relations
    assert facts and not any(deity in (r.head, r.tail) for r in facts)


def test_a_name_holding_a_deity_word_is_still_a_party():
    assert not_party_type("Allah") == "OTHER" and not_party_type("Jesus Christ") == "OTHER"
    assert not_party_type("Jesus Rivera") is None  # a person's first name
    assert not_party_type("Christ Church Hospital") is None  # a hospital named after it


@pytest.mark.parametrize("text,labels,name", [
    # a newsroom's dashboard, a lender's profits: "'s" owns a noun left unsaid
    ("Dashboards at many newsrooms, including KVRN's, pull the Orlen Institute data.",
     [("KVRN", "ORG"), ("Orlen Institute", "ORG")], "KVRN"),
    ("Profits at rival lenders, including BRAVA's, fell, said Marlo Bank.",
     [("BRAVA", "ORG"), ("Marlo Bank", "ORG")], "BRAVA"),
])
def test_an_acronym_never_keeps_its_possessive(nlp, text, labels, name):
    found = names(nlp, text, labels)
    assert found.get(name) == "ORG" and name + "'s" not in found


def test_a_shop_named_with_its_founders_possessive_keeps_it(nlp):
    found = names(nlp, "Dorran's said sales fell. Shoppers at Dorran's were few.",
                  [("Dorran", "ORG")])
    assert "Dorran's" in found


@pytest.mark.parametrize("text,labels,whole", [
    # grocery: a two-word shop name the tagger read as a person (round 11)
    ("Shoppers lined up at Trader Jim's on Monday. Trader Jim's said it would hire 500 workers.",
     [("Trader Jim", "PERSON")], "Trader Jim's"),
    # department store
    ("Marta Field's said holiday sales rose. Crowds filled Marta Field's in May.",
     [("Marta Field", "ORG")], "Marta Field's"),
])
def test_a_two_word_shop_name_keeps_its_possessive(nlp, text, labels, whole):
    assert names(nlp, text, labels).get(whole) == "ORG"


def test_a_persons_possessive_stays_the_persons(nlp):
    # the possessive owns a noun each time: a person's plan, not a shop
    found = names(nlp, "Ada Vale's plan failed. Critics mocked Ada Vale's budget.",
                  [("Ada Vale", "PERSON")])
    assert "Ada Vale" in found and "Ada Vale's" not in found
