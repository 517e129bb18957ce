"""Guards of issue 9 (round 8) against false non-employ relations on real news, on sentences
written for these tests (invented organizations, two industries each). Each guard still lets the
plain statement through."""
from __future__ import annotations

import pytest

from extracted import of_kind


# -- develop: a maker-named name that has a leader is a body, not a product -----------------------

@pytest.mark.parametrize("text, maker, name", [
    ("Halder owns depots. Jo Park, managing director of Halder Freightnet, said costs rose.",
     "Halder", "Halder Freightnet"),
    ("Halder owns depots. Former Halder Freightnet president Jo Park said costs rose.",
     "Halder", "Halder Freightnet"),
    ("Tarvik sells loans. Lee Ames, managing director of Tarvik Lendnet, said rates rose.",
     "Tarvik", "Tarvik Lendnet"),
])
def test_name_with_a_leader_is_no_product(nlp, text, maker, name):
    assert (maker, name) not in of_kind(nlp, text, "develop")


@pytest.mark.parametrize("text, maker, name", [
    ("Halder said Halder Freightnet is used by many shippers.", "Halder", "Halder Freightnet"),
    ("Tarvik said Tarvik Lendnet is used by many banks.", "Tarvik", "Tarvik Lendnet"),
])
def test_products_named_after_their_maker_still_developed_round8(nlp, text, maker, name):
    assert (maker, name) in of_kind(nlp, text, "develop")


# -- supply: selling a unit, an arm or assets is a divestment, not supplying the buyer ------------

@pytest.mark.parametrize("text, seller, buyer", [
    ("Halvard Bank has sold its insurance arm to Melwick Life for $2bn.",
     "Halvard Bank", "Melwick Life"),
    ("Tarnow Foods sold its dairy operations to Brisk Dairy last year.",
     "Tarnow Foods", "Brisk Dairy"),
    ("Korrin Mining sold its coal assets to Dunmore Energy in May.", "Korrin Mining", "Dunmore Energy"),
])
def test_sold_unit_is_no_supply(nlp, text, seller, buyer):
    assert (seller, buyer) not in of_kind(nlp, text, "supply")


@pytest.mark.parametrize("text, seller, buyer", [
    ("Tarnow Foods sells cheese to Brisk Dairy.", "Tarnow Foods", "Brisk Dairy"),
    ("Korrin Mining sold coal to Dunmore Energy in May.", "Korrin Mining", "Dunmore Energy"),
])
def test_sold_goods_still_supply(nlp, text, seller, buyer):
    assert (seller, buyer) in of_kind(nlp, text, "supply")


# -- sue: a case someone asks for is not opened ---------------------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("Tarnow Foods has called for an investigation by the Trade Commission into the price rises.",
     ("Trade Commission", "Tarnow Foods")),
    ("Korrin Mining demanded an inquiry into Halvard Bank.", ("Korrin Mining", "Halvard Bank")),
    ("Dunmore Energy pushed for a probe by the Energy Regulator into the outage.",
     ("Energy Regulator", "Dunmore Energy")),
])
def test_case_asked_for_is_no_suit(nlp, text, pair):
    assert pair not in of_kind(nlp, text, "sue")


@pytest.mark.parametrize("text, pair", [
    ("Tarnow Foods faces an investigation by the Trade Commission into the price rises.",
     ("Trade Commission", "Tarnow Foods")),
    ("Korrin Mining is under investigation by the Energy Regulator.",
     ("Energy Regulator", "Korrin Mining")),
    ("Korrin Mining filed a lawsuit against Halvard Bank.", ("Korrin Mining", "Halvard Bank")),
])
def test_case_opened_is_still_a_suit(nlp, text, pair):
    assert pair in of_kind(nlp, text, "sue")


# -- a possessed noun between a trigger and its verb names the party ------------------------------

@pytest.mark.parametrize("text, kind, wrong, right", [
    ("Dunmore Energy had wanted to help fund Korrin Mining's plans for a bid for Tarvik Oil.",
     "acquire", ("Dunmore Energy", "Tarvik Oil"), ("Korrin Mining", "Tarvik Oil")),
    ("Halvard Bank praised Melwick Life's plans for a partnership with Tarvik Insurance.",
     "partner", ("Halvard Bank", "Tarvik Insurance"), ("Melwick Life", "Tarvik Insurance")),
])
def test_possessor_on_the_way_to_the_verb_is_the_party(nlp, text, kind, wrong, right):
    found = of_kind(nlp, text, kind)
    assert wrong not in found and right in found


