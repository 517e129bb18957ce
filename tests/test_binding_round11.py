"""Binding, round 11: a description in a clause never means a name of the clause subject's own
apposition ("Acme, a subsidiary of Globex, sued the maker": the maker is neither Acme nor
Globex). Sentences and names invented."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, plaintiff, defendant, parent", [
    # aviation: a leasing unit sues the plane maker named the sentence before
    ("Telvar Aerospace delivered forty jets last year. Orvane Leasing Ltd, a subsidiary of the "
     "conglomerate Karsova Holdings, filed a lawsuit against the plane maker on Monday.",
     "Orvane Leasing", "Telvar Aerospace", "Karsova Holdings"),
    # food: a dairy owned by a group sues the packaging supplier named before
    ("Brellin Packaging raised its prices in March. Marlow Creamery Inc., a unit of Dunhall "
     "Foods Group, filed a suit against the supplier in Ohio.",
     "Marlow Creamery", "Brellin Packaging", "Dunhall Foods Group"),
])
def test_a_description_skips_the_subjects_own_apposition(nlp, text, plaintiff, defendant, parent):
    sued = of_kind(nlp, text, "sue")
    assert (plaintiff, parent) not in sued
    assert (plaintiff, defendant) in sued


def test_a_parent_named_elsewhere_may_still_be_the_description(nlp):
    # the group is the subject's parent only in another sentence: binding is unchanged there
    text = ("Karsova Holdings cut its dividend. Orvane Leasing Ltd filed a lawsuit against the "
            "group on Monday.")
    assert ("Orvane Leasing", "Karsova Holdings") in of_kind(nlp, text, "sue")
