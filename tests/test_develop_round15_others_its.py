"""develop (round 15): "Acme's great rival is to sell its Zephyr": the "its" belongs to the rival,
so Acme is no maker of Zephyr; "Acme is to sell its Zephyr" still makes Acme its maker.
Every sentence and name is invented (aircraft, games consoles, drugs)."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, owner, product", [
    ("Boeing's great European competitor is to sell 10 of its forthcoming A350 to Spanish "
     "carrier Air Europe, which has the option to buy two more.", "Boeing", "A350"),
    ("Nintendo's biggest rival is to launch its new Vega 5 console in Europe next spring.",
     "Nintendo", "Vega 5"),
])
def test_a_rivals_its_is_not_the_possessors(nlp, text, owner, product):
    assert (owner, product) not in of_kind(nlp, text, "develop")


@pytest.mark.parametrize("text, maker, product", [
    ("Boeing is to supply Japan Airlines with up to 50 of its forthcoming 7E7 planes in a deal "
     "worth $6bn.", "Boeing", "7E7"),
    ("Nintendo is to launch its new Vega 5 console in Europe next spring.", "Nintendo", "Vega 5"),
    ("Pharmacia plans to release its Zenlor 20 drug in Japan next year.", "Pharmacia",
     "Zenlor 20"),
])
def test_the_subjects_own_its_still_names_its_maker(nlp, text, maker, product):
    assert (maker, product) in of_kind(nlp, text, "develop")
