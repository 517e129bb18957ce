"""Guards of issue 9 (round 6) against the relation misreadings of real news, on sentences
written for these tests (invented companies, two industries each): plans, programmes, events and
documents are no products; another maker's product is not the subject's; a fight, a dispute or
an accusation is no rivalry or suit; a labour contract is no partnership; goods bought are no
takeover; a savings account is no investee. Each guard still lets the plain statement through."""
from __future__ import annotations

import pytest

from extracted import of_kind, relations
from tieline.extract.entities import DocEntities
from tieline.extract.relations.makers import _maker_company, _named_product


# -- develop: plans, programmes, events and documents are not products ----------------------------

@pytest.mark.parametrize("text, maker, name", [
    ("Halden Pharma launched its Velmora-5 programme for clinics.", "Halden Pharma", "Velmora-5"),
    ("Velmora Health launched its CareLink-3 study for clinics.", "Velmora Health", "CareLink-3"),
    ("Korvath Aerospace is developing its SkyPath X2 program for the Navy.",
     "Korvath Aerospace", "SkyPath X2"),
    ("Brisk Foods has produced a \"SafeShift 2\" playbook for its stores.", "Brisk Foods", "SafeShift 2"),
    ("Brisk Foods has published its FreshPlan 2 report on waste.", "Brisk Foods", "FreshPlan 2"),
])
def test_plans_and_documents_are_not_developed_products(nlp, text, maker, name):
    assert (maker, name) not in of_kind(nlp, text, "develop")


@pytest.mark.parametrize("text, maker, name", [
    ("Korvath Aerospace unveiled its Skylark X2 jet on Monday.", "Korvath Aerospace", "Skylark X2"),
    ("Velmora Health launched its ZenoCare app for patients.", "Velmora Health", "ZenoCare"),
])
def test_products_are_still_developed(nlp, text, maker, name):
    assert (maker, name) in of_kind(nlp, text, "develop")


@pytest.mark.parametrize("text, maker", [
    ("Korvath Aerospace builds jets. Tallwind Airlines launched its Korvath K90 jet on its longest "
     "route.", "Tallwind Airlines"),
    ("Brisk Foods makes snacks. Marlo Markets launched its Brisk Crunch-2 bar in May.", "Marlo Markets"),
])
def test_another_makers_product_is_not_the_subjects(nlp, text, maker):
    assert not [k for k in of_kind(nlp, text, "develop") if k[0] == maker]


# -- compete: a fight, a war or a dispute is no rivalry -------------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("The Kavos Defense Agency and Drexel Cloud Inc. are still fighting over a $10 billion "
     "contract.", ("Drexel Cloud", "Kavos Defense Agency")),
    ("Brisk Foods is battling Halden Pharma in court over a patent.", ("Brisk Foods", "Halden Pharma")),
])
def test_fights_and_disputes_are_not_rivalry(nlp, text, pair):
    found = relations(nlp, text)
    assert ("compete", *pair) not in found
    assert ("partner", *pair) not in found  # fighting over a contract: no party to it either


@pytest.mark.parametrize("text, pair", [
    ("Brisk Foods is battling Marlo Snacks Inc. for shelf space in supermarkets.",
     ("Brisk Foods", "Marlo Snacks")),
    ("Velmora Bank is fighting Ostrava Bank for deposits.", ("Ostrava Bank", "Velmora Bank")),
])
def test_rivals_for_something_still_compete(nlp, text, pair):
    assert ("compete", *pair) in relations(nlp, text)


def test_a_list_of_fixtures_is_no_rivalry(nlp):
    found = relations(nlp, "Ostrava Bank and Velmora Bank vs. Kavos Bank and Drexel Bank vs. "
                           "Pellam Bank.")
    assert not [k for k in found if k[0] == "compete"]


# -- sue: an accusation or a price is no suit -----------------------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("The Velmora Council accused Halden Pharma of not taking the shortage seriously.",
     ("Velmora Council", "Halden Pharma")),
    ("The Kavos Port Authority will review what it charges shippers, notably Drexel Mining.",
     ("Kavos Port Authority", "Drexel Mining")),
])
def test_criticism_and_prices_are_not_suits(nlp, text, pair):
    assert pair not in of_kind(nlp, text, "sue")


