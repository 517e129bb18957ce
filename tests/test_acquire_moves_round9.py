"""acquire and talent_move on sentence shapes seen wrong in general news, checked on sentences
written for these tests (invented organizations, several industries): each narrowed pattern
still fires where it should and no longer fires where it should not."""
from __future__ import annotations

import pytest

from extracted import of_kind

# -- talent_move: what an organization owns moves only when it is a person's role ----------------


@pytest.mark.parametrize("text", [
    "Halden Bank's mortgage unit moved to Dunmore Capital in May.",
    "Corvax Radio's breakfast show will move to the Tarrow Broadcasting Company next year.",
    "Kestrel Rovers' cup tie against Dunmore Athletic was switched to the Brinmoor Sports Club.",
])
def test_an_organizations_unit_show_or_match_moving_is_no_talent_move(nlp, text):
    assert of_kind(nlp, text, "talent_move") == {}


@pytest.mark.parametrize("text, src, dst", [
    ("Halden Bank's retail chief moved to Dunmore Capital in May.", "Halden Bank", "Dunmore Capital"),
    ("Tarrowby Pharma's head of research joined Pell Biotech this week.", "Tarrowby Pharma",
     "Pell Biotech"),
])
def test_an_organizations_role_moving_is_still_a_talent_move(nlp, text, src, dst):
    assert (src, dst) in of_kind(nlp, text, "talent_move")


# -- acquire: shares bought are a stake, not the company -----------------------------------------

@pytest.mark.parametrize("text", [
    "Ormond Capital's purchase of Pinecrest Logistics shares lifted the stock.",
    "The purchase of Brambleway Dairy stock by Kestrel Foods was disclosed on Friday.",
    "Halden Rovers said the coach would help the club in its bid for Tarrow League success.",
])
def test_buying_a_companys_shares_is_no_acquisition(nlp, text):
    assert of_kind(nlp, text, "acquire") == {}


@pytest.mark.parametrize("text, head, tail", [
    ("Ormond Capital's purchase of Pinecrest Logistics closed in May.", "Ormond Capital",
     "Pinecrest Logistics"),
    ("Kestrel Foods completed its takeover of dairy group Brambleway Dairy.", "Kestrel Foods",
     "Brambleway Dairy"),
])
def test_buying_the_company_itself_is_still_an_acquisition(nlp, text, head, tail):
    assert (head, tail) in of_kind(nlp, text, "acquire")


# -- acquire: a description bound to a company that names a part of it, or a sportsman -----------

@pytest.mark.parametrize("text", [
    "Tarnfield United signed striker Jono Welk from Ashby Rovers. The club bought the player "
    "for 5 million pounds.",
    "Dunmore Media owns Corvax Radio in Europe and America. Halden Capital will pay $90 million "
    "for the US unit.",
])
def test_a_unit_or_a_player_bought_is_no_takeover_of_the_company(nlp, text):
    assert of_kind(nlp, text, "acquire") == {}


@pytest.mark.parametrize("text, head, tail", [
    ("Brinmoor Cinemas Ltd has shown films since 1950. Ann Lee bought the business in 2012.",
     "Ann Lee", "Brinmoor Cinemas"),
    ("Pell Biotech makes enzymes. Ardent Pharma agreed to buy the company for $2 billion.",
     "Ardent Pharma", "Pell Biotech"),
])
def test_a_company_bought_under_a_description_is_still_a_takeover(nlp, text, head, tail):
    assert (head, tail) in of_kind(nlp, text, "acquire")


# -- the clause after "itself" belongs to the name "itself" stands beside ------------------------

@pytest.mark.parametrize("text, head, tail, wrong", [
    ("Tarrow Oil passed into the hands of state-controlled firm Dunmore Energy, itself shortly to "
     "merge with state gas giant Halden Gas.", "Dunmore Energy", "Halden Gas", "Tarrow Oil"),
    ("Pell Biotech was sold to Ardent Pharma, itself about to buy Corvax Labs.", "Ardent Pharma",
     "Corvax Labs", "Pell Biotech"),
])
def test_a_clause_after_itself_is_the_named_partys(nlp, text, head, tail, wrong):
    found = of_kind(nlp, text, "acquire")
    assert (head, tail) in found and (wrong, tail) not in found


# -- sue: a settlement reached tells who sued only when one side is a regulator ------------------

@pytest.mark.parametrize("text", [
    "Brindle Foods reached a settlement with Harlow Dairy over the contract dispute.",
    "Corvax Motors is trying to negotiate a settlement with Tarrow Steel about the supply terms.",
])
def test_two_companies_reaching_a_settlement_is_no_lawsuit_with_a_direction(nlp, text):
    assert of_kind(nlp, text, "sue") == {}


@pytest.mark.parametrize("text", [
    "Brindle Foods reached a settlement with the Securities Regulator over the accounting charges.",
    "The Securities Regulator reached a settlement with Brindle Foods.",
    "Brindle Foods' settlement with the Securities Regulator was approved.",
])
def test_a_settlement_with_a_regulator_names_the_regulator_as_suer(nlp, text):
    assert of_kind(nlp, text, "sue") == {("Securities Regulator", "Brindle Foods"): "asserted"}
