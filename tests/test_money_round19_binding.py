"""Round 19 money precision: owners read through a description or a pronoun on business news.
A description carrying a nationality ("the German group", "the Italian-French fashion house")
stands for a firm the text set that word beside, and no other; "its" on a verb's object stands
for that verb's subject ("the Norwegian group may raise its bid"); "it" after a country was the
clause's subject stands for the country ("Brazil is trying to ... It has pumped $45bn"); a
description the text told of two firms ("the bank" after two banks were called so) stands for
neither surely.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import money_facts


@pytest.mark.parametrize("text", [
    # exchanges, fashion, cars
    "Halvard Exchange bosses have held talks with the Porto Stock Exchange (PSE), its chief has "
    "said.\n\nJon Berg met PSE chief executive Ana Silva amid rumours the Norwegian group may "
    "raise its bid to £1.5bn.",
    "A slump in sales at clothing brand Verano has prompted a big drop in profits at parent "
    "Castellan Group.\n\nThe Italian-French fashion house saw operating profits fall to 785m "
    "euros.",
    "Sales at Tarvo Motors fell sharply last year, hitting its owner Brenner Holdings.\n\nThe "
    "Swedish-American carmaker said its operating profit fell to $140m.",
])
def test_a_nationality_no_name_was_told_with_owns_nothing(nlp, text):
    assert not money_facts(nlp, text)


@pytest.mark.parametrize("text,owner,amount", [
    ("Norwegian exchange operator Halvard Exchange has held talks with the Porto Stock Exchange."
     "\n\nRumours say the Norwegian group may raise its bid to £1.5bn.", "Halvard Exchange", 1.5e9),
    ("Italian fashion house Castellan Group has had a poor year.\n\nThe Italian fashion house "
     "saw operating profits fall to 785m euros.", "Castellan Group", 785e6),
    ("Tarvo Motors, the Swedish carmaker, has had a hard year.\n\nThe Swedish carmaker said "
     "its operating profit fell to $140m.", "Tarvo Motors", 140e6),
    # a description right after its firm was a subject goes on about that firm
    ("Havbro Energy has backed the share sale of Tarrow Wind.\n\nThe Danish energy company "
     "plans to buy new shares worth up to $90m.", "Havbro Energy", 90e6),
    ("Corvane Foods beat forecasts this year, leaving rival Delta Dairy behind. The Dutch food "
     "group said its revenue rose to $2bn.", "Corvane Foods", 2e9),
    # where a firm is based is no nationality the text must have told
    ("Pellworth Labs has hired staff.\n\nLast year Quarry Capital led a $70m investment in the "
     "Ohio-based startup.", "Pellworth Labs", 70e6),
])
def test_a_nationality_told_beside_the_name_keeps_it(nlp, text, owner, amount):
    assert {(f[0], f[2]) for f in money_facts(nlp, text)} == {(owner, amount)}


@pytest.mark.parametrize("text", [
    # banking, transport
    "Banco Tarrafal, Brazil's biggest lender, has seen a jump in profits.\n\nThe increase has "
    "let the firm write off bad loans. Brazil is trying to clean up its banking system. It has "
    "already pumped $45bn into two of its largest banks.",
    "Hallstrom Buses has won orders across Europe.\n\nNorway wants to grow its fleet of electric "
    "buses. It has already invested $2bn in new depots.",
])
def test_it_after_a_country_subject_is_the_country(nlp, text):
    assert not money_facts(nlp, text)


@pytest.mark.parametrize("text,owner", [
    ("Banco Tarrafal, Brazil's biggest lender, has seen a jump in profits.\n\nBrazil's rules "
     "are changing. The bank is trying to cut costs. It has already spent $45m on new branches.",
     "Banco Tarrafal"),
    ("Hallstrom Buses has won orders in Norway.\n\nThe firm wants to grow. It has already "
     "invested $2bn in new depots.", "Hallstrom Buses"),
])
def test_it_after_a_firm_subject_is_the_firm(nlp, text, owner):
    assert {f[0] for f in money_facts(nlp, text)} == {owner}


@pytest.mark.parametrize("text", [
    # banking, airlines
    "Kestrel, the third-biggest bank, has seen profits climb.\n\nHarbour Bank, the biggest "
    "bank, will report results later this month. Markets were calm. The bank also blamed "
    "margins pressure for a fall in profits to £1.13bn.",
    "Bravura Air, a budget airline, and Corvo Air, a national airline, both reported results.\n\nThe "
    "airline said its revenue rose to $2bn.",
])
def test_a_description_two_firms_were_told_with_owns_nothing(nlp, text):
    assert not money_facts(nlp, text)


@pytest.mark.parametrize("text,owner", [
    ("Kestrel, the third-biggest bank, has seen profits climb.\n\nThe bank also blamed margins "
     "pressure for a fall in profits to £1.13bn.", "Kestrel"),
    ("Bravura Air, a budget airline, reported results with Orvo Travel.\n\nThe airline said its "
     "revenue rose to $2bn.", "Bravura Air"),
    # two airlines told, but one was the subject just before: the description goes on about it
    ("Corvo Airlines and Bravura Air, a budget airline, both asked for aid. Corvo Airlines "
     "plans to apply for a loan. The airline expects to receive $12bn.", "Corvo Airlines"),
])
def test_a_description_one_firm_was_told_with_is_that_firm(nlp, text, owner):
    assert {f[0] for f in money_facts(nlp, text)} == {owner}