@pytest.mark.parametrize("text, pair", [
    ("The SEC charged Halden Pharma with fraud.", ("SEC", "Halden Pharma")),
    ("Brisk Foods sued Marlo Snacks over its recipes.", ("Brisk Foods", "Marlo Snacks")),
])
def test_charges_and_suits_still_sue(nlp, text, pair):
    assert pair in of_kind(nlp, text, "sue")


# -- partner: a labour contract is no alliance ----------------------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("Under their contracts with the Steel Workers union, Drexel Mining Corp. and Pellam Steel "
     "Inc. pay idled workers.", ("Drexel Mining", "Steel Workers union")),
    ("Tallwind Airlines reached an agreement with the Pilots Guild on Friday.",
     ("Pilots Guild", "Tallwind Airlines")),
])
def test_labour_contracts_are_not_partnerships(nlp, text, pair):
    assert ("partner", *sorted(pair)) not in relations(nlp, text)


@pytest.mark.parametrize("text, pair", [
    ("Drexel Mining signed a supply contract with Pellam Steel.", ("Drexel Mining", "Pellam Steel")),
    ("Tallwind Airlines reached an agreement with Korvath Aerospace on Friday.",
     ("Korvath Aerospace", "Tallwind Airlines")),
])
def test_contracts_between_companies_are_still_partnerships(nlp, text, pair):
    assert ("partner", *pair) in relations(nlp, text)


# -- acquire and invest: goods and savings are no companies ---------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("Tom Ardent bought a Zephyra Motors last year.", ("Tom Ardent", "Zephyra Motors")),
    ("Ann Lee bought an Orbyte Mobile for her son.", ("Ann Lee", "Orbyte Mobile")),
])
def test_goods_bought_are_no_takeover(nlp, text, pair):
    assert pair not in of_kind(nlp, text, "acquire")


@pytest.mark.parametrize("text, pair", [
    ("Halden Pharma bought Marlo Labs in 2021.", ("Halden Pharma", "Marlo Labs")),
    ("Drexel Mining acquired Pellam Steel for $2 billion.", ("Drexel Mining", "Pellam Steel")),
])
def test_companies_bought_are_still_acquired(nlp, text, pair):
    assert pair in of_kind(nlp, text, "acquire")


def test_a_savings_account_is_no_investee(nlp):
    found = of_kind(nlp, "Ann Lee invests an additional $500 in a Roth IRA. Tom Ardent invested "
                         "$5 million in Zentrix Robotics.", "invest")
    assert not [k for k in found if "IRA" in k[1]]
    assert ("Tom Ardent", "Zentrix Robotics") in found


# -- partner: a settlement is no alliance ---------------------------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("Halden Pharma reached an agreement with the Velmora Securities Commission to settle the "
     "charges.", ("Halden Pharma", "Velmora Securities Commission")),
    ("Drexel Mining signed a settlement agreement with Pellam Steel over the spill.",
     ("Drexel Mining", "Pellam Steel")),
    ("Drexel Mining's agreement with Pellam Steel settles the lawsuit over the spill.",
     ("Drexel Mining", "Pellam Steel")),
])
def test_settlements_are_not_partnerships(nlp, text, pair):
    assert ("partner", *sorted(pair)) not in relations(nlp, text)


@pytest.mark.parametrize("text, pair", [
    ("Halden Pharma reached an agreement with Velmora Health to supply vaccines.",
     ("Halden Pharma", "Velmora Health")),
    ("Tallwind Airlines signed a deal with Korvath Aerospace to buy jets.",
     ("Korvath Aerospace", "Tallwind Airlines")),
])
def test_deals_with_a_purpose_are_still_partnerships(nlp, text, pair):
    assert ("partner", *pair) in relations(nlp, text)


# -- compete: power, war and politics are no market rivalry ---------------------------------------

@pytest.mark.parametrize("text", [
    "The Velmora Labour Party vied with the Kavos Freedom Party for votes.",
    "The Kavos Army fought the Velmora Rebels for control of the town.",
])
def test_parties_and_armies_are_not_market_rivals(nlp, text):
    assert not [k for k in relations(nlp, text) if k[0] == "compete"]


