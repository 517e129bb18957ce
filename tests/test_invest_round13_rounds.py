"""Funding rounds, round 13: a co-investor named with "with"/"alongside" ("co-led the round with
B", "led by A, with B and C participating") joins the round and is never the company raising;
a round named by its letter ("X's Series B was led by A") is a round.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,facts", [
    # fintech
    ("Lumo Payments said it had raised $20 million. The round was led by Alder Ventures, with "
     "Brisk Capital and Corven Partners participating.",
     {("Alder Ventures", "Lumo Payments"), ("Brisk Capital", "Lumo Payments"),
      ("Corven Partners", "Lumo Payments")}),
    ("Lumo Payments' Series B was led by Alder Ventures.", {("Alder Ventures", "Lumo Payments")}),
    # biotech
    ("Verdant Bio raised $40 million. Halcyon Capital co-led the round with Pinegrove Partners.",
     {("Halcyon Capital", "Verdant Bio"), ("Pinegrove Partners", "Verdant Bio")}),
    ("Verdant Bio's Series A was led by Halcyon Capital.", {("Halcyon Capital", "Verdant Bio")}),
    # climate
    ("Solvane Energy raised $15 million. Tarn Ventures joined the round alongside Rook Capital.",
     {("Tarn Ventures", "Solvane Energy"), ("Rook Capital", "Solvane Energy")}),
])
def test_round_investors(nlp, text, facts):
    assert facts <= set(of_kind(nlp, text, "invest"))


@pytest.mark.parametrize("text,fact", [
    ("Alder Ventures co-led the round with Brisk Capital.", ("Alder Ventures", "Brisk Capital")),
    ("The $20 million round was led by Alder Ventures, with Brisk Capital and Corven Partners "
     "participating.", ("Alder Ventures", "Brisk Capital")),
    ("Halcyon Capital co-led the financing with Pinegrove Partners.",
     ("Halcyon Capital", "Pinegrove Partners")),
])
def test_co_investor_is_no_investee(nlp, text, fact):
    assert fact not in of_kind(nlp, text, "invest")


@pytest.mark.parametrize("text", [
    "Halcyon Capital led a series of talks with Verdant Bio.",
    "Tarn Ventures led the round with a $10 million check.",
    "Corven Partners led a Series of workshops for Solvane Energy staff.",
])
def test_no_round_named(nlp, text):
    assert not of_kind(nlp, text, "invest")


@pytest.mark.parametrize("text,facts", [
    # venture capital: fintech and health
    ("Alder Ventures' portfolio includes Lumo Payments and Brisk Health.",
     {("Alder Ventures", "Lumo Payments"), ("Alder Ventures", "Brisk Health")}),
    ("Alder Ventures' investments include Lumo Payments and Brisk Health.",
     {("Alder Ventures", "Lumo Payments"), ("Alder Ventures", "Brisk Health")}),
    # climate
    ("Halcyon Capital's biggest investment is Solvane Energy.", {("Halcyon Capital", "Solvane Energy")}),
])
def test_portfolio_lists_holdings(nlp, text, facts):
    assert facts <= set(of_kind(nlp, text, "invest"))


@pytest.mark.parametrize("text", [
    "Zentro's portfolio includes the Vela phone and the Nimbus tablet.",  # electronics: goods
    "Corven Foods' product portfolio includes Crispa and Malto.",  # food: brands it makes
    "Tarn Ventures' investments include a solar farm in Texas.",
])
def test_portfolio_of_goods_is_no_stake(nlp, text):
    assert not of_kind(nlp, text, "invest")


@pytest.mark.parametrize("text,facts", [
    # fintech
    ("Lumo Payments closed a $20 million funding round from Alder Ventures.",
     {("Alder Ventures", "Lumo Payments")}),
    # biotech
    ("Verdant Bio closed a $40 million seed round from Halcyon Capital and Rook Capital.",
     {("Halcyon Capital", "Verdant Bio"), ("Rook Capital", "Verdant Bio")}),
])
def test_kind_of_round_keeps_its_investors(nlp, text, facts):
    assert facts <= set(of_kind(nlp, text, "invest"))


@pytest.mark.parametrize("text", [
    "Solvane Energy won a funding round in the regional pitch contest.",
    "Ann Lee, a private equity investor, spoke at the Verdant Bio launch.",
])
def test_no_round_investor_named(nlp, text):
    assert not of_kind(nlp, text, "invest")
