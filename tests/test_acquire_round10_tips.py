"""Buying tips, round 10: "When purchasing X or Y, it is recommended to ..." advises the
reader; the dummy "it" of the main clause is no buyer, so the clause before it states no
acquisition. A company that buys, named as the main clause's subject, still does.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text", [
    # gardening
    "Growing berries at home\n\nWhen purchasing Bramberry or Rubella, it is recommended to "
    "note it is Rubella nigra.",
    # used cars
    "Buying a used car\n\nWhen buying Orvanta or Kestrix, it is advised to ask for the "
    "service record.",
    # wine
    "Choosing a wine\n\nWhen purchasing Vellamar or Castelon, it is wise to check the vintage.",
])
def test_a_buying_tip_is_no_acquisition(nlp, text):
    assert of_kind(nlp, text, "acquire") == {}


@pytest.mark.parametrize("text,deal", [
    ("After acquiring Pellam Foods, Drovan Foods said it was important to keep the brand.",
     ("Drovan Foods", "Pellam Foods")),
    ("After acquiring Larsk Software, Orvak Systems said it was wise to keep the staff.",
     ("Orvak Systems", "Larsk Software")),
])
def test_a_buyer_that_is_the_subject_still_acquires(nlp, text, deal):
    assert deal in of_kind(nlp, text, "acquire")
