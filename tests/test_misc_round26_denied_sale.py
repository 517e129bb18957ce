"""invest (round 26): a denied sale of a stake keeps the stake. "Bolt denied that it had sold its
stake in Orvane" was read as a negated invest (the selling rule negates on its own); a denial of
the sale is read like "could sell" or "did not sell": the stake stands. A sale that is stated,
said, confirmed or not denied still ends the holding. Sentences written for these tests
(invented organizations)."""
from __future__ import annotations

import pytest

from extracted import of_kind

PAIR = ("Halvorsen Marine", "Quillfield Labs")


@pytest.mark.parametrize("text", [
    "Halvorsen Marine denied that it had sold its stake in Quillfield Labs.",
    "Halvorsen Marine rejected claims that it sold its stake in Quillfield Labs.",
])
def test_denied_sale_keeps_the_stake(nlp, text):
    found = of_kind(nlp, text, "invest")
    assert found.get(PAIR) == "asserted", (text, found)


@pytest.mark.parametrize("text", [
    "Halvorsen Marine sold its stake in Quillfield Labs.",
    "Halvorsen Marine did not deny that it had sold its stake in Quillfield Labs.",
    "Halvorsen Marine confirmed that it had sold its stake in Quillfield Labs.",
])
def test_stated_sale_ends_the_stake(nlp, text):
    found = of_kind(nlp, text, "invest")
    assert found.get(PAIR) == "negated", (text, found)
