"""Money figures that are no one organization's (issue 9, round 7, from judged samples of real
news): a rate told after the figure's own "in" phrase ("$3m in revenue per week", "€50,000 for
each flight"), a shortfall against a budget, a central bank's or armed service's money, and a
public fund. Invented sentences from several industries."""
import pytest

from extracted import money_facts
from tieline.extract.money.filters import public_fund


def facts(nlp, text):
    return {(owner, kind, round(amount)) for owner, kind, amount in money_facts(nlp, text)}


@pytest.mark.parametrize("text", [
    # a rate after the figure's own "in" phrase
    "Pell Freight Inc. is losing about $3 million in revenue per week.",
    "Halden Mining Corp. is losing $5 million in sales per month.",
    "Kestrel Clinics Inc. spends $200,000 in overtime per month on night shifts.",
    # a central bank's money is public
    "The Fed received $450 billion from the Treasury to back its lending.",
    "The Federal Reserve Bank of Orvia received $45 billion from the Treasury.",
])
def test_a_rate_a_shortfall_or_public_money_has_no_owner(nlp, text):
    assert facts(nlp, text) == set()


def test_a_shortfall_is_a_difference_not_a_sum(nlp):
    # "$30m short of the budget": the gap between two figures
    text = "Orvia Motors Inc. said its new plant cost $120 million, $30 million short of the budget."
    assert facts(nlp, text) == {("Orvia Motors", "cost", 120_000_000)}


@pytest.mark.parametrize("text, fact", [
    ("Pell Freight Inc. lost about $3 million in revenue last week.",
     ("Pell Freight", "loss", 3_000_000)),
    ("Orvia Motors Inc. said its new plant cost $120 million, $30 million short of the budget.",
     ("Orvia Motors", "cost", 120_000_000)),
    # "per the filing" is according to it, no rate
    ("Tarrow Bank raised $30 million in deposits per the filing.",
     ("Tarrow Bank", "funding", 30_000_000)),
    ("Halden Air Inc. was fined $50,000 for breaking the curfew.",
     ("Halden Air", "other", 50_000)),
])
def test_a_figure_with_no_rate_keeps_its_owner(nlp, text, fact):
    assert fact in facts(nlp, text)


@pytest.mark.parametrize("phrase, public", [
    ("the $750 million state fund for shelters", True),
    ("the $2 billion federal program for rural hospitals", True),
    ("the $40 million city budget", True),
    ("$660 million in federal spending on field hospitals", True),
    ("Orvia Foods' $90 million in spending on stores", False),
    ("Tarrow Bank's $500 million fund for startups", False),
    ("a $90 million venture fund for biotech", False),
])
def test_a_fund_is_public_by_its_modifier(nlp, phrase, public):
    doc = nlp(phrase)
    noun = next(t for t in doc if t.lemma_.lower() in ("fund", "program", "budget", "spending"))
    assert public_fund(noun) is public


@pytest.mark.parametrize("text", [
    # a person's sales ("career sales" of an agent) are no company's revenue
    "Jo Roe, who has sold homes for Halden Realty Inc., crossed the $1 billion mark in career "
    "sales.",
    "Dax Orlen, who sells cars for Kestrel Cars Inc., has had $80 million in sales.",
    # "his"/"her" before the figure's noun: a person's money, not the company's in the clause
    "Pell Mining Corp. said its chief executive wants her $40 million fee restored.",
    "Orvia Air Inc. said its founder wants his $5 million bonus paid.",
    # a bill that provides money, whoever introduced it
    "Representative Jo Roe introduced a bill providing $100 billion for tenants.",
])
def test_a_persons_sales_or_fee_and_a_bills_money_have_no_owner(nlp, text):
    assert facts(nlp, text) == set()


@pytest.mark.parametrize("text, fact", [
    ("Tarrow Homes Inc. crossed the $1 billion mark in sales.",
     ("Tarrow Homes", "revenue", 1_000_000_000)),
    ("Halden Realty Inc. had $80 million in sales.", ("Halden Realty", "revenue", 80_000_000)),
    ("Kestrel Cars Inc., which sells used cars, has had $80 million in sales.",
     ("Kestrel Cars", "revenue", 80_000_000)),
    ("Pell Mining Corp. wants its $40 million fee restored.", ("Pell Mining", "other", 40_000_000)),
])
def test_a_companys_own_sales_and_fee_keep_their_owner(nlp, text, fact):
    assert fact in facts(nlp, text)


@pytest.mark.parametrize("text, fact", [
    # a description that is its own clause's subject may stand for the subject of the clause
    # above it, not only for a name told before that sentence
    ("Orvia Designs made a dress line for Pell Foods. Pell Foods extended the program in April "
     "and officials said the company is spending $50 million on bonuses.",
     ("Pell Foods", "cost", 50_000_000)),
    ("Halden Steel bought ore from Pell Mining. Pell Mining closed two pits and managers said "
     "the company is losing $12 million a year.",
     ("Pell Mining", "loss", 12_000_000)),
])
def test_the_company_may_be_the_subject_of_the_clause_above(nlp, text, fact):
    assert facts(nlp, text) == {fact}
