"""Supply and use stated by a sentence's shape (tieline.extract.relations.supply, issue 9,
round 6): powered by, a thing that uses another firm's goods, chosen as provider, customer of,
a public body's contract; and the narrowed trigger-word rules (advice is no supply, a point
of view is no technology, a question with "if" states no use). Invented companies from
aviation, banking and cloud computing, and medicine; each shape has sentences that must fire
and sentences that must not."""
from __future__ import annotations

import pytest

from extracted import of_kind, relations


# -- powered by --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, customer, supplier", [
    ("Halcyon Bank's chatbot is powered by models from Quillmind Labs.",
     "Halcyon Bank", "Quillmind Labs"),
    ("Halcyon Bank's new app, powered by Corvane Systems' cloud, launched on Monday.",
     "Halcyon Bank", "Corvane Systems"),
    ("Ferro Motors launched a truck that is powered by motors made by Kestrel Power.",
     "Ferro Motors", "Kestrel Power"),
])
def test_powered_by_another_firms_goods_is_use(nlp, text, customer, supplier):
    assert (customer, supplier) in of_kind(nlp, text, "use")


@pytest.mark.parametrize("text, supplier, customer", [
    ("Quillmind's models power Halcyon Bank's chatbot.", "Quillmind", "Halcyon Bank"),
    ("Kestrel's engines now power Vantor Aviation's regional jets.", "Kestrel", "Vantor Aviation"),
])
def test_goods_powering_a_named_firms_product_is_supply(nlp, text, supplier, customer):
    assert (supplier, customer) in of_kind(nlp, text, "supply")


@pytest.mark.parametrize("text", [
    "Halcyon Bank's growth was powered by strong demand from Ferrow Insurance.",
    "The Nasdaq rally was powered by Brightwell Logistics' shares.",
    "Ferro Motors has canceled an electric truck that was going to be powered by technology "
    "provided by Kestrel Power.",
])
def test_no_use_from_demand_shares_or_a_cancelled_product(nlp, text):
    found = relations(nlp, text)
    assert not [f for f in found if f[0] in {"use", "supply"}]


# -- a product that uses another firm's goods ---------------------------------------------------

@pytest.mark.parametrize("text, customer, supplier", [
    ("Vantor Aviation's new jet uses engines made by Kestrel Motors.",
     "Vantor Aviation", "Kestrel Motors"),
    ("Kestrel Motors' chips are used in Vantor Aviation's drones.",
     "Vantor Aviation", "Kestrel Motors"),
    ("Halcyon Bank released an app that runs on Corvane Systems's cloud.",
     "Halcyon Bank", "Corvane Systems"),
])
def test_a_product_using_another_firms_goods_is_use(nlp, text, customer, supplier):
    assert (customer, supplier) in of_kind(nlp, text, "use")


def test_a_product_still_to_come_is_a_forecast(nlp):
    text = "Ferro Motors will develop an electric truck that uses Kestrel Power's battery pack."
    assert of_kind(nlp, text, "use") == {("Ferro Motors", "Kestrel Power"): "forecast"}


@pytest.mark.parametrize("text", [
    "If Vantor Aviation's new jet uses Kestrel Motors engines, costs will rise.",
    "Vantor Aviation's new jet does not use Kestrel Motors engines.",
    "It is up to Halcyon Bank whether it will keep using Corvane Systems's servers.",
    "Halcyon Bank will decide if it still uses Corvane Systems's servers.",
])
def test_no_use_from_a_condition_or_a_denial(nlp, text):
    assert not of_kind(nlp, text, "use")


# -- chosen as provider, chosen to supply ---------------------------------------------------------

