"""Money figures that are no one organization's (issue 9, round 8, from judged samples of real
news): a city or county the tagger types as an organization, owning a budget by name or a
sum through "it"; a bill's money given to its sponsors; a person's pay; credits given to
"its customers"; credit a company only has; a public fund. Invented sentences from several
industries."""
import pytest

from extracted import money_facts


def facts(nlp, text):
    return {(owner, kind, round(amount)) for owner, kind, amount in money_facts(nlp, text)}


@pytest.mark.parametrize("text", [
    # a place told as "the county": its budget is public money
    "Halden County may be in a worse position than its budget envisioned. Halden County's "
    "entire budget is proposed to be about $900 million next year. The county has already had "
    "to dip into its reserves, which have fallen from 6% of the general fund.",
    # "it" standing for a place the tagger only ever calls a place
    "Tacoma, WA, would receive $155 million. When $150 billion in funds were sent to states "
    "last year, the capital was treated as a territory. As a result, it received about $700,000.",
    "Tacoma would receive $155 million from the relief act. As a result of the formula, it "
    "received about $700,000 last year.",
])
def test_a_place_owns_no_money(nlp, text):
    assert facts(nlp, text) == set()


@pytest.mark.parametrize("text, fact", [
    # "it" after a company named beside a place is the company's
    ("Halden Builders won the bid in Tacoma. As a result, it received about $700,000 in "
     "financing from Orvia Bank.", ("Halden Builders", "funding", 700_000)),
    ("Pell Pharma opened a lab in Fresno last year. It has raised $40 million from investors "
     "since then.", ("Pell Pharma", "funding", 40_000_000)),
    ("Tacoma would receive $155 million from the relief act. Kestrel Foods said it received "
     "$2 million in loans from Orvia Bank.", ("Kestrel Foods", "funding", 2_000_000)),
])
def test_a_company_near_a_place_keeps_its_money(nlp, text, fact):
    assert facts(nlp, text) == {fact}


@pytest.mark.parametrize("text", [
    # the law gives the money, not the lawmakers who introduced it
    "Two senators, Senator Jane Holt of Oregon and Senator Mark Dune of Ohio, introduced bills "
    "on Friday providing $80 billion to cover rent for tenants.",
    # a person's pay, whatever verb tells it
    "According to a filing, Roe earned more than $8 million in total compensation in 2019. "
    "Jo Roe is the chief executive of Halden Freight.",
    "Dax Orlen, the founder of Pell Robotics, received $3 million in salary and bonus last year.",
])
def test_a_bill_or_a_persons_pay_has_no_owner(nlp, text):
    assert facts(nlp, text) == set()


@pytest.mark.parametrize("text, fact", [
    ("Orvia Bank signed an agreement on Monday providing $50 million in financing to Kestrel "
     "Foods.", ("Kestrel Foods", "funding", 50_000_000)),
    ("Jo Roe, chief executive of Halden Freight, was fined $2 million for insider trading.",
     ("Jo Roe", "other", 2_000_000)),
    ("Halden Freight agreed to pay $5 million in compensation to the families.",
     ("Halden Freight", "other", 5_000_000)),
    ("Pell Robotics spent $3 million on salary and bonus costs last year.",
     ("Pell Robotics", "cost", 3_000_000)),
])
def test_an_agreement_a_fine_or_a_firms_pay_keeps_its_owner(nlp, text, fact):
    assert facts(nlp, text) == {fact}


@pytest.mark.parametrize("text", [
    # credits given to a class of customers: no one recipient, and not the giver's funding
    "Kestrel Insurance said it will offer about $2.5 billion of credits to its 19 million "
    "policyholders.",
    "Pell Telecom said it would give $40 million in credits to its customers after the outage.",
])
def test_money_given_to_a_class_has_no_owner(nlp, text):
    assert facts(nlp, text) == set()


def test_money_given_to_one_company_is_its_funding(nlp):
    text = "Orvia Bank will provide $30 million in loans to Halden Farms next year."
    assert facts(nlp, text) == {("Halden Farms", "funding", 30_000_000)}


def test_credit_a_company_has_is_held_not_raised(nlp):
    text = ("Halden Steel, a Tacoma maker of wind towers, received $9.5 million even as it "
            "reported that it had $12.5 million in available credit.")
    assert facts(nlp, text) == {("Halden Steel", "funding", 9_500_000)}
    assert facts(nlp, "Pell Air holds $300 million in undrawn credit and $200 million in cash.") \
        == set()


@pytest.mark.parametrize("text, fact", [
    ("Pell Air secured $300 million in credit from Orvia Bank last week.",
     ("Pell Air", "funding", 300_000_000)),
    ("Kestrel Foods raised $40 million in credit lines from two banks.",
     ("Kestrel Foods", "funding", 40_000_000)),
])
def test_credit_raised_is_funding(nlp, text, fact):
    assert facts(nlp, text) == {fact}


@pytest.mark.parametrize("text", [
    # a fund a public body's name qualifies
    "The Treasury and the Fed set up a lending facility within the $500 billion Treasury fund, "
    "but it has yet to send out any money.",
    "Orvia's central bank opened a credit line for exporters within the $40 billion Treasury "
    "fund last spring.",
])
def test_a_public_fund_has_no_company_owner(nlp, text):
    assert facts(nlp, text) == set()


@pytest.mark.parametrize("text, fact", [
    ("Halden Capital set up a lending arm within its $500 million Growth fund last year.",
     ("Halden Capital", "investment", 500_000_000)),
    ("The Senate passed the Orvia Relief Act on Monday. Kestrel Foods said quarterly sales rose "
     "to $175 million.", ("Kestrel Foods", "revenue", 175_000_000)),
])
def test_a_company_fund_or_sales_after_a_public_body_keep_their_owner(nlp, text, fact):
    assert facts(nlp, text) == {fact}
