"""develop (round 26): a year, a feast, or a season or month the tagger reads as a time, leading a
good's name says when it sells, not what it is called: "launched the 2025 Zephyr app" makes
Zephyr, "released its Christmas drink" names no good. A season the tagger leaves as a word is a
name ("the Summer Breeze app"), and a year after the name stays ("the Zephyr 2025 app").
Sentences written for these tests (invented organizations and goods)."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, maker, good", [
    ("Brambleway Dairy launched the 2025 Zephyr app.", "Brambleway Dairy", "Zephyr"),
    ("Kestrel Foods unveiled the Christmas Seaspray drink.", "Kestrel Foods", "Seaspray"),
    ("Kestrel Foods launched its Easter Crunchwell cereal in March.", "Kestrel Foods",
     "Crunchwell"),
    ("Brambleway Dairy released its 2024 Zephyr laptop.", "Brambleway Dairy", "Zephyr"),
])
def test_time_word_is_cut_from_the_goods_name(nlp, text, maker, good):
    found = of_kind(nlp, text, "develop")
    assert set(found) == {(maker, good)}, (text, found)


@pytest.mark.parametrize("text", [
    "Kestrel Foods released its Christmas drink.",
    "Orvane Retail released the Halloween cereal last year.",
])
def test_time_word_alone_names_no_good(nlp, text):
    assert of_kind(nlp, text, "develop") == {}, text


@pytest.mark.parametrize("text, maker, good", [
    # a year after the name is part of it
    ("Trellis Analytics launched the Zephyr 2025 app.", "Trellis Analytics", "Zephyr 2025"),
    # a model number that is no year stays
    ("Halvorsen Marine unveiled the 787 Seaspray boat.", "Halvorsen Marine", "787 Seaspray"),
])
def test_name_proper_kept(nlp, text, maker, good):
    found = of_kind(nlp, text, "develop")
    assert found.get((maker, good)) == "asserted", (text, found)


@pytest.mark.parametrize("text, product", [
    # "holiday", "festive" and "Valentine" are no feasts: words that open names of goods
    ("Kestrel Foods launched the Holiday Harbor app last week.", "Holiday Harbor"),
    ("Kestrel Foods launched its Festive Feast range in stores.", "Festive Feast"),
])
def test_common_word_before_a_name_stays(nlp, text, product):
    found = of_kind(nlp, text, "develop")
    assert set(found) == {("Kestrel Foods", product)}, (text, found)
