"""Round 17 money precision: kinds and owners the parse got wrong in shapes the reviewers and
the unseen news found. A part's results are not its group's when the part possesses them ("the
unit's profit"); a sum invested "in 2020 on safety" is a cost (a date names no business it went
into); counted funds ("two new funds totaling $500m") have a fund's size, an investment; a deal
won "for the acquisition of X" is a purchase, the winner's price; a grant a public body gives is
its receiver's funding; a figure "of X's debt" is X's; a contract's value is no valuation; a
shortfall is what is missing, never a loss.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import money_facts
from tieline.extract.money.words import GAP_NOUNS, WORD_KIND


@pytest.mark.parametrize("text", [
    # machinery, food
    "Orlan Group said the unit's profit rose to $300 million.",
    "Marrow Foods said its division's sales fell to $2 billion last year.",
    "Telvo Systems reported results. Orlan Group said the unit's profit rose to $300 million.",
])
def test_results_a_part_possesses_are_not_the_groups(nlp, text):
    assert not money_facts(nlp, text)


@pytest.mark.parametrize("text,owner,kind,amount", [
    ("Kestrel Bank's profit rose to $1.2 billion.", "Kestrel Bank", "profit", 1.2e9),
    ("Orrin Pharma's revenue rose to $4 billion, helped by its vaccine unit.",
     "Orrin Pharma", "revenue", 4e9),
])
def test_a_groups_own_results_stay(nlp, text, owner, kind, amount):
    assert (owner, kind, amount) in money_facts(nlp, text)


@pytest.mark.parametrize("text,owner,amount", [
    # energy, mining
    ("Pexcor invested $800 million in 2020 on safety measures.", "Pexcor", 800e6),
    ("Garlan Mining invested $300 million in 2022 on new trucks and drills.", "Garlan Mining", 300e6),
])
def test_a_sum_invested_in_a_year_on_things_is_a_cost(nlp, text, owner, amount):
    assert money_facts(nlp, text) == {(owner, "cost", amount)}


@pytest.mark.parametrize("text", [
    "Pexcor invested $800 million in 2020 in Brightline Energy.",
    "Pexcor invested $800 million on Monday in Brightline Energy.",
])
def test_a_sum_invested_in_a_business_stays_an_investment(nlp, text):
    assert money_facts(nlp, text) == {("Pexcor", "investment", 800e6)}


@pytest.mark.parametrize("text,owner,amount", [
    # venture capital, private equity
    ("Brightwater Capital closed two new funds totaling $500 million last year.",
     "Brightwater Capital", 500e6),
    ("Brightwater Capital raised two new funds totaling $500 million last year.",
     "Brightwater Capital", 500e6),
    ("Selden Partners launched three funds worth a combined $1.2 billion.", "Selden Partners", 1.2e9),
])
def test_counted_funds_are_a_funds_size(nlp, text, owner, amount):
    assert money_facts(nlp, text) == {(owner, "investment", amount)}


@pytest.mark.parametrize("text", [
    "The Dalton Agency said it sent $4.9 billion in provider funds to nursing homes.",
    "Marlow Bank raised $300 million in new funds from investors.",
    "The city received $20 million in federal funds for Pellan Motors' plant.",
])
def test_uncounted_funds_stay_money(nlp, text):
    assert not any(kind == "investment" for _, kind, _ in money_facts(nlp, text))


@pytest.mark.parametrize("text,owner,amount", [
    # software, brewing
    ("Halvorsen Partners won a $2 billion deal for the acquisition of Telvo Systems.",
     "Halvorsen Partners", 2e9),
    ("Marsh Brewing secured a $400 million deal for the purchase of Keller Hops.",
     "Marsh Brewing", 400e6),
])
def test_a_deal_won_to_buy_a_firm_is_the_winners_price(nlp, text, owner, amount):
    assert money_facts(nlp, text) == {(owner, "deal_value", amount)}


@pytest.mark.parametrize("text,seller", [
    # aircraft, rail: counted goods bought are the winner's sale, no firm bought
    ("Corvane Aero won a $5 billion deal for the purchase of 40 Skylark C200s.", "Corvane Aero"),
    ("Brell Rail landed a $900 million deal for the purchase of 30 Tarn X4s.", "Brell Rail"),
])
def test_a_deal_won_for_counted_goods_is_no_purchase_price(nlp, text, seller):
    assert not [f for f in money_facts(nlp, text) if f[0] == seller]


@pytest.mark.parametrize("text,seller", [
    ("Kalder Defence won a $3 billion deal for the purchase of its radars by the Navy.",
     "Kalder Defence"),
    ("Dreva Aerospace landed a $900 million deal with Ostrava Airlines.", "Dreva Aerospace"),
])
def test_a_deal_won_to_sell_is_not_the_sellers(nlp, text, seller):
    assert not any(owner == seller for owner, _, _ in money_facts(nlp, text))


@pytest.mark.parametrize("text,owner,amount", [
    # energy research, biotech
    ("The Department of Energy's $40 million grant to Zentrix Labs will pay for a pilot plant.",
     "Zentrix Labs", 40e6),
    ("The European Commission's grant of 30 million euros to Norvik Biotech will fund trials.",
     "Norvik Biotech", 30e6),
    ("The Department of Energy announced a $40 million grant for Zentrix Labs.", "Zentrix Labs", 40e6),
])
def test_a_public_bodys_grant_is_the_receivers_funding(nlp, text, owner, amount):
    assert money_facts(nlp, text) == {(owner, "funding", amount)}


@pytest.mark.parametrize("text", [
    "The Department of Energy announced a $40 million grant for battery research.",
    "The Department of Energy announced a $40 million grant for Dr. Lena Marsh.",
    "The Department of Energy's $40 million grant program will open next year.",
])
def test_a_grant_with_no_named_receiver_is_no_ones(nlp, text):
    assert not money_facts(nlp, text)


@pytest.mark.parametrize("text,owner,kind,amount", [
    # telecoms, retail
    ("Varden Telecom will also assume $3.4 billion of Orbis Networks' net debt.",
     "Orbis Networks", "other", 3.4e9),
    ("Kessler Retail will take on $6 billion of Mayfair Stores' debt as part of the deal.",
     "Mayfair Stores", "other", 6e9),
    ("About $500 million of Tamsin Foods' revenue comes from Asia.", "Tamsin Foods", "revenue", 500e6),
])
def test_a_part_of_a_named_whole_is_the_possessors(nlp, text, owner, kind, amount):
    assert money_facts(nlp, text) == {(owner, kind, amount)}


def test_a_part_of_its_own_whole_stays_the_subjects(nlp):
    assert money_facts(nlp, "Varden Telecom will also assume $3.4 billion of its own debt.") == {
        ("Varden Telecom", "other", 3.4e9)}


@pytest.mark.parametrize("text,owner,kind,amount", [
    # security software, freight
    ("Corvane Security has raised $75 million, and the company said it has a total contract "
     "value of $200 million.", "Corvane Security", "other", 200e6),
    ("Helios Freight said the contract value is $450 million.", "Helios Freight", "deal_value", 450e6),
    # retail, steel: a deal's own value
    ("Brandt Home is also assuming $4 billion of Corlis Outlets' debt, raising the deal's "
     "total value to $11 billion.", "Brandt Home", "deal_value", 11e9),
    ("The merger's value is $3 billion, Corran Steel said.", "Corran Steel", "deal_value", 3e9),
])
def test_a_contracts_value_is_no_valuation(nlp, text, owner, kind, amount):
    facts = money_facts(nlp, text)
    assert (owner, kind, amount) in facts and (owner, "valuation", amount) not in facts


@pytest.mark.parametrize("text,owner,kind,amount", [
    # security, drugs: the total of the one deal just named is its price
    ("Corvane Security signed a deal with Halvex Mining, with a total deal value of $200 million.",
     "Corvane Security", "deal_value", 200e6),
    ("Nessa Pharma signed a licensing deal with Corix Bio, with a total deal value of up to "
     "$1.2 billion.", "Nessa Pharma", "deal_value", 1.2e9),
    # health: a total over several contracts stays no one deal's price
    ("Pellam Health signed contracts with three hospitals, with a total contract value of "
     "$90 million.", "Pellam Health", "other", 90e6),
])
def test_a_total_of_one_deal_is_its_price(nlp, text, owner, kind, amount):
    assert (owner, kind, amount) in money_facts(nlp, text)


@pytest.mark.parametrize("text,owner", [
    ("Pellam Software has a market value of $3 billion.", "Pellam Software"),
    ("Pellam Software has an enterprise value of $3 billion.", "Pellam Software"),
])
def test_a_firms_value_stays_a_valuation(nlp, text, owner):
    assert money_facts(nlp, text) == {(owner, "valuation", 3e9)}


def test_a_firms_possessed_value_stays_a_valuation(nlp):
    assert money_facts(nlp, "Pellam Software's value rose to $3 billion.") == {
        ("Pellam Software", "valuation", 3e9)}


def test_a_shortfall_is_a_gap_not_a_loss_word():
    assert "shortfall" in GAP_NOUNS and "shortfall" not in WORD_KIND


@pytest.mark.parametrize("text", [
    # hospitals, water
    "Brenna Health said a shortfall of $40 million hit its budget.",
    "The shortfall at Corrib Water reached 12 million pounds last year.",
])
def test_a_shortfall_stays_no_ones(nlp, text):
    assert not money_facts(nlp, text)


@pytest.mark.parametrize("text,owner,amount", [
    ("Cresta Mining lost $200 million after a shortfall in copper output.", "Cresta Mining", 200e6),
    ("Harrow Airlines posted a $50 million loss, citing a shortfall in bookings.",
     "Harrow Airlines", 50e6),
])
def test_a_loss_beside_a_shortfall_stays(nlp, text, owner, amount):
    assert (owner, "loss", amount) in money_facts(nlp, text)


@pytest.mark.parametrize("text", [
    # public lenders, farm aid
    "The small republic wants roughly $150 million from the Velmar Investment Fund to rebuild "
    "after the floods, an official said.",
    "Officials expected to draw 300 million pounds from the Brecon Harvest Fund to cover the "
    "cull of sick herds.",
])
def test_a_word_of_a_name_gives_no_kind(nlp, text):
    assert not any(kind == "investment" for _, kind, _ in money_facts(nlp, text))


@pytest.mark.parametrize("text,owner,kind,amount", [
    ("Halden Labs received $5 million from the Orca Science Fund last year.",
     "Halden Labs", "funding", 5e6),
    ("Brisk Robotics closed a $12 million Series A led by Tamber Ventures.",
     "Brisk Robotics", "funding", 12e6),
    ("Verra Systems is giving $10 million from its Clean Growth Fund to Alder Labs.",
     "Verra Systems", "investment", 10e6),
])
def test_kinds_told_outside_names_stay(nlp, text, owner, kind, amount):
    assert (owner, kind, amount) in money_facts(nlp, text)


@pytest.mark.parametrize("text,fact", [
    # oil, mining
    ("Tesra Energy acquired the Holm drilling arm for $2.1 billion (190bn rupees, £1.6bn) "
     "last week.", ("Tesra Energy", "deal_value", 2.1e9)),
    ("Tesra Energy paid 188.5bn rupees ($2.08bn: £1.6bn) for Holm Drilling.",
     ("Tesra Energy", "deal_value", 188.5e9)),
])
def test_a_brackets_second_restatement_is_no_second_figure(nlp, text, fact):
    assert money_facts(nlp, text) == {fact}


@pytest.mark.parametrize("text,amounts", [
    ("Helm Foods (sales of $5bn, $6bn and $7bn in three years) grew fast.", {5e9, 6e9, 7e9}),
    ("Pell Mining paid $2bn, £1bn of it in cash, for Arno Metals.", {2e9, 1e9}),
])
def test_figures_listed_in_one_currency_or_outside_brackets_stay(nlp, text, amounts):
    assert {amount for *_, amount in money_facts(nlp, text)} == amounts


@pytest.mark.parametrize("text", [
    # airlines, drugmakers, food
    "Pardo Air said it expected to trim another $30m a year from its costs.",
    "Orlin Biotech said the merger should deliver cost savings of roughly $90m a year.",
    "Brisa Foods plans to cut $300 million from its budget next year.",
])
def test_a_cut_or_a_saving_is_no_cost(nlp, text):
    assert not money_facts(nlp, text)


@pytest.mark.parametrize("text,owner,amount", [
    ("Brisa Foods will spend $300 million on new plants next year.", "Brisa Foods", 300e6),
    ("Kelso Steel cut its costs to $2 billion last year.", "Kelso Steel", 2e9),
])
def test_a_sum_spent_or_costs_cut_to_stay_costs(nlp, text, owner, amount):
    assert (owner, "cost", amount) in money_facts(nlp, text)


def test_money_raised_from_investors_is_no_cut(nlp):
    assert ("Tamber Bio", "funding", 50e6) in money_facts(
        nlp, "Tamber Bio raised $50 million from investors last year.")
