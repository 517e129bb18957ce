"""acquire (round 11): deals a buyer backed out of, and state services that seize rather than
buy, checked on sentences written for these tests (invented organizations, several industries)."""
from __future__ import annotations

import pytest

from extracted import of_kind

# -- "backed out of its deal to acquire Y": the parser hangs the infinitive on the verb -------


@pytest.mark.parametrize("text, buyer, target", [
    ("Halvern Foods backed out of its deal to acquire Brimley Dairies Ltd last month.",
     "Halvern Foods", "Brimley Dairies"),
    ("Quarto Mining walked away from a deal to buy Stellan Copper Ltd in March.",
     "Quarto Mining", "Stellan Copper"),
    ("Brisk Pharma pulled out of a deal to buy Hollin Labs Inc.", "Brisk Pharma", "Hollin Labs"),
])
def test_a_deal_backed_out_of_is_negated(nlp, text, buyer, target):
    assert of_kind(nlp, text, "acquire").get((buyer, target)) == "negated"


@pytest.mark.parametrize("text, target", [
    ("Brisk Pharma agreed to buy Hollin Labs Inc after backing out of a previous deal.",
     "Hollin Labs"),
    ("Quarto Mining walked away from the talks and agreed to buy Stellan Copper Ltd.",
     "Stellan Copper"),
])
def test_a_deal_made_beside_a_withdrawal_stays_asserted(nlp, text, target):
    found = of_kind(nlp, text, "acquire")
    assert any(t == target and m == "asserted" for (h, t), m in found.items()), found


# -- "taken over by the Secret Service": a state service seizes, it does not buy ------------

@pytest.mark.parametrize("text", [
    "Korvex Exchange Ltd was taken over by the US Secret Service after the raid.",
    "Brimley Casino Group was taken over by the Halden Intelligence Service in 2020.",
    "The Ostrava Customs Service took over Pellham Freight Ltd after the audit.",
])
def test_a_state_service_taking_over_a_firm_is_no_acquisition(nlp, text):
    assert of_kind(nlp, text, "acquire") == {}


@pytest.mark.parametrize("text, buyer, target", [
    ("Farrow Shipping was taken over by Pellham Marine Service last year.",
     "Pellham Marine Service", "Farrow Shipping"),
    ("Brimley Hotels was taken over by Ostrava Leisure Group last year.",
     "Ostrava Leisure Group", "Brimley Hotels"),
])
def test_a_company_named_service_still_acquires(nlp, text, buyer, target):
    assert (buyer, target) in of_kind(nlp, text, "acquire")


# -- "sold X to Y": Y buys X (the "to" the parser reads as a dative, or tags inside one name) --

@pytest.mark.parametrize("text, buyer, target", [
    ("Pellow Energy sold Marwick Chemicals Inc to Gantry Oil Corp in 2019.",
     "Gantry Oil", "Marwick Chemicals"),
    ("Halden Bank sold Ostrava Insurance to Pellham Group last year.",
     "Pellham Group", "Ostrava Insurance"),
    ("Fennick Media sold its Larkspur Radio unit to Orrin Broadcasting for $40m.",
     "Orrin Broadcasting", "Larkspur Radio"),
])
def test_a_company_sold_to_a_buyer_is_acquired_by_it(nlp, text, buyer, target):
    found = of_kind(nlp, text, "acquire")
    assert (buyer, target) in found
    assert not any(target in h or buyer in t for h, t in found), found


@pytest.mark.parametrize("text", [
    "Stellan Telecom sold 5,000 phones to Brimley Retail last year.",
    "Pellow Energy, which sold its oil division in 2017 to Gantry Oil Corp, reported losses.",
    "Halden Bank sold it to Pellham Group last year.",
])
def test_goods_or_an_unnamed_unit_sold_give_no_acquisition(nlp, text):
    assert of_kind(nlp, text, "acquire") == {}
