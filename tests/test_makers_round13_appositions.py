"""Develop shapes, round 13: a product name with an appositive product noun that names its
maker ("Velmira, a Novacor drug", "Skyreach, a game from Quillon Studios", "Velmira, an
antiviral drug developed by Novacor Inc.", "Skyreach, its best-selling game, sold ..."); an
appositive that names a place, a disease or no organization makes no product.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,fact", [
    # drugs
    ("Doctors tried Velmira, a Novacor drug sold for arthritis.", ("Novacor", "Velmira")),
    ("Doctors tried Velmira, Novacor's antiviral drug.", ("Novacor", "Velmira")),
    ("Doctors tried Velmira, an antiviral drug developed by Novacor Inc.", ("Novacor", "Velmira")),
    # games
    ("Fans played Skyreach, a game from Quillon Studios.", ("Quillon Studios", "Skyreach")),
    ("Halvex Games said Skyreach, its best-selling game, sold a million copies.",
     ("Halvex Games", "Skyreach")),
])
def test_an_appositive_product_noun_names_the_maker(nlp, text, fact):
    assert fact in of_kind(nlp, text, "develop")


@pytest.mark.parametrize("text,tail", [
    # a place, a disease or a year beside the product noun is no maker
    ("Doctors tried Velmira, a drug from Japan, on ten patients.", "Velmira"),
    ("Doctors tried Velmira, a Covid drug, on ten patients.", "Velmira"),
    ("Fans played Skyreach, a game from 2019, at the fair.", "Skyreach"),
    # a person's work or a body's programme
    ("Critics praised Ann Varga's film Tamsin, a story set in Lisbon.", "Tamsin"),
    ("Harbor City began Brightpath, the council's housing programme, in May.", "Brightpath"),
])
def test_an_appositive_without_a_company_makes_no_product(nlp, text, tail):
    assert not [f for f in of_kind(nlp, text, "develop") if f[1] == tail]
