"""Round 16 money precision: figures whose owner or kind the parse gets wrong in shapes the
audits keep finding. A division's results are not its group's; an industry's total is no
company's; a shortfall is what is missing, no loss; plural "funds" are money, not a fund's
size, and money a public body hands out is no investment of its own; results with no owner
named fall back on the article's company only when the results noun names no other party (a
product, a place).

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import money_facts


@pytest.mark.parametrize("text", [
    # cloud software, tobacco, media, carmaking
    "Brontex Holdings said revenue at its cloud division rose 12% to $4.2 billion.",
    "Velmora Tobacco said net revenue fell 30% to 80 million pounds in that division.",
    "Vesta Brands' revenue at its beauty unit fell to $300 million.",
    "Halvern Motors said operating profit in its truck segment rose to $900 million.",
])
def test_a_divisions_results_are_not_the_groups(nlp, text):
    assert not money_facts(nlp, text)


@pytest.mark.parametrize("text,owner,kind,amount", [
    ("Orrin Pharma reported revenue of $4 billion, helped by its vaccine unit.",
     "Orrin Pharma", "revenue", 4e9),
    ("Halden Software agreed to sell its payments unit to Rivet Capital for $2 billion.",
     "Rivet Capital", "deal_value", 2e9),
    ("Carrow Bank said its profit in the quarter rose to $1.2 billion.",
     "Carrow Bank", "profit", 1.2e9),
])
def test_a_group_figure_beside_a_unit_stays(nlp, text, owner, kind, amount):
    assert (owner, kind, amount) in money_facts(nlp, text)


@pytest.mark.parametrize("text", [
    # retail, toys
    "Sales in the sector hit $80 billion last year, Grovers Inc said.",
    "Revenue across the industry rose to $12 billion, said Pell Toys.",
])
def test_an_industry_total_is_no_companys(nlp, text):
    assert not money_facts(nlp, text)


def test_a_companys_sales_in_a_market_stay(nlp):
    assert ("Corbel Mining", "revenue", 5e9) in money_facts(
        nlp, "Corbel Mining's revenue in the US market rose to $5 billion last year.")


@pytest.mark.parametrize("text", [
    # food banks, pensions
    "The Harbor Food Network projects a $1.4 billion shortfall over the next year.",
    "Arbeth Group expects a $300 million shortfall in pension funding.",
    "Tolland Transit faces a funding gap of $90 million next year.",
])
def test_a_shortfall_is_no_loss(nlp, text):
    assert not money_facts(nlp, text)


@pytest.mark.parametrize("text,owner,kind,amount", [
    ("Palmetto Health expects a $50 million loss in the next quarter.",
     "Palmetto Health", "loss", 50e6),
    ("Dunmore Retail faces a projected $2 billion deficit next year, its finance chief said.",
     "Dunmore Retail", "loss", 2e9),
])
def test_a_forecast_loss_stays(nlp, text, owner, kind, amount):
    assert (owner, kind, amount) in money_facts(nlp, text)


@pytest.mark.parametrize("text", [
    # vaccines, care homes
    "In February, the Pellham Authority sent an extra $30 million to fund Sanofra's vaccines.",
    "The Dalton Agency said it sent $4.9 billion in provider funds to nursing homes.",
])
def test_public_money_handed_out_is_no_investment(nlp, text):
    assert not any(f[1] == "investment" for f in money_facts(nlp, text))


@pytest.mark.parametrize("text,owner,kind,amount", [
    ("The state-owned Lindqvist Fund invested $800 million in Aster Energy.",
     "Lindqvist Fund", "investment", 800e6),
    ("Kettle Ventures closed a $500 million fund for early-stage startups.",
     "Kettle Ventures", "investment", 500e6),
    ("The Treasury Department provided $5 billion in loans to Fenwick Airlines.",
     "Fenwick Airlines", "funding", 5e9),
])
def test_investments_and_funds_stay(nlp, text, owner, kind, amount):
    assert (owner, kind, amount) in money_facts(nlp, text)


def test_results_of_a_named_product_are_not_the_articles_company(nlp):
    text = ("Borlund Motors reported quarterly results on Tuesday. Borlund Motors said sales "
            "rose. Revenue for the Zephyr console line fell 20% to $2 billion.")
    assert not money_facts(nlp, text)


def test_unnamed_results_still_fall_back_on_the_articles_company(nlp):
    text = ("Borlund Motors reported quarterly results on Tuesday. Borlund Motors said sales "
            "rose. Net income fell 12% to $300 million.")
    assert ("Borlund Motors", "profit", 300e6) in money_facts(nlp, text)


@pytest.mark.parametrize("text", [
    # aid agencies, universities
    "If the Ardenian government follows through with its promise to stop funding to the Global "
    "Relief Office, the organization will suffer the loss of $419 million, the appeal notes.",
    "If Congress cuts its research grants, Harlow University would face a loss of $80 million.",
])
def test_funding_a_condition_takes_away_is_no_loss(nlp, text):
    assert not money_facts(nlp, text)


@pytest.mark.parametrize("text,owner,amount", [
    ("If demand stays weak, Corvel Airlines will suffer a loss of $600 million this year, the "
     "airline said.", "Corvel Airlines", 600e6),
    ("If the merger fails, Brisk Media will book a $200 million loss.", "Brisk Media", 200e6),
])
def test_a_loss_under_another_condition_stays(nlp, text, owner, amount):
    assert (owner, "loss", amount) in money_facts(nlp, text)
