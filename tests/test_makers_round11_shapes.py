"""Develop shapes, round 11: a brand owned by the firm a "whose" clause describes ("Acme,
whose Zephyr brand leads ...") is its product; an owned brand still stands for itself in other
facts, and a "whose" clause on a person or a place makes no product.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind

CEREAL = "Harlow Foods reported higher profits on Tuesday.\n\n"
CARS = "Venmark Motors said sales rose in May.\n\n"


@pytest.mark.parametrize("text,fact", [
    # food
    (CEREAL + "Harlow Foods, whose Crunchos brand still dominates breakfast cereal sales, "
     "raised its forecast.", ("Harlow Foods", "Crunchos")),
    # cars
    (CARS + "The rise helped Venmark Motors, whose Trevali brand leads the compact van "
     "market, to a record quarter.", ("Venmark Motors", "Trevali")),
])
def test_a_brand_in_a_whose_clause_is_the_firms(nlp, text, fact):
    assert fact in of_kind(nlp, text, "develop")


@pytest.mark.parametrize("text,kind,fact", [
    # a rival of the brand is not said to be a rival of its owner
    (CEREAL + "Harlow Foods, whose Crunchos brand still dominates breakfast cereal sales, "
     "raised its forecast. Morello Snacks has rivaled Crunchos for years.",
     "compete", ("Morello Snacks", "Harlow Foods")),
    # a person's or a place's "whose" clause
    ("Ann Varga, whose Tamsin album sold well, joined Lorrel Records.", "develop",
     ("Ann Varga", "Tamsin")),
    ("Portugal, whose Brindle brand of tourism draws visitors, hired Kestrel Travel.", "develop",
     ("Portugal", "Brindle")),
])
def test_a_whose_clause_adds_nothing_else(nlp, text, kind, fact):
    assert fact not in of_kind(nlp, text, kind)
