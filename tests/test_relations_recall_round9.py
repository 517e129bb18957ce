"""Round-9 recall of supply (issue 9), on sentences written for these tests (invented companies,
several industries): a purchase of goods named as a noun ("completed the purchase of 40 jets
from X", "Z's purchase of batteries from X") is X supplying Z, and no takeover of anyone."""
from __future__ import annotations

import pytest

from extracted import relations


def kinds(nlp, text: str, kind: str) -> set[tuple[str, str]]:
    return {(head, tail) for (t, head, tail) in relations(nlp, text) if t == kind}


@pytest.mark.parametrize("text, seller, buyer", [
    ("Varden Air completed the purchase of 40 jets from Brindle Aerospace.",
     "Brindle Aerospace", "Varden Air"),
    ("Kestrel Motors announced the purchase of 5,000 batteries from Arden Power.",
     "Arden Power", "Kestrel Motors"),
    ("Dunmore Health completed the purchase of 2 million masks from Pellor Medical.",
     "Pellor Medical", "Dunmore Health"),
    ("Varden Air's purchase of 40 jets from Brindle Aerospace was approved.",
     "Brindle Aerospace", "Varden Air"),
    ("Varden Air completed the acquisition of 40 aircraft from Brindle Aerospace.",
     "Brindle Aerospace", "Varden Air"),
])
def test_purchase_of_goods_from_a_seller_is_supply(nlp, text, seller, buyer):
    assert (seller, buyer) in kinds(nlp, text, "supply")
    assert not kinds(nlp, text, "acquire")


def test_a_considered_purchase_is_hedged(nlp):
    found = relations(nlp, "Varden Air is considering the purchase of 40 jets from Brindle Aerospace.")
    assert found.get(("supply", "Brindle Aerospace", "Varden Air")) == "hedged"


@pytest.mark.parametrize("text", [
    "Kestrel Motors announced the purchase of Arden Power from Halvard Group.",  # a company
    "Kestrel Motors completed the purchase of a 20% stake from Halvard Group.",  # a holding
    "Kestrel Motors completed the purchase of the battery unit from Halvard Group.",  # a business
    "The Harbor Authority questioned the purchase of 40 trucks from Brindle Marine.",  # a critic
    "Kestrel Motors completed the purchase of medical supplies from China.",  # a country
    "Brindle Health completed the purchase of the hospital system from Dunmore Health.",
    "Kestrel Motors cancelled the purchase of 40 trucks from Brindle Aerospace.",
    "Kestrel Motors did not complete the purchase of 40 trucks from Brindle Aerospace.",
])
def test_no_supply_without_goods_a_buyer_and_a_seller(nlp, text):
    assert not kinds(nlp, text, "supply")


@pytest.mark.parametrize("text, owner, owned", [
    ("Liberty Wire is controlled by cable tycoon John Marlow.", "John Marlow", "Liberty Wire"),
    ("Tom Brandt owns 12% of Harlan Motors.", "Tom Brandt", "Harlan Motors"),
    ("The Harbor Review is owned by Laura Penn.", "Laura Penn", "Harbor Review"),
    ("Ann Lee controls Kestrel Foods through a family trust.", "Ann Lee", "Kestrel Foods"),
])
def test_a_person_who_owns_or_controls_a_company_invests(nlp, text, owner, owned):
    assert (owner, owned) in kinds(nlp, text, "invest")


@pytest.mark.parametrize("text", [
    "Ann Lee, who controls the Kestrel Foods account at Brindle Advertising, left.",
    "Ann Lee controls the budget of Kestrel Foods.",
    "Ann Lee owns the rights to Kestrel Foods' recipes.",
    "Brindle Advertising controls the Kestrel Foods account.",
])
def test_control_of_an_account_or_a_budget_is_no_stake(nlp, text):
    assert not kinds(nlp, text, "invest")
