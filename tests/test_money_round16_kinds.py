"""Round 16 money: a dividend paid out is a payment (other), not funding or a
price; a deal a seller wins ("lands", "wins", "secures") is its customer's, as a contract won
already was, unless it is a deal to buy; a profit larger than the sales the same sentence gives
its owner is sales the writer called income, and is dropped; money "invested on" things
("invested $800m on safety measures") is spent, a cost.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import money_facts


@pytest.mark.parametrize("text,owner,amount", [
    # insurance, telecoms
    ("Brightway Insurance said it would pay $2 billion in dividend to its customers, with "
     "premium credit of about 25%.", "Brightway Insurance", 2e9),
    ("Quanta Telecom said it would pay $40 million in dividends to its shareholders.",
     "Quanta Telecom", 40e6),
])
def test_a_dividend_is_a_payment(nlp, text, owner, amount):
    assert (owner, "other", amount) in money_facts(nlp, text)


@pytest.mark.parametrize("text,facts", [
    # a deal won is a sale: the customer named owns its price, else no one ...
    ("Harlan Biotech lands $1B government deal to boost vaccine capacity", set()),
    ("Quell Aerospace wins $3 billion deal with Parvin Airlines for 40 jets.",
     {("Parvin Airlines", "deal_value", 3e9)}),
    # ... but a deal won to buy is the winner's, and a deal struck names no seller
    ("Marrow Foods secured a $2 billion deal to acquire Tilden Dairy.",
     {("Marrow Foods", "deal_value", 2e9)}),
    ("Estra Mining struck a $500 million deal with Bolan Steel.",
     {("Estra Mining", "deal_value", 500e6)}),
])
def test_a_deal_won_is_the_customers(nlp, text, facts):
    assert money_facts(nlp, text) == facts


@pytest.mark.parametrize("text,facts", [
    # retail: "income" above the sales of the same sentence is sales misnamed
    ("Quorn Retail said its sales jumped 27 percent to $75 billion in March and the company "
     "projects that its income will increase to $81 billion.",
     {("Quorn Retail", "revenue", 75e9)}),
    # carmaking, banking: a profit below the sales stays
    ("Tarvo Motors said its sales rose to $40 billion while its net income rose to $3 billion.",
     {("Tarvo Motors", "revenue", 40e9), ("Tarvo Motors", "profit", 3e9)}),
    ("Pellam Bank reported revenue of $9 billion and profit of $2 billion.",
     {("Pellam Bank", "revenue", 9e9), ("Pellam Bank", "profit", 2e9)}),
])
def test_a_profit_above_the_sales_beside_it_is_dropped(nlp, text, facts):
    assert money_facts(nlp, text) == facts


@pytest.mark.parametrize("text,owner,kind,amount", [
    # rail, health care: money "invested on" things is spent
    ("Garnet Rail has invested $40 million on new signalling this year.", "Garnet Rail", "cost",
     40e6),
    ("Corla Health invested $12 million on staff training.", "Corla Health", "cost", 12e6),
    # food, rail: money put "in" something stays an investment, whatever else is "on"
    ("Brisk Foods invested $25 million in new ovens on Monday.", "Brisk Foods", "investment",
     25e6),
    ("Garnet Rail invested $40 million in Tolver Signals last year.", "Garnet Rail", "investment",
     40e6),
])
def test_money_invested_on_things_is_a_cost(nlp, text, owner, kind, amount):
    assert (owner, kind, amount) in money_facts(nlp, text)
