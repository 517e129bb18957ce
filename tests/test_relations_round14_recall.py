"""Relation recall (round 14): shapes of partner, supply, acquire and develop the rules missed.
Sentences written for these tests (invented organizations, several industries)."""
from __future__ import annotations

import pytest

from extracted import of_kind, relations

# -- "A and other Ns": the parser reads A as a modifier of the plural noun ---------------------


@pytest.mark.parametrize("text, kind, pair", [
    ("Halden Air has signed deals with Corvel and other carriers.",
     "partner", ("Corvel", "Halden Air")),
    ("Brisa Telecom has partnered with Shopcart and other services.",
     "partner", ("Brisa Telecom", "Shopcart")),
    ("Ardent Steel has signed deals with Corvel and other mills.",
     "partner", ("Ardent Steel", "Corvel")),
    ("Fenwick Retail has signed deals with Corvel and other brands.",
     "partner", ("Corvel", "Fenwick Retail")),
])
def test_a_name_before_and_other_is_a_list_member(nlp, text, kind, pair):
    assert pair in of_kind(nlp, text, kind)


@pytest.mark.parametrize("text", [
    "Florida and other states reopened their beaches.",
    "Kestrel Foods and other grocers reopened their stores.",
])
def test_and_other_alone_makes_no_relation(nlp, text):
    assert not relations(nlp, text)


# -- "partner X": the noun modifies an organization's name ------------------------------------


@pytest.mark.parametrize("text, pair, modality", [
    ("Halvard Motors agreed a compensation package with partner Corvel Motors.",
     ("Corvel Motors", "Halvard Motors"), "asserted"),
    ("Halvard Motors had to pay former partner Corvel Motors $2bn to end the deal.",
     ("Corvel Motors", "Halvard Motors"), "negated"),
    ("Shares in Brisk Pharma fell 70% while its US partner Tolvane Biotech shed 43%.",
     ("Brisk Pharma", "Tolvane Biotech"), "asserted"),
    ("Ardent Telecom's partner Lumo Networks will run the masts.",
     ("Ardent Telecom", "Lumo Networks"), "asserted"),
])
def test_partner_before_a_name(nlp, text, pair, modality):
    assert of_kind(nlp, text, "partner").get(pair) == modality


@pytest.mark.parametrize("text", [
    "She and her business partner Ann Corvel opened the salon in 2015.",
    "According to managing partner Lester Crowell, the firm has been busy.",
    "Ardent Telecom hired Lumo Partners to advise on the sale.",
])
def test_partner_before_a_person_or_inside_a_name_is_no_alliance(nlp, text):
    assert not of_kind(nlp, text, "partner")


# -- "placed an order for Maker goods": the maker supplies the one placing it ---------------------


@pytest.mark.parametrize("text, supplier, customer", [
    ("Corvel Air placed an order for 30 Norvane Aero A90 jets.", "Norvane", "Corvel Air"),
    ("Brisa Rail has placed an order for 12 Tolvane Motors locomotives.", "Tolvane Motors", "Brisa Rail"),
    ("Halden Health placed an order for 500 Medivane Systems ventilators.", "Medivane Systems",
     "Halden Health"),
])
def test_an_order_placed_for_a_makers_goods(nlp, text, supplier, customer):
    assert (supplier, customer) in of_kind(nlp, text, "supply")


@pytest.mark.parametrize("text", [
    "Halden Health placed an order for masks last week.",
    "Corvel Air placed the order in May, its chief executive said.",
    "Brisa Rail placed its Tolvane Motors order on hold.",
])
def test_an_order_without_a_named_maker_gives_no_supplier(nlp, text):
    assert not of_kind(nlp, text, "supply")


# -- "bought all of X", "buying 100% of X": the whole company is bought -------------------------


@pytest.mark.parametrize("text, buyer, target", [
    ("Tolvane Foods said it had bought all of Brisa Dairies.", "Tolvane Foods", "Brisa Dairies"),
    ("Corvel Bank is buying 100% of Halden Savings, it said on Monday.", "Corvel Bank",
     "Halden Savings"),
    ("Norvane Mining bought the whole of Quarto Resources last year.", "Norvane Mining",
     "Quarto Resources"),
])
def test_buying_the_whole_of_a_company(nlp, text, buyer, target):
    assert (buyer, target) in of_kind(nlp, text, "acquire")


@pytest.mark.parametrize("text", [
    "Tolvane Foods bought 40% of Brisa Dairies.",
    "Tolvane Foods bought all of its milk from Brisa Dairies.",
    "Brisa Air bought 100 planes from Corvel Aero.",
])
def test_a_part_or_goods_is_no_takeover(nlp, text):
    assert not of_kind(nlp, text, "acquire")


# -- "tie-up" kept one word: split at the hyphen no deal rule ever saw it -----------------------


@pytest.mark.parametrize("text, pair, modality", [
    ("Halden Bio announced a tie-up with Corvel Labs on Monday.", ("Corvel Labs", "Halden Bio"),
     "asserted"),
    ("Brisa Airways sought a tie-up with Tolvane Air last year.", ("Brisa Airways", "Tolvane Air"),
     "hedged"),
    ("A tie-up between Norvane Steel and Quarto Metals was signed in May.",
     ("Norvane Steel", "Quarto Metals"), "asserted"),
])
def test_a_tie_up_is_a_partnership(nlp, text, pair, modality):
    assert of_kind(nlp, text, "partner").get(pair) == modality


def test_tie_up_is_one_token(nlp):
    assert "tie-up" in [t.text for t in nlp("Corvel Labs confirmed the tie-up on Monday.")]


@pytest.mark.parametrize("text", [
    "The tie-up comes as producers contend with falling prices, Halden Bio said.",
    "Brisa Airways said the offer undervalued the benefits of such a tie-up.",
])
def test_a_tie_up_with_no_second_party_names_none(nlp, text):
    assert not of_kind(nlp, text, "partner")