@pytest.mark.parametrize("text, supplier, customer", [
    ("Vantor Aviation picked Kestrel Motors as the engine supplier for its new jet.",
     "Kestrel Motors", "Vantor Aviation"),
    ("Halcyon Bank has chosen Corvane Systems as its cloud provider.",
     "Corvane Systems", "Halcyon Bank"),
    ("Ferro Motors chose Kestrel Power to supply batteries for its new truck.",
     "Kestrel Power", "Ferro Motors"),
    ("Halcyon Bank picked Corvane Systems to host its website.", "Corvane Systems", "Halcyon Bank"),
])
def test_the_chosen_provider_supplies_the_chooser(nlp, text, supplier, customer):
    found = of_kind(nlp, text, "supply")
    assert (supplier, customer) in found
    assert (customer, supplier) not in found


@pytest.mark.parametrize("text", [
    "Halcyon Bank chose Corvane Systems to lead the review.",
    "Halcyon Bank asked Corvane Systems to host its website.",
])
def test_choosing_for_other_work_or_asking_is_no_supply(nlp, text):
    assert not of_kind(nlp, text, "supply")


# -- customer of -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, customer, supplier", [
    ("Halcyon Bank is a customer of Corvane Systems.", "Halcyon Bank", "Corvane Systems"),
    ("Halcyon Bank became Corvane Systems's largest customer.", "Halcyon Bank", "Corvane Systems"),
    ("Corvane Systems signed Halcyon Bank as a customer.", "Halcyon Bank", "Corvane Systems"),
    ("Northwind Power is a longtime client of Kestrel Motors.", "Northwind Power",
     "Kestrel Motors"),
])
def test_a_named_customer_uses_its_supplier(nlp, text, customer, supplier):
    assert (customer, supplier) in of_kind(nlp, text, "use")


@pytest.mark.parametrize("text", [
    "Halcyon Bank is not a customer of Corvane Systems.",
    "If Halcyon Bank becomes a customer of Corvane Systems, shares will rise.",
    "Landing Halcyon Bank as a second major client could help.",
    "Halcyon Bank is a customer-focused lender.",
])
def test_no_customer_tie_denied_supposed_or_without_a_supplier(nlp, text):
    assert not of_kind(nlp, text, "use")


# -- a public body's contract --------------------------------------------------------------------

@pytest.mark.parametrize("text, suppliers, buyer", [
    ("The Department of Energy signed a $336 million contract with Kestrel Motors and "
     "Brightwell Logistics.", {"Kestrel Motors", "Brightwell Logistics"}, "Department of Energy"),
    ("The Ministry of Health announced contracts with Halcyon Pharma to make 50,000 ventilators.",
     {"Halcyon Pharma"}, "Ministry of Health"),
])
def test_a_public_bodys_contract_buys_from_the_company(nlp, text, suppliers, buyer):
    found = of_kind(nlp, text, "supply")
    assert {(s, buyer) for s in suppliers} <= set(found)


@pytest.mark.parametrize("text", [
    "Halcyon Bank signed a contract with Corvane Systems.",
    "The Department of Energy signed a contract with the Steelworkers Union.",
    "The Ministry of Health did not sign a contract with Halcyon Pharma.",
])
def test_no_supply_between_companies_with_a_union_or_denied(nlp, text):
    assert not of_kind(nlp, text, "supply")


def test_a_contract_under_consideration_is_hedged(nlp):
    text = "The Department of Energy is considering a contract with Kestrel Motors."
    assert of_kind(nlp, text, "supply") == {("Kestrel Motors", "Department of Energy"): "hedged"}


# -- narrowed trigger-word rules -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Pellam Capital would offer Dana Kirk dating advice over dinners.",
    "Pellam Capital offered Dana Kirk a seat on its board.",
    "Corvane Systems offered Halcyon Bank advice on its merger.",
])
def test_advice_or_a_seat_offered_is_no_supply(nlp, text):
    assert not of_kind(nlp, text, "supply")


@pytest.mark.parametrize("text", [
    "Halcyon Bank is adopting Corvane Systems's point of view.",
    "Vantor Aviation adopted Kestrel Motors' approach to pricing.",
])
def test_adopting_a_view_or_approach_is_no_use(nlp, text):
    assert not of_kind(nlp, text, "use")


