"""supply (round 28): offers a public body weighs are bids to supply it. "The Norland Air Force
is considering proposals from Orvane Aviation", "The Defence Ministry received bids from Trellis
Shipbuilding": each bidder supplies the body, hedged (an offer weighed is no sale); negated when the
body turns the offers down. Near shapes that give no supply: a company weighing offers (a
takeover: "the board of Kestrel Foods is considering offers from Orvane Capital"), a verb that
does not weigh an offer ("criticised proposals from"), a bidder that is a public body, a
regulator or a government weighing offers (a remedy, a rescue). Sentences
written for these tests (invented organizations)."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, facts", [
    ("But the Norland Air Force is also considering proposals from Orvane Aviation.",
     {("Orvane Aviation", "Norland Air Force"): "hedged"}),
    ("The Defence Ministry received bids from Trellis Shipbuilding for two frigates.",
     {("Trellis Shipbuilding", "Defence Ministry"): "hedged"}),
    ("The Health Department is evaluating tenders from Brambleway Medical.",
     {("Brambleway Medical", "Health Department"): "hedged"}),
    ("The Defence Ministry rejected bids from Trellis Shipbuilding.",
     {("Trellis Shipbuilding", "Defence Ministry"): "negated"}),
])
def test_offers_a_public_body_weighs(nlp, text, facts):
    assert of_kind(nlp, text, "supply") == facts, text


@pytest.mark.parametrize("text", [
    "The board of Kestrel Foods is considering offers from Orvane Capital.",
    "Kestrel Foods is considering proposals from Orvane Capital.",
    "The Defence Ministry criticised proposals from Trellis Shipbuilding.",
    "The Defence Ministry is considering proposals from the Norland Navy.",
    # a regulator weighs remedies, a government a rescue: no purchase
    "The Competition Commission is reviewing proposals from Orvane Capital.",
    "The Norland government is considering offers from Halvorsen Steel for the plant.",
])
def test_no_supply_from_offers(nlp, text):
    assert of_kind(nlp, text, "supply") == {}, text


@pytest.mark.parametrize("text", [
    # a department that judges deals reviews remedies, it buys nothing (mend of round 28)
    "The Justice Department is reviewing proposals from Orvane Capital.",
    "The Commerce Department is considering proposals from Halvorsen Marine.",
    # bids for a stake or a firm the body owns: the body sells, nobody supplies it
    "The Finance Ministry received bids from Orvane Capital for its stake in Norland Air.",
    "The Transport Ministry is weighing offers from Kestrel Logistics for the state rail company.",
])
def test_no_supply_from_a_judge_or_a_sale(nlp, text):
    assert of_kind(nlp, text, "supply") == {}, text
