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


# a treatment, a drug or a vaccine named by its maker is a product like any other
@pytest.mark.parametrize("text,fact", [
    # medicines
    ("Corvane Therapeutics said revenue rose. Its migraine treatment, Zentavo, won approval "
     "in March.", ("Corvane Therapeutics", "Zentavo")),
    ("Tarrow Biologics said profits rose. Tarrow Biologics makes the flu vaccines Fluvex and "
     "Immora.", ("Tarrow Biologics", "Fluvex")),
    # garden care
    ("Greenholt Garden Group said sales rose. Its lawn treatment, Turfix, sold out in April.",
     ("Greenholt Garden Group", "Turfix")),
])
def test_a_named_treatment_is_its_makers(nlp, text, fact):
    assert fact in of_kind(nlp, text, "develop")


@pytest.mark.parametrize("text", [
    "Doctors said the treatment of patients in Leeds was slow, and Harlan Hospital denied it.",
    "Marta Voss said her treatment at Kellan Clinic was poor.",
    "Harlan Hospital said its treatment of nurses was fair, and Brena Care agreed.",
])
def test_care_given_is_no_product(nlp, text):
    assert not of_kind(nlp, text, "develop")
