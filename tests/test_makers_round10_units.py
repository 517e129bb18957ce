"""Maker-named units, round 10: a carrier's line of business written after its name ("the
Corvane Ground network", "Tellam Cargo") is a unit of the firm, not a product it develops;
a product named after its maker still is one.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind

PARCELS = ("Corvane caps shipments from big retailers as orders surge\n\n"
           "Corvane is limiting the number of packages it picks up from large retailers. "
           "Corvane told the retailers on Friday that volumes were too high.\n\n")
AIRLINE = ("Tellam is struggling with demand. Tellam told travel agents on Monday that "
           "flights were full.\n\n")


@pytest.mark.parametrize("text,unit", [
    # parcels
    (PARCELS + '"Capping the packages picked up at these sites will limit any negative impacts '
     'to the Corvane Ground network," a Corvane spokesperson said.', ("Corvane", "Corvane Ground")),
    # airline
    (AIRLINE + "Tellam said the Tellam Cargo fleet was full.", ("Tellam", "Tellam Cargo")),
])
def test_a_carriers_unit_is_no_product(nlp, text, unit):
    assert unit not in of_kind(nlp, text, "develop")


@pytest.mark.parametrize("text,product", [
    (PARCELS + "Corvane launched the Corvane Tracker app for shoppers.", ("Corvane", "Corvane Tracker")),
    (AIRLINE + "Tellam launched the Tellam Skypass app for travellers.", ("Tellam", "Tellam Skypass")),
])
def test_a_product_named_after_its_maker_stays(nlp, text, product):
    assert product in of_kind(nlp, text, "develop")