@pytest.mark.parametrize("text, customer, supplier", [
    ("Halcyon Bank uses Corvane Systems's servers.", "Halcyon Bank", "Corvane Systems"),
    ("Vantor Aviation has been using Kestrel Motors' computing power since May.",
     "Vantor Aviation", "Kestrel Motors"),
])
def test_using_another_firms_goods_still_fires(nlp, text, customer, supplier):
    assert (customer, supplier) in of_kind(nlp, text, "use")


def test_an_adviser_still_advises_a_person(nlp):
    text = "Pellam Capital is advising Dana Kirk on the bid."
    assert ("Pellam Capital", "Dana Kirk") in of_kind(nlp, text, "supply")


# -- buying goods: sourcing, medical and defence goods, a deal to buy or to supply ---------------

@pytest.mark.parametrize("text, supplier, customer", [
    ("Vantor Aviation sources its engines from Kestrel Motors.", "Kestrel Motors",
     "Vantor Aviation"),
    ("The Department of Defense bought a portable ventilator from Zollman Medical.",
     "Zollman Medical", "Department of Defense"),
    ("The Ministry of Health ordered 17,000 ventilators from Halcyon Pharma.",
     "Halcyon Pharma", "Ministry of Health"),
    ("Vantor Aviation signed a deal with Kestrel Motors to buy 200 engines.",
     "Kestrel Motors", "Vantor Aviation"),
    ("Kestrel Motors signed a deal with Vantor Aviation to supply 200 engines.",
     "Kestrel Motors", "Vantor Aviation"),
    ("The Ministry of Health struck an agreement with Halcyon Pharma to purchase 10 million doses "
     "of vaccine.", "Halcyon Pharma", "Ministry of Health"),
])
def test_buying_goods_from_a_named_seller_is_supply(nlp, text, supplier, customer):
    found = of_kind(nlp, text, "supply")
    assert (supplier, customer) in found
    assert (customer, supplier) not in found


@pytest.mark.parametrize("text", [
    "Halcyon Pharma signed a pact with Brightwell Biotech to sell its antibody drug in Europe.",
    "Vantor Aviation signed a deal with Kestrel Motors to buy its engine unit.",
    "Vantor Aviation signed a deal with Kestrel Motors to buy a stake in Pelican Air.",
    "Vantor Aviation did not sign a deal with Kestrel Motors to buy 200 engines.",
    "The figures come from Reuters sources from Halcyon Bank.",
])
def test_no_supply_from_a_sale_of_unclear_side_a_business_a_stake_or_a_denial(nlp, text):
    assert not of_kind(nlp, text, "supply")


def test_a_deal_whose_purpose_names_another_recipient_supplies_that_one(nlp):
    text = "Kestrel Motors signed a deal with Vantor Aviation to supply engines to Pelican Air."
    assert set(of_kind(nlp, text, "supply")) == {("Kestrel Motors", "Pelican Air")}


# -- ends that are no party, meeting someone ----------------------------------------------------

@pytest.mark.parametrize("text, kind", [
    ("Arvig Telecom is offering free internet and WiFi to new customers.", "supply"),
    ("Halcyon Bank was deploying PPE, ventilators, and testing across the country.", "use"),
    ("Vantor Aviation is deploying 5G across its hangars.", "use"),
    ("Inside the arena, Halcyon Bank's chief ran into her Corvane Systems sales representative.",
     "use"),
    ("Halcyon Bank ran into trouble with Corvane Systems's servers.", "use"),
])
def test_goods_standards_and_meetings_are_no_party(nlp, text, kind):
    assert not of_kind(nlp, text, kind)


@pytest.mark.parametrize("text, kind, pair", [
    ("Kestrel Motors supplies engines to Vantor Aviation and Pelican Air.", "supply",
     ("Kestrel Motors", "Pelican Air")),
    ("Halcyon Bank runs on Corvane Systems's servers.", "use", ("Halcyon Bank", "Corvane Systems")),
])
def test_named_parties_in_a_list_still_fire(nlp, text, kind, pair):
    assert pair in of_kind(nlp, text, kind)


