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


@pytest.mark.parametrize("text", [
    "Halvorsen Group agreed to buy Kestrel Foods, its first fashion brand.",
    "Halvorsen Group will acquire Kestrel Foods, its largest brand.",
    "Halvorsen Group sold Kestrel Foods, its flagship brand, to Orvane Apparel in 2019.",
    "Halvorsen Group spun off Kestrel Foods, its flagship brand, last year.",
    "Halvorsen Group closed Kestrel Foods, its flagship brand, in 2019.",
    "Halvorsen Group licensed Kestrel Foods, its most famous brand, from Orvane Apparel.",
    "Halvorsen Group signed a deal with Kestrel Foods, its main supplier brand.",
    "Halvorsen Group praised Kestrel Foods, its closest brand.",
])
def test_no_held_house_when_the_clause_moves_it_or_the_brand_is_not_its_own(nlp, text):
    facts = of_kind(nlp, text, "invest")
    assert facts.get(("Halvorsen Group", "Kestrel Foods")) != "asserted"


def test_a_house_the_clause_revives_is_still_held(nlp):
    facts = of_kind(nlp, "Halvorsen Group named a new chief to revive Kestrel Foods, its "
                         "flagship brand.", "invest")
    assert facts.get(("Halvorsen Group", "Kestrel Foods")) == "asserted"


def test_a_house_in_a_report_is_reported(nlp):
    facts = of_kind(nlp, "Orvane Apparel said Halvorsen Group was reviving Kestrel Foods, its "
                         "flagship brand.", "invest")
    assert facts.get(("Halvorsen Group", "Kestrel Foods")) in {None, "reported"}


def test_but_not_excludes_a_name_from_the_collection(nlp):
    facts = of_kind(nlp, "Brambleway Group's collection of marques includes Kestrel Motors but "
                         "not Orvane Motors.", "invest")
    assert facts.get(("Brambleway Group", "Orvane Motors")) != "asserted"


@pytest.mark.parametrize("text, modality", [
    ("Quillfield Holdings' portfolio of brands includes Kestrel Foods.", "asserted"),
    ("Quillfield Holdings' portfolio of brands does not include Kestrel Foods.", "negated"),
])
def test_one_reading_of_a_portfolio_of_brands(nlp, text, modality):
    facts = of_kind(nlp, text, "invest")
    assert facts.get(("Quillfield Holdings", "Kestrel Foods")) == modality


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


def test_a_house_the_collection_once_included_is_no_longer_held(nlp):
    facts = of_kind(nlp, "Quillfield Holdings' family of brands, which once included Kestrel "
                         "Foods, is shrinking.", "invest")
    assert facts.get(("Quillfield Holdings", "Kestrel Foods")) in {None, "negated"}


def test_a_name_a_common_noun_describes_is_no_listed_house(nlp):
    facts = of_kind(nlp, "Brambleway Group's roster of labels includes singer Marta Quell and "
                         "Kestrel Records.", "invest")
    assert ("Brambleway Group", "Marta Quell") not in facts
    assert facts.get(("Brambleway Group", "Kestrel Records")) == "asserted"
