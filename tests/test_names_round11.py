"""Name bounds, round 11: a firm whose name ends "and" an industry word ("Orsk Space and
Technology") is one name, not a firm and a bare "Technology".

Every sentence and name is invented; the tagger's labels are set on the parse (doc.ents) so
the tests do not depend on what the small model happens to say.
"""
from __future__ import annotations

import pytest

from test_names_round3 import names


@pytest.mark.parametrize("text,labels,whole,piece", [
    # space analytics
    ("Carla Mendt, founder of Orsk Space and Technology, said launches were delayed.",
     [("Carla Mendt", "PERSON"), ("Orsk Space and Technology", "ORG")],
     "Orsk Space and Technology", "Technology"),
    # shipping
    ("Pell Hobart, chief executive of Ferrow Marine and Logistics, said volumes fell.",
     [("Pell Hobart", "PERSON"), ("Ferrow Marine and Logistics", "ORG")],
     "Ferrow Marine and Logistics", "Logistics"),
    # food
    ("Dunmore Dairy and Foods recalled its yoghurt on Monday.",
     [("Dunmore Dairy and Foods", "ORG")], "Dunmore Dairy and Foods", "Foods"),
])
def test_an_industry_word_after_and_ends_one_name(nlp, text, labels, whole, piece):
    found = names(nlp, text, labels)
    assert found.get(whole) == "ORG"
    assert piece not in found


@pytest.mark.parametrize("text,labels,first,second", [
    # two firms: the second is no industry word
    ("Lintel Bank and Marrow signed a lending deal.",
     [("Lintel Bank and Marrow", "ORG")], "Lintel Bank", "Marrow"),
    # two firms: the second has a name of its own before its industry word
    ("Kesk Farms and Vale Logistics agreed to merge.",
     [("Kesk Farms and Vale Logistics", "ORG")], "Kesk Farms", "Vale Logistics"),
    # one word before "and": two firms, not one name
    ("Brisk and Technology stocks fell.",
     [("Brisk", "ORG")], "Brisk", None),
])
def test_two_firms_joined_by_and_stay_two(nlp, text, labels, first, second):
    found = names(nlp, text, labels)
    assert found.get(first) == "ORG"
    if second:
        assert found.get(second) == "ORG"
