"""invest (round 22): ownership stated by the shape of a phrase rather than by a verb. An owner's
collection of brands that lists named houses ("the Marlow Group stable of brands, which includes
A and B") says the owner holds each; two named firms' own joint venture ("A and B are expanding
their Orvane Cruises joint venture") says each holds a stake in it. Near shapes give nothing: a
portfolio of clients or loans, a bare stable, "its" stable (the antecedent is a guess), someone
else's venture, owners that are a pronoun, a venture named by a place. Every name is invented."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, pairs", [
    ("The deal adds a famous label to Quillfield Holdings' stable of brands, which already "
     "includes Kestrel Foods and Brambleway Dairy.",
     {("Quillfield Holdings", "Kestrel Foods"), ("Quillfield Holdings", "Brambleway Dairy")}),
    ("Quillfield owns a stable of brands including Kestrel Foods and Brambleway Dairy.",
     {("Quillfield", "Kestrel Foods"), ("Quillfield", "Brambleway Dairy")}),
    ("The takeover would add a famous name to the Marlow Group's stable of labels, which "
     "includes Kestrel Foods Inc. and Brambleway Dairy Ltd.",
     {("Marlow Group", "Kestrel Foods"), ("Marlow Group", "Brambleway Dairy")}),
])
def test_a_stable_of_brands_lists_houses_the_owner_holds(nlp, text, pairs):
    assert pairs <= set(of_kind(nlp, text, "invest"))


@pytest.mark.parametrize("text", [
    "Quillfield's portfolio of clients includes Kestrel Foods and Brambleway Dairy.",
    "Quillfield's portfolio of loans includes Kestrel Foods and Brambleway Dairy.",
    "Quillfield's stable includes Kestrel Foods and Brambleway Dairy.",
    "Quillfield said its stable of brands includes Kestrel Foods and Brambleway Dairy.",
    "Quillfield stocks a portfolio of brands including Kestrel Foods and Brambleway Dairy.",
])
def test_no_holding_from_a_list_of_other_things_or_an_unnamed_owner(nlp, text):
    assert not of_kind(nlp, text, "invest")


@pytest.mark.parametrize("text, modality", [
    ("Orvane Shipping and Halvorsen Marine are continuing to expand their Orvane Cruises joint "
     "venture with a new order.", "asserted"),
    ("Orvane Shipping and Halvorsen Marine may expand their Orvane Cruises joint venture.",
     "hedged"),
    ("Orvane Shipping and Halvorsen Marine dissolved their Orvane Cruises joint venture in 2019.",
     "negated"),
    ("Regulators said Orvane Shipping and Halvorsen Marine must sell their Orvane Cruises joint "
     "venture.", "asserted"),
])
def test_their_named_joint_venture_is_held_by_both(nlp, text, modality):
    facts = of_kind(nlp, text, "invest")
    assert facts.get(("Orvane Shipping", "Orvane Cruises")) == modality
    assert facts.get(("Halvorsen Marine", "Orvane Cruises")) == modality


@pytest.mark.parametrize("text", [
    "Orvane Shipping and Halvorsen Marine praised their rivals' Orvane Cruises joint venture.",
    "They are expanding their Orvane Cruises joint venture.",
    "Orvane Shipping and Halvorsen Marine are expanding their Chinese joint venture.",
    "Orvane Shipping and Halvorsen Marine admired the Orvane Cruises joint venture of Kestrel "
    "Foods and Brambleway Dairy.",
])
def test_no_holding_in_a_venture_that_is_not_theirs_or_not_named(nlp, text):
    facts = of_kind(nlp, text, "invest")
    assert not {k for k in facts if k[0] in {"Orvane Shipping", "Halvorsen Marine"}}


@pytest.mark.parametrize("text, modality", [
    ("Luxury group Halvorsen Group named a new chief on Monday, entrusting him with the task of "
     "reviving Kestrel Foods, its flagship brand.", "asserted"),
    ("Halvorsen Group said sales at Kestrel Foods, its flagship brand, rose 5%.", "asserted"),
    ("Halvorsen Group said Kestrel Foods, its flagship brand, grew fast.", "asserted"),
    ("Halvorsen Group sold Kestrel Foods, its former flagship label, in 2019.", "negated"),
])
def test_a_house_beside_its_brand_noun_is_held_by_the_clause_subject(nlp, text, modality):
    assert of_kind(nlp, text, "invest").get(("Halvorsen Group", "Kestrel Foods")) == modality


@pytest.mark.parametrize("text", [
    "Halvorsen Group is losing ground to Kestrel Foods, its rival brand.",
    "Halvorsen Group praised Kestrel Foods, its biggest client.",
    # the subject is no named firm: "its" has no owner the sentence names
    "Analysts said sales at Kestrel Foods, its flagship brand, rose 5%.",
    "Kestrel Foods, its flagship brand, grew fast.",
])
def test_no_holding_from_a_rival_brand_or_an_owner_the_clause_does_not_name(nlp, text):
    assert not of_kind(nlp, text, "invest")


@pytest.mark.parametrize("text, modality", [
    ("Halvorsen Group has picked up brands like Kestrel Foods and Brambleway Dairy.", "asserted"),
    ("Halvorsen Group picked up companies such as Kestrel Foods and Brambleway Dairy in 2019.",
     "asserted"),
    ("Halvorsen Group may pick up brands like Kestrel Foods and Brambleway Dairy.", "hedged"),
])
def test_picking_up_brands_or_companies_is_buying_them(nlp, text, modality):
    facts = of_kind(nlp, text, "acquire")
    assert facts.get(("Halvorsen Group", "Kestrel Foods")) == modality
    assert facts.get(("Halvorsen Group", "Brambleway Dairy")) == modality


@pytest.mark.parametrize("text", [
    "Halvorsen Group picked up clients like Kestrel Foods and Brambleway Dairy.",
    "Halvorsen Group picked up awards from firms like Kestrel Foods.",
    "Halvorsen Group picked up Kestrel Foods as a customer.",
])
def test_no_purchase_when_what_is_picked_up_is_no_business(nlp, text):
    assert not of_kind(nlp, text, "acquire")
