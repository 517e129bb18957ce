"""Ownership and backing read precisely (issue 9, round 2), on sentences written for these tests
(invented companies, several industries): a list after "owned by" names co-owners of the thing
before it, a hyphenated "X-owned" / "X-backed" modifier names at most one owner, a party that
controls a chamber holds no stake in it, and "put" invests only when money is what is put."""
from __future__ import annotations

import pytest

from tieline.extract import extract
from tieline.model import Document


def invests(nlp, text: str) -> set[tuple[str, str]]:
    doc = Document(text=text, source="test", published="2024-05-01")
    return {(r.head, r.tail) for r in extract(doc, nlp(text)).relations if r.type == "invest"}


@pytest.mark.parametrize("text", [
    "At least five hospitals owned by operators Medora Health, Quilvex Care and Brantley "
    "Holdings have closed wards.",
    "Two refineries owned by Norvik Energy and Castell Oil shut this week.",
    "Since March, a dozen mills owned by grain traders Orbex Foods, Calder Grain, Pemberton "
    "Holdings and Varda Group have paused operations.",
])
def test_co_owners_in_a_list_do_not_own_each_other(nlp, text):
    assert invests(nlp, text) == set()


@pytest.mark.parametrize("text, owners, owned", [
    ("Kestrel Media, owned by Tarsk Telecom and Varo Capital, fell.",
     {"Tarsk Telecom", "Varo Capital"}, "Kestrel Media"),
    ("Shares of Dunrow Air, owned by Pellam Group, rose.", {"Pellam Group"}, "Dunrow Air"),
])
def test_owned_by_names_owners_of_the_name_before(nlp, text, owners, owned):
    assert invests(nlp, text) == {(o, owned) for o in owners}


@pytest.mark.parametrize("text, owner, owned", [
    ("Microsoft-backed OpenAI raised prices.", "Microsoft", "OpenAI"),
    ("The Brisco-owned Tallow Bank raised fees.", "Brisco", "Tallow Bank"),
    ("The Zentra-backed Bragi Labs raised money.", "Zentra", "Bragi Labs"),
])
def test_hyphenated_owner(nlp, text, owner, owned):
    assert invests(nlp, text) == {(owner, owned)}


@pytest.mark.parametrize("text", [
    # two names share one participle: neither owns the other, and "Quanta Bank-" is no name
    "You can choose a new option for Quanta Bank- and Loxley Bank-backed mortgages.",
    "Lenders offered relief on Harlow Mae- and Birch Mac-backed loans.",
    # control of a chamber is power, not a stake
    "The Hollin-controlled Council voted on Monday.",
    "The law passed the Reform-controlled Assembly.",
    # "put it in a column": nothing invested
    "Senator Ames put it bluntly in a Morning Gazette interview.",
    "Riverton put it this way in a Daily Ledger column.",
])
def test_no_stake_read_into(nlp, text):
    assert invests(nlp, text) == set()


@pytest.mark.parametrize("text, investor, investee", [
    ("Dunmore Capital put $40 million into Pellion Robotics.", "Dunmore Capital", "Pellion Robotics"),
    ("Zelco poured $300 million into Ardent Bio.", "Zelco", "Ardent Bio"),
    ("Dynacorp invested in Calder Mills.", "Dynacorp", "Calder Mills"),
])
def test_money_put_into_a_company_is_invested(nlp, text, investor, investee):
    assert (investor, investee) in invests(nlp, text)


@pytest.mark.parametrize("text, owner, owned", [
    ("The Brisco-owned lender Tallow Bank raised fees.", "Brisco", "Tallow Bank"),
])
def test_hyphenated_owner_of_a_described_name(nlp, text, owner, owned):
    assert (owner, owned) in invests(nlp, text)


@pytest.mark.parametrize("text", [
    "Orbex Foods reported sales. In this file photo, Ana Ruiz, owner of a fruit stand, hands "
    "cash to a customer.",
    "Halden Pharma raised prices. Piet Marlow, owner of a small pharmacy, said so.",
])
def test_owner_of_an_unnamed_thing_owns_no_company_of_the_story(nlp, text):
    assert invests(nlp, text) == set()
