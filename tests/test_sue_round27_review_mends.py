"""Sue, round 27 review: near shapes the round-27 sue rules misread. Sentences and names
invented."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text", [
    # the active subject of "serve", "hit", "slap" hands the case over, it is not sued
    "Ann Lee served Orvane Shipping with a lawsuit filed by Kestrel Foods.",
    "Trellis Analytics hit Orvane Shipping with a lawsuit filed by Kestrel Foods.",
    # a lawyer defends a client's case
    "Orvane Shipping lawyer Ann Lee is defending a suit brought by Kestrel Foods.",
    # "action" and "challenge" without a legal word are no case
    "Orvane Shipping faces strike action launched by the Halden Dockers Union.",
    "Orvane Shipping faces a fresh challenge launched by rival Kestrel Foods.",
    "Orvane Shipping won a title challenge mounted by Kestrel Foods.",
])
def test_no_suit_against_a_server_a_lawyer_or_from_a_rivalry(nlp, text):
    found = of_kind(nlp, text, "sue")
    assert not any(t in {"Ann Lee", "Trellis Analytics", "Orvane Shipping"}
                   for (_, t) in found), found


def test_a_lawyer_fighting_a_case_stands_for_the_client(nlp):
    found = of_kind(nlp, "Ann Lee, a lawyer for Orvane Shipping, is fighting a lawsuit filed "
                         "by Kestrel Foods.", "sue")
    assert ("Kestrel Foods", "Ann Lee") not in found
    assert found.get(("Kestrel Foods", "Orvane Shipping")) == "asserted"


@pytest.mark.parametrize("text", [
    "Orvane Shipping was served with a lawsuit filed by Kestrel Foods.",
    "Orvane Shipping faces a legal challenge brought by Kestrel Foods.",
    "Judge Ann Lee faces a lawsuit filed by Kestrel Foods.",
])
def test_the_defendants_shapes_stay(nlp, text):
    found = of_kind(nlp, text, "sue")
    assert any(h == "Kestrel Foods" for (h, _) in found), found


def test_a_judge_the_case_names_is_sued(nlp):
    assert of_kind(nlp, "A lawsuit from Kestrel Foods against Judge Ann Lee was dismissed.",
                   "sue").get(("Kestrel Foods", "Ann Lee")) == "asserted"


@pytest.mark.parametrize("text", [
    "The Competition Authority ordered Orvane Shipping's customers to stop using the service.",
    "The Competition Authority ordered Orvane Shipping's suppliers to halt deliveries.",
    "The Competition Authority ordered Orvane Shipping's shareholders to sell their stakes.",
])
def test_people_round_a_party_are_ordered_not_the_party(nlp, text):
    assert ("Competition Authority", "Orvane Shipping") not in of_kind(nlp, text, "sue")


def test_an_owned_plant_ordered_shut_still_reaches_its_owner(nlp):
    assert of_kind(nlp, "The Competition Authority ordered Orvane Shipping's plant to close.",
                   "sue").get(("Competition Authority", "Orvane Shipping")) == "asserted"
