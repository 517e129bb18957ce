"""acquire (round 15): those who oppose, block or reject a bid are neither its bidder nor, unless
they reject an offer made to them, its target. Sentences written for these tests (invented
organizations and people, several industries)."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, bidder, judges", [
    ("Shareholder group Fans United is strongly opposed to any takeover by investor Malcolm "
     "Tarrant.", "Malcolm Tarrant", ["Fans United"]),
    ("The newspapers The Daily Ledger and The Evening Post say they will oppose any formal "
     "takeover bid from tycoon Ivan Petrov.", "Ivan Petrov", ["Daily Ledger", "The Evening Post"]),
    ("The pilots' union Skyward Crew is opposed to any takeover by rival carrier Brisk Air.",
     "Brisk Air", ["Skyward Crew"]),
])
def test_who_opposes_a_bid_is_not_its_target(nlp, text, bidder, judges):
    found = of_kind(nlp, text, "acquire")
    assert not any((bidder, j) in found for j in judges), found


@pytest.mark.parametrize("text, target, judges", [
    ("Irishmen Sean Kelleher and Liam Brody, who own a 29% stake in Calderon Mills, will "
     "reportedly reject any formal £800m offer for the club.", "Calderon Mills",
     ["Sean Kelleher", "Liam Brody"]),
    ("Investors Harlow Capital and Pellam Partners, who own a 29% stake in Calderon Mills, will "
     "reportedly reject any formal £800m offer for the company.", "Calderon Mills",
     ["Harlow Capital", "Pellam Partners"]),
])
def test_who_rejects_an_offer_for_another_is_no_bidder(nlp, text, target, judges):
    found = of_kind(nlp, text, "acquire")
    assert not any((j, target) in found for j in judges), found


@pytest.mark.parametrize("text, bidder, target", [
    ("US phone firm MCI accepted a buyout from telecoms giant Verizon last week.",
     "Verizon", "MCI"),
    ("The union said it would oppose any takeover of Zentrix Software by rival Halvorsen Mills.",
     "Halvorsen Mills", "Zentrix Software"),
    ("Regulators are expected to clear the £2bn takeover of Brontex Foods by Calderon Mills.",
     "Calderon Mills", "Brontex Foods"),
])
def test_a_bid_that_names_both_parties_stands(nlp, text, bidder, target):
    assert (bidder, target) in of_kind(nlp, text, "acquire")
