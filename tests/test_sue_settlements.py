"""A regulator's deal with a firm, told beside its penalties or charges, is the regulator's case
against the firm settled, no alliance; a deal with no dispute near, or with a public body that
does not enforce, stays what it was. "Took action against" is a suit when the action is legal or
a regulator takes it (sentences and names invented for these tests)."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, head, tails", [
    ("The Securities and Exchange Commission agreed a deal totalling $90m with Norvale Capital, "
     "Brisk Brokers and Quillon Securities. It included $30m in penalties.",
     "Securities and Exchange Commission", {"Norvale Capital", "Brisk Brokers", "Quillon Securities"}),
    ("The US Food and Drug Administration opened a probe into Tarrow Pharma last year. The FDA "
     "signed an agreement with Tarrow Pharma on Monday.",
     "FDA", {"Tarrow Pharma"}),
    ("Quillon Air struck a deal with the Civil Aviation Commission to end the inquiry into its "
     "maintenance records. The airline will pay a fine of $4m.",
     "Civil Aviation Commission", {"Quillon Air"}),
])
def test_a_regulators_deal_near_a_dispute_is_a_suit(nlp, text, head, tails):
    sue = of_kind(nlp, text, "sue")
    assert {(head, t) for t in tails} <= set(sue)
    assert not any(h == head or t == head for h, t in of_kind(nlp, text, "partner"))


@pytest.mark.parametrize("text", [
    "The Department of Energy signed a deal with Corvane Solar to build a plant in Nevada.",
    "The Marlow Trade Commission agreed a deal with Orbis Freight to run its customs checks.",
    "The Marlow Health Service is working with the Trade Commission and other law enforcement "
    "agencies to watch for scams.",
])
def test_a_regulators_deal_with_no_dispute_is_no_suit(nlp, text):
    assert of_kind(nlp, text, "sue") == {}


@pytest.mark.parametrize("text, pair", [
    ("Helix Robotics agreed a deal totalling $20m with Dunmore Logistics. Dunmore paid a fine "
     "last year.", ("Dunmore Logistics", "Helix Robotics")),
    ("Zephyr Foods signed a deal totalling $8m with Brisa Farms. Regulators dropped their "
     "inquiry into both firms.", ("Brisa Farms", "Zephyr Foods")),
])
def test_two_firms_deal_stays_a_partnership(nlp, text, pair):  # partner pairs come sorted
    assert of_kind(nlp, text, "sue") == {}
    assert pair in of_kind(nlp, text, "partner")


@pytest.mark.parametrize("text", [
    "Glimmer Social took strong actions against Pinecrest News by labelling its posts as false.",
    "The Marlow Institutes of Health took action against Verdant Labs, ending its grant.",
    "Halden Mining took swift action against Orvik Freight by cancelling their shipments.",
])
def test_a_step_taken_against_someone_is_no_suit(nlp, text):
    assert of_kind(nlp, text, "sue") == {}


@pytest.mark.parametrize("text, head, tail", [
    ("The Financial Conduct Authority took action against Norvale Capital over its pension "
     "advice.", "Financial Conduct Authority", "Norvale Capital"),
    ("Brisa Farms took legal action against Zephyr Foods over the unpaid invoices.",
     "Brisa Farms", "Zephyr Foods"),
    ("The Federal Aviation Administration took enforcement action against Quillon Air last week.",
     "Federal Aviation Administration", "Quillon Air"),
    ("Orvik Freight said it would take action against Halden Mining to recover the unpaid fees.",
     "Orvik Freight", "Halden Mining"),
])
def test_legal_action_or_a_regulators_action_is_a_suit(nlp, text, head, tail):
    assert (head, tail) in of_kind(nlp, text, "sue")
