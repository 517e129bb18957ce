"""Modality of the clause around a trigger, and time expressions resolved against the date."""
from __future__ import annotations

import pytest

from tieline.extract.modality import modality_at, modality_of
from tieline.extract.timex import time_of


def trigger(nlp, text, word):
    doc = nlp(text)
    return next(t for t in doc if t.lower_ == word)


@pytest.mark.parametrize("text,word,expected", [
    ("Nokia acquired Infinera last year.", "acquired", "asserted"),
    ("Nokia did not acquire Infinera.", "acquire", "negated"),
    ("Nokia may acquire Infinera.", "acquire", "hedged"),
    ("Nokia is considering buying Infinera.", "buying", "hedged"),
    ("Nokia will acquire Infinera next year.", "acquire", "forecast"),
    ("Nokia plans to acquire Infinera.", "acquire", "forecast"),
    ("Nokia is to acquire Infinera.", "acquire", "forecast"),
    ("Nokia reportedly acquired Infinera.", "acquired", "reported"),
    ("Nokia acquired Infinera, according to Reuters.", "acquired", "reported"),
    ("Fiat ended its alliance with General Motors.", "alliance", "negated"),
    ("Harbor Foods refused to sell its dairy arm to Alpine Milk.", "sell", "negated"),
    ("Quantex declined to supply chips to Orbital Motors.", "supply", "negated"),
    ("Brightline hopes to win a contract from the navy.", "win", "hedged"),
    ("Maria Lopez, the former chief executive of Acme, spoke.", "executive", "negated"),
    # a hedge in another clause does not touch the trigger's clause
    ("Acme began partnering with Beta, signalling that it may leave Gamma.", "partnering", "asserted"),
    # counterfactuals and conditions are not facts
    ("Had Siemens bought Osram, the market would have changed.", "bought", "hedged"),
    ("Had Unilever sued Nestle, the case would have dragged on.", "sued", "hedged"),
    ("If Barclays buys Lloyds, regulators will look closely.", "buys", "hedged"),
    ("Fiat ended a pact which could have obliged GM to buy Chrysler.", "buy", "hedged"),
    ("Unilever would have acquired Nestle.", "acquired", "hedged"),
    ("Shell bought BG after it had won approval.", "bought", "asserted"),
    # a withdrawn offer or suit is no longer on the table
    ("Halvor Bank has withdrawn its takeover offer for Pellam Savings.", "takeover", "negated"),
    ("Orrin Chemicals withdrew its bid for Zephyr Coatings.", "bid", "negated"),
    ("Trellix withdrew its lawsuit against Corvel Systems.", "lawsuit", "negated"),
    # pulling out of a deal ends it, also through "an agreement to buy Y"
    ("Orbex Foods pulled out of an agreement to buy Fennel Dairy.", "buy", "negated"),
    ("Halvard Mining was set to pull out of the $3bn deal for Corvo Metals.", "deal", "negated"),
    ("Quorra Software backed out of its deal with Lintel Labs.", "deal", "negated"),
    ("Orbex Foods signed an agreement to buy Fennel Dairy.", "buy", "asserted"),
    ("Halvard Mining pulled out of Russia and bought Corvo Metals.", "bought", "asserted"),
    ("Tamsin Reid pulled out of the race, and Halvard Mining bought Corvo Metals.", "bought",
     "asserted"),
    ("Orbex Foods pulled the yogurt out of stores after it bought Fennel Dairy.", "bought",
     "asserted"),
    ("Orbex Foods, which pulled out of Russia, bought Fennel Dairy.", "bought", "asserted"),
    # a contest to take over Y is a bid; winning it is the deal
    ("Brightwater Bank is in competition with Dunmore Capital to take over Larkspur Bank.",
     "take", "hedged"),
    ("Quorra Software is vying with Lintel Labs to buy Pixelmoor Games.", "buy", "hedged"),
    ("Halvard Mining is in competition with rival miner Corvo Metals to take over the Dunmore "
     "quarry.", "take", "hedged"),
    ("Quorra Software won the race to buy Pixelmoor Games.", "buy", "asserted"),
    ("Halvard Mining beat Corvo Metals in the race to buy Dunmore Quarries.", "buy", "asserted"),
    ("Brightwater Bank partnered with Dunmore Capital to take over Larkspur Bank.", "take",
     "asserted"),
])
def test_modality_at_trigger(nlp, text, word, expected):
    assert modality_at(trigger(nlp, text, word)) == expected


def test_modality_of_text():
    assert modality_of("Beta is no longer tied to its old supplier.") == "negated"
    assert modality_of("Sales could double by 2027.") == "forecast"
    assert modality_of("Acme bought Beta.") == "asserted"


@pytest.mark.parametrize("text,published,expected", [
    ("October 15, 2024: Acme hires a new chief", None, "2024-10-15"),
    ("The deal closed on 3 March 2005.", None, "2005-03-03"),
    ("Sequoia backed Stripe in October 2024.", None, "2024-10"),
    ("The alliance began in 2019.", None, "2019"),
    ("Losses could triple by 2026.", None, "2026"),
    ("Acme bought Beta last year.", "2005-02-10", "2004"),
    ("Acme filed the suit in March.", "2024-03-01", "2024-03"),
    ("Acme filed the suit in November.", "2024-03-01", "2023-11"),
    ("The two companies said Monday they had agreed.", "2023-09-26", None),
    ("The companies said on Monday they had agreed.", "2023-09-27", "2023-09-25"),
    ("The firm recently started working with Beta.", "2024-10-18", "2024-10"),
    ("It may rain.", "2024-10-18", None),
    ("Acme bought Beta last month.", None, None),
])
def test_time_of(text, published, expected):
    assert time_of(text, published) == expected
