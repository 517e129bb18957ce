"""develop, round 25: "Acme, owner of the Zephyr and Bolt brands" and "Acme is the owner of the
Zephyr and Bolt brands" name each listed brand the owner's (one brand was read already by the
makers' noun rule; a list of two was not); "Brands ..." opening a sentence passes the cheap cue.
A qualified owner ("former", "part") and a seller of the brands give nothing from this reading.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,modality", [
    ("Kestrel Foods, owner of the Crunchwell and Meadowgold brands, cut prices.", "asserted"),
    ("Kestrel Foods is the owner of the Crunchwell and Meadowgold brands.", "asserted"),
    ("Kestrel Foods is not the owner of the Crunchwell and Meadowgold brands.", "negated"),
])
def test_an_owner_of_listed_brands_makes_each(nlp, text, modality):
    found = of_kind(nlp, text, "develop")
    pairs = [("Kestrel Foods", "Crunchwell"), ("Kestrel Foods", "Meadowgold")]
    assert {p: found.get(p) for p in pairs} == {p: modality for p in pairs}


@pytest.mark.parametrize("text,head", [
    ("Kestrel Foods, the former owner of the Crunchwell and Meadowgold brands, cut prices.",
     "Kestrel Foods"),
    ("Orvane Retail, a seller of the Crunchwell and Meadowgold brands, cut prices.",
     "Orvane Retail"),
])
def test_a_former_owner_or_a_seller_of_listed_brands_makes_none(nlp, text, head):
    found = of_kind(nlp, text, "develop")
    assert found.get((head, "Crunchwell"), "negated") == "negated"
    assert found.get((head, "Meadowgold"), "negated") == "negated"
