"""develop and invest (round 26): a brand owned is one fact. "Acme owns brands such as Zephyr and
Bolt", the names typed as companies, gave the owning verb's invest and the brand list's develop
of each; the guide makes owning a product develop and a held unit or stake invest, and a brand
is a product, so the develop stays alone. Kept: a brand list with no owning verb ("whose brands
include"), goods named as such, a company owned outright ("Acme owns Zephyr"), and a stake
named beside the brands. Sentences written for these tests (invented organizations and
brands)."""
from __future__ import annotations

import pytest

from extracted import relations


@pytest.mark.parametrize("text", [
    "Kestrel Foods owns brands such as Seaspray and Dunmore.",
    "Kestrel Foods, which owns brands such as Seaspray and Dunmore, reported higher sales.",
])
def test_owned_brands_give_one_fact_each(nlp, text):
    found = relations(nlp, text)
    for brand in ("Seaspray", "Dunmore"):
        assert ("develop", "Kestrel Foods", brand) in found, (text, found)
        assert ("invest", "Kestrel Foods", brand) not in found, (text, found)


@pytest.mark.parametrize("text", [
    "Kestrel Foods, whose brands include Seaspray and Dunmore, reported higher sales.",
    "Kestrel Foods owns brands including Seaspray soap and Dunmore shampoo.",
])
def test_brand_list_keeps_develop(nlp, text):
    found = relations(nlp, text)
    for brand in ("Seaspray", "Dunmore"):
        assert ("develop", "Kestrel Foods", brand) in found, (text, found)


@pytest.mark.parametrize("text, held", [
    ("Kestrel Foods owns Seaspray Dairies and Dunmore Mills.", "Seaspray Dairies"),
    ("Kestrel Foods owns a 40% stake in Seaspray Dairies, and brands such as Dunmore.",
     "Seaspray Dairies"),
])
def test_a_firm_owned_stays_held(nlp, text, held):
    found = relations(nlp, text)
    assert ("invest", "Kestrel Foods", held) in found, (text, found)
