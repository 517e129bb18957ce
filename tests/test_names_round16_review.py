"""From the re-read of round 16: a post said of a street, a district, a city or a region names no
employer ("Wall Street analyst A", "Brooklyn spokesman A", "Silicon Valley analyst A"), and a
market index before a maker noun is no product ("Fortune 500 manufacturer X"); a firm the
tagger skipped before a post still is one ("Marriott CEO A" shape, invented names here).

Every person and firm name is invented.
"""
from __future__ import annotations

import pytest

from extracted import relations


@pytest.mark.parametrize("text", [
    "Wall Street analyst Ann Vale said the shares were cheap.",
    "Brooklyn spokesman Bo Park said talks continued.",
    "Silicon Valley analyst Cara Dunn said demand was weak.",
    "Fortune 500 manufacturer Brightwave Systems cut jobs.",
])
def test_places_and_indexes_are_no_parties(nlp, text):
    assert not relations(nlp, text)


def test_a_skipped_firm_before_a_post_still_employs(nlp):
    text = "Orlenko CEO Arne Sorvik said bookings fell."
    assert ("employ", "Orlenko", "Arne Sorvik") in relations(nlp, text)
