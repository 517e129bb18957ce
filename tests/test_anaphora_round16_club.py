""""The club" means a club: a name holding a club's word (Club, FC, United, Rovers ...) or one the
text calls a club; with none named, it is bound to nothing, never to the last organization named
(the audits had "bids for the club" bound to a radio station that reported them, and "the club's
managing director" to a party committee).

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind, relations


@pytest.mark.parametrize("text", [
    # politics, sport
    ("Delegates of the Tarn Party Committee will gather in Marlow next summer. \"The convention "
     "would be a lifeline for us,\" said Lena Ostrow, the club's managing director."),
    ("Owen Glade made several bids last year. Radio Kestrel reported the news on Friday. Glade "
     "later bought the club for $800 million."),
])
def test_the_club_is_no_firm_named_before(nlp, text):
    assert not [key for key in relations(nlp, text) if "Tarn Party Committee" in key
                or "Radio Kestrel" in key]


@pytest.mark.parametrize("text,fact", [
    ("The Marlow Rowing Club hired a new coach. The club's chairman, Ada Roe, said the season "
     "starts in May.", ("Marlow Rowing Club", "Ada Roe")),
    ("Harlow United lost again on Saturday. The club's chief executive, Tom Marr, said the "
     "manager would stay.", ("Harlow United", "Tom Marr")),
])
def test_the_club_is_a_club_named_before(nlp, text, fact):
    assert fact in of_kind(nlp, text, "employ")