# -- acquire: shares bought by the amount are no takeover -----------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("Orrin Capital bought more Zentrix Robotics last quarter.", ("Orrin Capital", "Zentrix Robotics")),
    ("Pellam Funds bought some Halden Pharma in March.", ("Pellam Funds", "Halden Pharma")),
])
def test_more_of_a_company_bought_is_no_takeover(nlp, text, pair):
    assert pair not in of_kind(nlp, text, "acquire")


# -- compete: whose rival a phrase names ----------------------------------------------------------

@pytest.mark.parametrize("text, right, wrong", [
    ("Kavos Bank previously hired staff from Velmora Bank's rival Ostrava Bank.",
     ("Ostrava Bank", "Velmora Bank"), ("Kavos Bank", "Ostrava Bank")),
    ("Flexport received investment from Zentrix competitor Orbyte Systems, which joined the round.",
     ("Orbyte Systems", "Zentrix"), ("Flexport", "Orbyte Systems")),
])
def test_the_rival_named_in_the_phrase_not_the_clause_subject(nlp, text, right, wrong):
    found = relations(nlp, text)
    assert ("compete", *right) in found
    assert ("compete", *wrong) not in found


# -- invest: a funder named inside the phrase -----------------------------------------------------

@pytest.mark.parametrize("text, wrong", [
    ("When Tom Ardent cut U.S. funding of Zentrix Robotics, the startup cut jobs.",
     ("Tom Ardent", "Zentrix Robotics")),
    ("When Ann Lee suspended Velmora funding of the Kavos Health Agency, she cited its failures.",
     ("Ann Lee", "Kavos Health Agency")),
])
def test_who_stops_a_named_funders_money_is_no_investor(nlp, text, wrong):
    assert wrong not in of_kind(nlp, text, "invest")


def test_the_governing_investor_still_invests(nlp):
    found = of_kind(nlp, "Orrin Capital led the funding of Zentrix Robotics last year.", "invest")
    assert ("Orrin Capital", "Zentrix Robotics") in found


# -- develop: a maker's staff group or armed service named after it is no product -----------------

@pytest.mark.parametrize("text, name, maker", [
    ("Zentrix Employees for Clean Air met on Monday. Zentrix fired two of them.",
     "Zentrix Employees", "Zentrix"),
    ("The Velmora Navy changed its training. Velmora is a big country firm.", "Velmora Navy", "Velmora"),
])
def test_groups_and_services_named_after_a_maker_are_no_products(nlp, text, name, maker):
    assert not _named_product(name, maker, DocEntities(nlp(text)))


def test_a_product_named_after_its_maker_still_is(nlp):
    text = "Zentrix launched the Zentrix App in May. Zentrix makes chips."
    ents = DocEntities(nlp(text))
    assert _named_product("Zentrix App", "Zentrix", ents)
    assert _maker_company("Zentrix", None, ents)


# -- a list split by semicolons: each item keeps its own aside ------------------------------------

@pytest.mark.parametrize("text, right, wrong", [
    ("The firms named were Drexel Mining, investigated by the Kavos Agency; Pellam Steel, which "
     "paid a fine; and Ostrava Bank.", ("Kavos Agency", "Drexel Mining"), ("Kavos Agency", "Pellam Steel")),
    ("The lenders cited were Velmora Bank, investigated by the Ostrava Commission; Kavos Credit "
     "Inc., which closed; and Orrin Capital.", ("Ostrava Commission", "Velmora Bank"),
     ("Ostrava Commission", "Kavos Credit")),
])
def test_an_aside_in_a_semicolon_list_is_about_its_own_item(nlp, text, right, wrong):
    found = of_kind(nlp, text, "sue")
    assert right in found
    assert wrong not in found


def test_the_item_an_aside_follows_is_still_named(nlp):
    found = of_kind(nlp, "Among the targets: Zentrix Corp., investigated by the Velmora Commission; "
                         "Orbyte Systems Inc., cleared in May.", "sue")
    assert ("Velmora Commission", "Zentrix") in found