# -- a sale: the buyer is named after "to", never taken from the clause ------------------------

@pytest.mark.parametrize("text, supplier, customer", [
    ("Brindle Foods said its sales to Coastmart rose sharply in the spring.",
     "Brindle Foods", "Coastmart"),
    ("Kestrel Motors' sale of 40 engines to Vantor Aviation closed in May.",
     "Kestrel Motors", "Vantor Aviation"),
])
def test_a_sale_to_a_named_buyer_is_supply(nlp, text, supplier, customer):
    assert (supplier, customer) in of_kind(nlp, text, "supply")


@pytest.mark.parametrize("text", [
    "Harlow Stores, which also owns Pennick's and Brightwell, said on Monday that it had lost "
    "the majority of its sales because of store closures.",
    "Halcyon Pharma, which bought Brightwell Biotech last year, said its sales fell by a third.",
    "Vantor Aviation reported that Kestrel Motors' sales doubled.",
])
def test_a_firms_own_sales_name_no_buyer(nlp, text):
    assert not of_kind(nlp, text, "supply")


# -- an order for goods from a named seller (round 11) ------------------------------------------

@pytest.mark.parametrize("text, supplier, customer", [
    ("Skyreach Airways placed an order for 40 jets from Aerodyne Corp.",
     "Aerodyne", "Skyreach Airways"),
    ("Halvard Freight Inc. placed an order for 300 electric trucks from Zerin Mobility Ltd.",
     "Zerin Mobility", "Halvard Freight"),
    ("Skyreach Airways' order for 40 jets from Aerodyne Corp. was delayed.",
     "Aerodyne", "Skyreach Airways"),
])
def test_an_order_for_goods_from_a_firm_is_its_supply(nlp, text, supplier, customer):
    assert (supplier, customer) in of_kind(nlp, text, "supply")


@pytest.mark.parametrize("text", [
    "Skyreach Airways placed an order for 40 jets.",
    "Marlow Capital Inc. placed an order for shares from Tessel Bank Ltd.",
    "The court issued an order for documents from Kestrel Holdings Inc.",
])
def test_an_order_without_goods_or_seller_is_no_supply(nlp, text):
    assert not of_kind(nlp, text, "supply")


# -- "X has customers including A": X supplies A, as the gold sets record it (round 11) ----------

@pytest.mark.parametrize("text, pairs", [
    ("Vantor Aero Inc. builds regional jets. It has customers including Bluewing Airlines, "
     "Kestrel Air and Norden Airways.",
     [("Vantor Aero", "Bluewing Airlines"), ("Vantor Aero", "Norden Airways")]),
    ("Quillon Labs has clients including Marrow Bank and Tessel Insurance.",
     [("Quillon Labs", "Marrow Bank"), ("Quillon Labs", "Tessel Insurance")]),
])
def test_a_firm_that_has_customers_including_others_supplies_them(nlp, text, pairs):
    found = of_kind(nlp, text, "supply")
    assert all(p in found for p in pairs)
    assert not any((b, a) in of_kind(nlp, text, "use") for a, b in pairs)


@pytest.mark.parametrize("text, kind, pair", [
    ("Some of Fennic Cloud Inc.'s customers include Orbis Robotics and Lumetra Health.", "use",
     ("Orbis Robotics", "Fennic Cloud")),
    ("Quillon Labs has advertisers including Marrow Bank and Tessel Insurance.", "use",
     ("Marrow Bank", "Quillon Labs")),
])
def test_a_customer_list_owned_by_possessive_or_advertisers_stays_use(nlp, text, kind, pair):
    assert pair in of_kind(nlp, text, kind)


@pytest.mark.parametrize("text", [
    "Marrow Bank has customers in 40 countries.",
    "Marrow Bank has more than 2 million customers.",
])
def test_customers_without_named_firms_are_no_supply(nlp, text):
    assert not of_kind(nlp, text, "supply")
