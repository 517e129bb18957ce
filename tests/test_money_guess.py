"""Owners guessed where the parse names none (issue 9, round 3): only a party the figure's own
clause names (its subject, a head it hangs from, the agent of a charge), or, for results told
with no name at all, the company the article is about. On real news most other guesses were
wrong. And the giver of grants or loans owns none of them: the recipient it names does.
Invented sentences from several industries."""
import pytest

from extracted import money_facts as facts


@pytest.mark.parametrize("text, owner, kind, amount", [
    # the subject that reports its own figure
    ("Halvorsen Shipping reported a loss of $2.9 billion for the second quarter.",
     "Halvorsen Shipping", "loss", 2.9e9),
    ("Quillon Foods reported a loss of $40 million for the year, its first in a decade.",
     "Quillon Foods", "loss", 4e7),
    # the agent of a charge on the figure's noun
    ("Marrow Steel cut its outlook. That was largely the result of a $900 million charge "
     "taken by the company.", "Marrow Steel", "cost", 9e8),
    ("Velora Pharma cut its outlook. That was mostly due to a $120 million charge taken by "
     "the company.", "Velora Pharma", "cost", 1.2e8),
    # a subject the parser attached some other way
    ("Brennan Rail, meanwhile, had to pay the Harbor Commission $40m in October to settle "
     "charges.", "Brennan Rail", "other", 4e7),
    ("Velora Pharma, meanwhile, had to pay the Pelham Trade Authority $12m in May to settle "
     "claims.", "Velora Pharma", "other", 1.2e7),
    # results with no name at all, in a story about one company
    ("Pellucid Retail opened new stores. Pellucid Retail said sales were strong. "
     "Net income fell 64% to $284 million.", "Pellucid Retail", "profit", 2.84e8),
])
def test_a_clause_that_names_its_party_still_gets_a_guess(nlp, text, owner, kind, amount):
    assert (owner, kind, amount) in facts(nlp, text)


@pytest.mark.parametrize("text", [
    # a name that only modifies another noun, or sits in a "for" or "of" phrase
    "Small businesses, including the parent company of the Harbor Ledger, secured loans "
    "totaling $15 billion.",
    "The combined budgets for the Orvell Institute and the Tarsk Foundation were $47 billion.",
    # a person's own money, and an investor's object
    "He has $5 million invested in a political group called Northwind Action.",
    "Marlow Tax Services handles returns. Your adjusted gross income must be no more than "
    "$99,000.",
    # a class of recipients, or a public plan's money given out
    "Restaurants and hotels have received about $30 billion from the Pelham Lending program.",
    "The governor proposed cutting $565 million in funding for Brackwater Housing.",
])
def test_no_guess_where_the_clause_names_no_organization_of_its_own(nlp, text):
    assert facts(nlp, text) == set()


@pytest.mark.parametrize("text", [
    # the giver of grants or loans owns no funding; the recipients are a class
    "The Harlow Foundation announced $215,000 in grants to small farms across the region.",
    "Kestrel Lending distributed more than $14 million in loans last month.",
    "The Orvell Arts Trust is providing $5 million in emergency grants to help theatres.",
    "The Pelham resiliency fund has approved 300 loans for nearly $12 million.",
])
def test_a_giver_of_grants_or_loans_owns_no_funding(nlp, text):
    assert facts(nlp, text) == set()


@pytest.mark.parametrize("text, owner", [
    # the recipient the giver's verb names owns it, and so does a receiver
    ("The Harlow Foundation gave $2 million in grants to Pinecrest Clinics.", "Pinecrest Clinics"),
    ("Corvane Bank extended a $40 million loan to Tidewater Shipping.", "Tidewater Shipping"),
    ("Tidewater Shipping received $3 million in grants from the Harlow Foundation.",
     "Tidewater Shipping"),
])
def test_the_recipient_of_a_grant_or_loan_owns_it(nlp, text, owner):
    assert {(o, k) for o, k, _ in facts(nlp, text)} == {(owner, "funding")}


@pytest.mark.parametrize("text, kept", [
    # cash held takes no kind from a word nearby
    ("Orbit Freight cited its $6 billion cash stockpile and a recent $2 billion raise.",
     ("Orbit Freight", "funding", 2e9)),
    ("Tessaract Metals pointed to its $900 million cash pile and a new $300 million loan.",
     ("Tessaract Metals", "funding", 3e8)),
])
def test_cash_held_is_no_kind_of_figure(nlp, text, kept):
    assert facts(nlp, text) == {kept}
