"""Round 18 money precision: shapes of real business news that gave a figure to the wrong party.
A sum after "by" on a verb whose object is a money word ("restated its earnings by $5bn",
"inflated profits by $40m") is a change, whatever the verb; the subject of "received a $3bn
takeover offer" is courted, not the bidder, and one that "received a $40m contract" sells (the
customer after "from" owns the price, else no one); a thing "bought for $9bn by a previously
unknown group" is what was sold, and with no buyer named the price is no one's; "the
country's surplus", "the city's budget" are a place's money, not the article's company's.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import money_facts


@pytest.mark.parametrize("text", [
    # food, finance, cars
    "Corvane Foods restated its earnings by $12m after an audit of its books.",
    "Regulators said Pellora Pharma had inflated its profits by more than $40m over three years.",
    "Tessaly Motors overstated revenue by $9m in 2019, the filing shows.",
    "Harlan Bank could have to restate its earnings by up to $2bn.",
])
def test_a_money_word_changed_by_a_sum_is_a_change(nlp, text):
    assert not money_facts(nlp, text)


@pytest.mark.parametrize("text,owner,kind,amount", [
    ("Brightwell Energy bought Norrel Gas by paying $400m in cash.",
     "Brightwell Energy", "deal_value", 400e6),
    ("Kestrel Airways financed the jets by raising $300m in bonds.",
     "Kestrel Airways", "funding", 300e6),
    ("Daventry Steel grew its revenue to $5bn by cutting prices.",
     "Daventry Steel", "revenue", 5e9),
])
def test_a_sum_by_which_something_is_done_stays(nlp, text, owner, kind, amount):
    assert (owner, kind, amount) in money_facts(nlp, text)


@pytest.mark.parametrize("text", [
    # retail, mining, media
    "Belford Mining has received a $2bn takeover approach.",
    "Circa Stores, the third-largest grocer in the region, has received a $3.25bn takeover offer.",
    "Orvan Media received a $40m contract last year.",
    "Tallis Shipping got a $500m bid for its tanker arm.",
])
def test_a_payee_of_an_offer_or_a_contract_is_not_its_buyer(nlp, text):
    assert not money_facts(nlp, text)


@pytest.mark.parametrize("text,owner", [
    ("Belford Mining has received a $2bn takeover offer from Quarry Holdings.", "Quarry Holdings"),
    ("Orvan Media received a $40m contract from Delta Rail.", "Delta Rail"),
])
def test_a_bidder_or_customer_after_from_owns_the_price(nlp, text, owner):
    assert {f[0] for f in money_facts(nlp, text)} == {owner}


@pytest.mark.parametrize("text,owner", [
    ("Corran Holdings has offered $2bn for Belford Mining.", "Corran Holdings"),
    ("Tallis Shipping bought Varn Ferries for $500m.", "Tallis Shipping"),
])
def test_a_bidder_or_buyer_subject_keeps_the_price(nlp, text, owner):
    assert (owner, "deal_value") in {f[:2] for f in money_facts(nlp, text)}


@pytest.mark.parametrize("text", [
    # energy, hotels
    "Norrel Gas was forced to sell its main unit. It was bought for $9bn by a previously "
    "unknown group.",
    "The Ardley hotel chain was acquired for £750m by an investor group last year.",
])
def test_a_thing_sold_to_an_unnamed_buyer_owns_no_price(nlp, text):
    assert not money_facts(nlp, text)


def test_a_thing_sold_to_a_named_buyer_is_the_buyers(nlp):
    text = "Norrel Gas was bought for $9bn by Brandt Energy."
    assert money_facts(nlp, text) == {("Brandt Energy", "deal_value", 9e9)}


@pytest.mark.parametrize("text", [
    # trade, city finance
    "Varlo Shipping said exports rose. The country's surplus on services remained steady at "
    "£1.5bn for the fifth month in a row.",
    "Dunmore Bank lends to the town. The city's budget rose to $4bn this year.",
])
def test_a_places_money_is_not_the_companys(nlp, text):
    assert not money_facts(nlp, text)


def test_a_companys_own_results_after_a_place_stay(nlp):
    text = "Varlo Shipping said its profit rose to £1.5bn as the country's exports grew."
    assert ("Varlo Shipping", "profit", 1.5e9) in money_facts(nlp, text)


def test_a_figure_inside_the_objects_phrase_keeps_its_buyer(nlp):
    # review mend: the payee rule reads only a figure on the object itself
    text = "Quarry Holdings received shareholder approval for the $2bn takeover of Belford Mining."
    assert ("Quarry Holdings", "deal_value", 2e9) in money_facts(nlp, text)
