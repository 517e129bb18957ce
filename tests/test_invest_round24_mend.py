"""invest (round 24, review): an ending verb that is itself undone ("could sell its stake")
keeps the tie below it, but only a tie that stands. A denial ("may fail to complete", "could
refuse to supply", "may reject the takeover") is no ending of a standing tie, and a deal still
to be done ("may abandon its takeover of Y", "could scrap its merger") is not held by anyone:
neither is asserted. Every name is invented."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, kind, pair", [
    ("Trellis Analytics may fail to complete its acquisition of Kestrel Foods.",
     "acquire", ("Trellis Analytics", "Kestrel Foods")),
    ("Regulators may reject the takeover of Kestrel Foods by Trellis Analytics.",
     "acquire", ("Trellis Analytics", "Kestrel Foods")),
    ("Trellis Analytics could fail to win the contract to supply Kestrel Foods.",
     "supply", ("Trellis Analytics", "Kestrel Foods")),
    ("Trellis Analytics may refuse to supply Kestrel Foods.",
     "supply", ("Trellis Analytics", "Kestrel Foods")),
    ("Trellis Analytics did not deny buying Kestrel Foods.",
     "acquire", ("Trellis Analytics", "Kestrel Foods")),
    ("Trellis Analytics may abandon its takeover of Kestrel Foods.",
     "acquire", ("Trellis Analytics", "Kestrel Foods")),
    ("Trellis Analytics could scrap its merger with Kestrel Foods.",
     "acquire", ("Trellis Analytics", "Kestrel Foods")),
    ("Trellis Analytics might drop its purchase of Kestrel Foods.",
     "acquire", ("Trellis Analytics", "Kestrel Foods")),
    ("Trellis Analytics did not abandon its acquisition of Kestrel Foods.",
     "acquire", ("Trellis Analytics", "Kestrel Foods")),
])
def test_a_denial_or_a_pending_deal_is_never_asserted(nlp, text, kind, pair):
    assert of_kind(nlp, text, kind).get(pair) != "asserted"


@pytest.mark.parametrize("text, kind, pair", [
    ("Brambleway Dairy could sell its stake in Kestrel Foods.",
     "invest", ("Brambleway Dairy", "Kestrel Foods")),
    ("Trellis Analytics is in talks to sell its stake in Kestrel Foods.",
     "invest", ("Trellis Analytics", "Kestrel Foods")),
    ("Trellis Analytics has not ended its partnership with Kestrel Foods.",
     "partner", ("Kestrel Foods", "Trellis Analytics")),
    ("Trellis Analytics did not stop supplying Kestrel Foods.",
     "supply", ("Trellis Analytics", "Kestrel Foods")),
])
def test_a_standing_tie_under_an_undone_ending_still_holds(nlp, text, kind, pair):
    assert of_kind(nlp, text, kind).get(pair) == "asserted"


def test_a_stake_sold_stays_negated_and_a_blocked_sale_stays_pending(nlp):
    assert of_kind(nlp, "Brambleway Dairy sold its stake in Kestrel Foods last year.",
                   "invest").get(("Brambleway Dairy", "Kestrel Foods")) == "negated"
    assert of_kind(nlp, "Regulators blocked the takeover of Kestrel Foods by Trellis Analytics.",
                   "acquire").get(("Trellis Analytics", "Kestrel Foods")) != "asserted"
    assert of_kind(nlp, "Halvorsen Marine sued to block Trellis Analytics's purchase of Kestrel "
                        "Foods.", "acquire").get(("Trellis Analytics", "Kestrel Foods")) == "forecast"


@pytest.mark.parametrize("text, holder", [
    ("Maren Holt, the majority owner of Kestrel Foods, declined to comment.", "Maren Holt"),
    ("Kestrel Foods majority owner Maren Holt declined to comment.", "Maren Holt"),
    ("Brambleway Dairy, the majority owner of Kestrel Foods, declined to comment.",
     "Brambleway Dairy"),
])
def test_a_majority_owner_holds_a_share_and_holds_no_post(nlp, text, holder):
    assert ("Kestrel Foods", holder) not in of_kind(nlp, text, "employ")
    assert of_kind(nlp, text, "invest").get((holder, "Kestrel Foods")) == "asserted"


def test_a_plain_owner_keeps_the_post(nlp):
    assert ("Kestrel Foods", "Maren Holt") in of_kind(
        nlp, "Maren Holt, the owner of Kestrel Foods, declined to comment.", "employ")
