"""Whose a figure is (issue 9, round 9, from judged samples of real news): never an outlet
the text only cites ("told the newspaper X", "news organizations, including X", "appeared
first on X"), nor the organization before "it" where a person's office said it; a guessed
owner is never a public body. Invented sentences from several industries."""
import pytest

from extracted import money


@pytest.mark.parametrize("text, fact", [
    # "the company" or "it" never stands for an outlet the text only cites
    ("Pell Pharma said its drug trial went well. The news was reported by news organizations, "
     "including The Daily Ledger. Hours later, the company announced a stock offering to "
     "raise $1 billion.", ("Pell Pharma", "funding", 1_000_000_000)),
    ("Kestrel Foods cut prices, its chief told the newspaper Morgenpost. On Tuesday, it said it "
     "would spend $40 million on new stores.", ("Kestrel Foods", "cost", 40_000_000)),
    ("Orvia Motors plans a new plant. This story appeared first on Auto "
     "Ledger. The company will spend $2 billion on the plant.",
     ("Orvia Motors", "cost", 2_000_000_000)),
])
def test_a_cited_outlet_owns_nothing(nlp, text, fact):
    assert {(m.entity, m.kind, round(m.amount)) for m in money(nlp, text)} == {fact}


@pytest.mark.parametrize("text, fact", [
    # an outlet that acts keeps its money, even where the text also cites it
    ("The Daily Ledger had revenue of $300 million last year, the newspaper said.",
     ("Daily Ledger", "revenue", 300_000_000)),
    ("Analysts told the newspaper Morgenpost that sales slowed. Morgenpost itself raised "
     "$20 million from Halden Capital last year.", ("Morgenpost", "funding", 20_000_000)),
])
def test_an_outlet_that_acts_keeps_its_money(nlp, text, fact):
    assert {(m.entity, m.kind, round(m.amount)) for m in money(nlp, text)} == {fact}


@pytest.mark.parametrize("text, fact", [
    ("Jo Roe told the Daily Ledger on Monday that the plan works. Governor Ana Vik's office "
     "announced it would spend $220 million on nursing homes.", None),
    ("Pell Pharma shares rose. Jo Roe's team said it would raise $5 million for the clinic.",
     None),
    # a company's own body or a company told as the speaker keeps the figure
    ("Kestrel Foods opened a plant. The company said it would spend $40 million on stores.",
     ("Kestrel Foods", "cost", 40_000_000)),
    ("Tessaract Metals' board said it would pay $30 million for the Orvia mine.",
     ("Tessaract Metals", "deal_value", 30_000_000)),
])
def test_it_told_by_a_persons_office_is_no_company(nlp, text, fact):
    assert {(m.entity, m.kind, round(m.amount)) for m in money(nlp, text)} == (
        {fact} if fact else set())

@pytest.mark.parametrize("text, fact", [
    # a bill's fund near a chamber or an agency: no guessed owner
    ("The Senate will vote on the relief bill next week. Aid to households rises, and a "
     "$175 billion housing fund would help pay rents.", None),
    ("The hearing focused on the aid Congress approved, including a $500 billion lending fund "
     "run by the central bank.", None),
    # a company near the same figure is still guessed
    ("Halden Capital opened its doors in 2010. It launches a $2 billion credit fund this week.",
     ("Halden Capital", "investment", 2_000_000_000)),
])
def test_a_public_body_is_never_a_guessed_owner(nlp, text, fact):
    assert {(m.entity, m.kind, round(m.amount)) for m in money(nlp, text)} == (
        {fact} if fact else set())


@pytest.mark.parametrize("text, facts", [
    # a clause whose subject the parser joined to the object before it
    ("Pell Pharma got another $4.3 billion from the agency and the National Vaccine Reserve "
     "received $16 billion.", {("Pell Pharma", 4_300_000_000)}),
    ("Halden Air got $2 billion from Orvia Bank and Kestrel Rail received $1 billion.",
     {("Halden Air", 2_000_000_000), ("Kestrel Rail", 1_000_000_000)}),
    # one subject for both verbs keeps both figures
    ("Tessaract Metals raised $30 million in March and received $10 million from Orvia Bank.",
     {("Tessaract Metals", 30_000_000), ("Tessaract Metals", 10_000_000)}),
])
def test_a_joined_clause_keeps_its_own_subject(nlp, text, facts):
    assert {(m.entity, round(m.amount)) for m in money(nlp, text)} == facts
