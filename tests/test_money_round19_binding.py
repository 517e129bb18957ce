"""Round 19 money precision: owners read through a description or a pronoun on business news.
A description carrying a nationality ("the German group", "the Italian-French fashion house")
stands for a firm the text set that word beside, and no other; "its" on a verb's object stands
for that verb's subject ("the Norwegian group could lift its offer"); "it" after a country was
the clause's subject stands for the country ("Chile is working to ... It has put $30bn"); a
description the text told of two firms ("the bank" after two banks were called so) stands for
neither surely.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import money_facts


@pytest.mark.parametrize("text", [
    # exchanges, fashion, cars
    "Talks between Fjordane Bourse and the Lisbon derivatives market Mercado Luso have resumed, "
    "a spokesman confirmed.\n\nKari Dahl sat down with Mercado Luso boss Rui Costa while traders "
    "whispered that the Norwegian group could lift its offer to $2.3bn.",
    "Weak demand for handbag label Solenne has cut earnings at its parent Marlow Brands.\n\nThe "
    "Italian-French luxury group reported that operating income dropped to 610m euros.",
    "Deliveries at Orrin Trucks slumped in the spring, which hurt its parent Voss Industrie.\n\n"
    "The Swedish-American vehicle maker said its pre-tax profit shrank to $95m.",
    # the nationality sits in the description, not beside the name told before it
    "Shares in Ducato Holdings climbed. The German firm said its turnover climbed to $4bn.",
    # "US" is no part of "Nexus": a nationality matches whole words only
    "Shares in Nexus Holdings climbed. The US firm said its turnover climbed to $4bn.",
])
def test_a_nationality_no_name_was_told_with_owns_nothing(nlp, text):
    assert not money_facts(nlp, text)


@pytest.mark.parametrize("text,owner,amount", [
    ("Fjordane Bourse, a Norwegian market operator, resumed talks with Mercado Luso.\n\nTraders "
     "whispered that the Norwegian group could lift its offer to $2.3bn.", "Fjordane Bourse",
     2.3e9),
    # told beside a name that was no subject: the nationality alone decides
    ("Traders cheered Norwegian market operator Fjordane Bourse on Tuesday. Bond yields barely "
     "moved. Gossip suggests the Norwegian group could lift its offer to $2.3bn.",
     "Fjordane Bourse", 2.3e9),
    ("Shares in Pembury Systems, based in Switzerland, climbed on Friday. The Swiss company said "
     "its turnover reached $300m.", "Pembury Systems", 300e6),
    ("Dutch luxury house Marlow Brands has had a weak season.\n\nThe Dutch luxury house saw "
     "operating income drop to 610m euros.", "Marlow Brands", 610e6),
    ("Orrin Trucks, the Finnish vehicle maker, struggled through the spring.\n\nThe Finnish "
     "vehicle maker said its pre-tax profit shrank to $95m.", "Orrin Trucks", 95e6),
    # a description right after its firm was a subject goes on about that firm
    ("Skovgaard Power has backed the rights issue of Lunde Solar.\n\nThe Danish power company "
     "plans to buy fresh shares worth up to $45m.", "Skovgaard Power", 45e6),
    ("Velden Bakeries outsold its rival Kroon Dairy over the summer. The Belgian food maker said "
     "its sales climbed to $3bn.", "Velden Bakeries", 3e9),
    # where a firm is based is no nationality the text must have told
    ("Ashby Robotics has taken on engineers.\n\nIn 2022 Marten Ventures led a $38m investment "
     "in the Texas-based startup.", "Ashby Robotics", 38e6),
    ("Investors in Ashby Robotics, which has offices in London and Leeds, cheered the news on "
     "Monday morning. In 2022 Marten Ventures led a $38m investment in the UK-based startup.",
     "Ashby Robotics", 38e6),
])
def test_a_nationality_told_beside_the_name_keeps_it(nlp, text, owner, amount):
    assert {(f[0], f[2]) for f in money_facts(nlp, text)} == {(owner, amount)}


@pytest.mark.parametrize("text", [
    # banking, transport
    "Caldera Bank, Chile's largest lender, posted a rise in earnings.\n\nThe gain allowed the "
    "lender to clear old debts. Chile is working to tidy up its financial sector. It has "
    "already put $30bn into three of its biggest lenders.",
    "Ostby Coaches has landed contracts in several countries.\n\nSweden hopes to enlarge its "
    "fleet of hydrogen coaches. It has already spent $4bn on new garages.",
    # a country of two words
    "Tarrant Rail has won orders across Europe.\n\nNew Zealand plans to widen its network of "
    "tram lines. It has already spent $3bn on new track.",
])
def test_it_after_a_country_subject_is_the_country(nlp, text):
    assert not money_facts(nlp, text)


@pytest.mark.parametrize("text,owner", [
    ("Caldera Bank, Chile's largest lender, posted a rise in earnings.\n\nChile's regulations "
     "are shifting. The bank is working to trim expenses. It has already spent $25m on new "
     "offices.", "Caldera Bank"),
    ("Ostby Coaches has landed contracts in Sweden.\n\nThe company hopes to expand. It has "
     "already spent $4bn on new garages.", "Ostby Coaches"),
    ("Tarrant Rail has won orders in New Zealand.\n\nThe company plans to widen its network. "
     "It has already spent $3bn on new track.", "Tarrant Rail"),
])
def test_it_after_a_firm_subject_is_the_firm(nlp, text, owner):
    assert {f[0] for f in money_facts(nlp, text)} == {owner}


@pytest.mark.parametrize("text", [
    # banking, airlines
    "Marwick, the fourth-largest bank, reported higher earnings.\n\nHollin Bank, the largest "
    "bank, publishes its figures next week. Shares were steady. The bank also cited thinner "
    "lending margins for a drop in earnings to $870m.",
    # a firm the noun does not fit named in between changes nothing
    "Marwick, the fourth-largest bank, reported higher earnings.\n\nHollin Bank, the largest "
    "bank, publishes its figures next week. Shares were steady. Economists at Tessaly Research "
    "were relaxed. The bank also cited thinner lending margins for a drop in earnings to $870m.",
    "Skyward Jet, a low-cost airline, and Aurel Air, a flag airline, both posted results.\n\n"
    "The airline said its sales climbed to $3bn.",
])
def test_a_description_two_firms_were_told_with_owns_nothing(nlp, text):
    assert not money_facts(nlp, text)


@pytest.mark.parametrize("text,owner", [
    ("Marwick, the fourth-largest bank, reported higher earnings.\n\nThe bank also cited "
     "thinner lending margins for a drop in earnings to $870m.", "Marwick"),
    ("Skyward Jet, a low-cost airline, posted results alongside Tessaly Tours.\n\nThe airline "
     "said its sales climbed to $3bn.", "Skyward Jet"),
    # two airlines told, but one was the subject just before: the description goes on about it
    ("Aurel Airlines and Skyward Air, a discount airline, both requested aid. Aurel Airlines "
     "plans to apply for a loan. The airline expects to receive $7bn.", "Aurel Airlines"),
])
def test_a_description_one_firm_was_told_with_is_that_firm(nlp, text, owner):
    assert {f[0] for f in money_facts(nlp, text)} == {owner}