def test_verb_subject_still_the_party_without_a_possessor(nlp):
    text = "Korrin Mining announced plans for a bid for Tarvik Oil."
    assert ("Korrin Mining", "Tarvik Oil") in of_kind(nlp, text, "acquire")


# -- sue: the body a complaint is lodged with is its forum, not its target -------------------------

@pytest.mark.parametrize("text, pair", [
    ("Ms Vane has since lodged a complaint with the Equal Pay Commission.",
     ("Vane", "Equal Pay Commission")),
    ("Halvard Bank has lodged a complaint with the Banking Ombudsman.",
     ("Halvard Bank", "Banking Ombudsman")),
])
def test_forum_of_a_complaint_is_not_sued(nlp, text, pair):
    assert pair not in of_kind(nlp, text, "sue")


@pytest.mark.parametrize("text, pair", [
    ("Tarnow Foods filed a complaint with the Trade Commission against Brisk Dairy.",
     ("Tarnow Foods", "Brisk Dairy")),
    ("Korrin Mining settled the case with the Energy Regulator.",
     ("Energy Regulator", "Korrin Mining")),
])
def test_target_of_a_complaint_is_still_sued(nlp, text, pair):
    assert pair in of_kind(nlp, text, "sue")


# -- partner: a one-word name that is also a trigger word ("Pact") names a party, not a tie -------

@pytest.mark.parametrize("text, pair", [
    ("The study, commissioned by Pact and the Mining Council, included interviews with miners.",
     ("Mining Council", "Pact")),
    ("The report, commissioned by Alliance and the Energy Council, looked at prices.",
     ("Alliance", "Energy Council")),
])
def test_one_word_name_is_no_partnership(nlp, text, pair):
    assert pair not in of_kind(nlp, text, "partner")


@pytest.mark.parametrize("text, pair", [
    ("Partnership between Tarnow Foods and Brisk Dairy ends.", ("Brisk Dairy", "Tarnow Foods")),
    ("The alliance between Halvard Bank and Melwick Life ended.", ("Halvard Bank", "Melwick Life")),
])
def test_partnership_noun_still_a_tie(nlp, text, pair):
    assert pair in of_kind(nlp, text, "partner")


# -- supply: buying a share of a company or of its unit is a holding, not goods bought ------------

@pytest.mark.parametrize("text, supplier, buyer", [
    ("Burren Energy recently announced a deal to buy 26% of Indian firm Tarvik Oil Exploration.",
     "Tarvik Oil Exploration", "Burren Energy"),
    ("Korrin Power will buy 40% of the gas unit of Dunmore Energy.", "Dunmore Energy", "Korrin Power"),
    ("Melwick Motors is obliged to buy the 90% of the truck unit of Tarnow Group that it does not "
     "own.", "Tarnow Group", "Melwick Motors"),
])
def test_share_bought_is_no_supply(nlp, text, supplier, buyer):
    assert (supplier, buyer) not in of_kind(nlp, text, "supply")


@pytest.mark.parametrize("text, supplier, buyer", [
    ("Halvard Air bought 20 jets from Aerotek.", "Aerotek", "Halvard Air"),
    ("Korrin Power will buy gas from Dunmore Energy.", "Dunmore Energy", "Korrin Power"),
])
def test_goods_bought_still_supply(nlp, text, supplier, buyer):
    assert (supplier, buyer) in of_kind(nlp, text, "supply")


# -- develop: a name after a capitalised "The" inside a sentence is a title, not a product ---------

@pytest.mark.parametrize("text, maker, name", [
    ("As told in the 2005 book “The Corvex Story“, the founders met in a garage. Corvex makes "
     "chips.", "Corvex", "Corvex Story"),
    ("In the film The Halder Years, the founders met in a barn. Halder owns depots.",
     "Halder", "Halder Years"),
    ("Lee said during an interview on Tarvik Network's \"The Morning Hour\" that sales rose.",
     "Tarvik Network", "Morning Hour"),
])
def test_title_is_no_product(nlp, text, maker, name):
    assert (maker, name) not in of_kind(nlp, text, "develop")


def test_product_after_a_sentence_opening_the_still_developed(nlp):
    text = "The Halder Freightnet service is used by many shippers, Halder said."
    assert ("Halder", "Halder Freightnet") in of_kind(nlp, text, "develop")
