"""Supply and use of goods named with their maker (tieline.extract.relations.supply, round 13):
"Z uses software from X" and "Z is adopting it, using equipment from X and Y" say Z uses X;
"X struck a deal to supply Z with 30,000 vans" says X supplies Z. Invented companies from
telecoms, energy, airlines, cars and medicine; data from a source, money, a public body, a
place, people, a negated or rejected deal and a pronoun recipient state no new tie."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, pairs", [
    ("Brisk Mobile Inc. uses software from Orchard Systems Ltd. in its phones.",
     [("Brisk Mobile", "Orchard Systems")]),
    ("Kestrel Wireless Inc. is also adopting the standard, using technology from Orchard "
     "Systems Ltd.", [("Kestrel Wireless", "Orchard Systems")]),
    ("Granite Energy Corp. deploys turbines from Vestwind Holdings Ltd. at its wind farms.",
     [("Granite Energy", "Vestwind Holdings")]),
])
def test_goods_from_a_named_maker_are_its_use(nlp, text, pairs):
    found = of_kind(nlp, text, "use")
    assert all(p in found for p in pairs)


@pytest.mark.parametrize("text", [
    "Halden Foods Inc. uses data from Marlow University.",
    "Brisk Mobile Inc. used figures from Orchard Systems Ltd. to make its case.",
    "Brisk Mobile Inc. uses money from Orchard Systems Ltd. to pay its debts.",
    "The Defense Department uses engines from Rowan Aerospace Inc.",
    "Halden Foods Inc. uses steel from China.",
    "Brisk Mobile Inc. does not use chips from Ardent Chips Ltd.",
    "Brisk Mobile Inc. hired engineers from Orchard Systems Ltd.",
])
def test_a_source_money_a_state_or_a_denial_is_no_use(nlp, text):
    assert not of_kind(nlp, text, "use")


@pytest.mark.parametrize("text, pair", [
    ("Struggling car maker Corvell Motors Inc. has struck a deal to supply van maker Tessel "
     "Trucks Ltd. with 30,000 vans.", ("Corvell Motors", "Tessel Trucks")),
    ("Rowan Aerospace Inc. agreed a deal to provide Tessel Airlines Ltd. with 40 engines.",
     ("Rowan Aerospace", "Tessel Airlines")),
    ("Kestrel Pharma Inc. struck a deal to supply Arden Health Group Ltd. with 2 million "
     "vaccine doses.", ("Kestrel Pharma", "Arden Health Group")),
    ("Corvell Motors Inc. signed a production agreement with Tessel Airlines Ltd. to supply it "
     "with 36,000 small cars.", ("Corvell Motors", "Tessel Airlines")),
])
def test_a_deal_to_supply_a_named_firm_is_supply(nlp, text, pair):
    assert pair in of_kind(nlp, text, "supply")


@pytest.mark.parametrize("text", [
    "Corvell Motors Inc. rejected a deal to supply Tessel Airlines Ltd. with engines.",
    "Corvell Motors Inc. did not sign a deal to supply Tessel Airlines Ltd. with engines.",
    "Kestrel Pharma Inc. struck a deal to supply the government with vaccine doses.",
    "Corvell Motors Inc. signed a deal to supply Tessel Airlines Ltd. with advice.",
])
def test_a_rejected_or_empty_deal_to_supply_is_no_supply(nlp, text):
    assert not [p for p in of_kind(nlp, text, "supply") if p[0] == "Corvell Motors"
                or p[0] == "Kestrel Pharma"]
