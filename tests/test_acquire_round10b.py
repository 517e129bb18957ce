"""acquire leftovers of round 10: a pronoun controlled by another verb's subject, the option set
aside with "rather than", and "tipped to buy" (invented organizations, several industries)."""
from __future__ import annotations

import pytest

from extracted import of_kind

# -- "X wants it to buy back shares": "it" is never X (X itself would be "itself") ---------------


@pytest.mark.parametrize("text, pronoun_for, controller, target", [
    ("Harlow Capital owns a stake in Brisco Foods. Harlow Capital wants it to buy back shares "
     "rather than buy Velmar Dairy.", "Brisco Foods", "Harlow Capital", "Velmar Dairy"),
    ("Ostrand Partners holds shares in Kelvane Mining. Ostrand Partners urged it to return cash "
     "rather than acquire Pellworth Metals.", "Kelvane Mining", "Ostrand Partners",
     "Pellworth Metals"),
])
def test_a_controlled_pronoun_is_not_the_controllers_subject(nlp, text, pronoun_for, controller,
                                                             target):
    found = of_kind(nlp, text, "acquire")
    assert (controller, target) not in found
    assert found.get((pronoun_for, target)) == "hedged"  # the option set aside


@pytest.mark.parametrize("text, buyer, target", [
    ("Tessmer Software reported strong sales. It said it would buy Quarrow Analytics for $90m.",
     "Tessmer Software", "Quarrow Analytics"),
    ("Dunmore Steel said it agreed to acquire Kelby Castings.", "Dunmore Steel", "Kelby Castings"),
])
def test_a_pronoun_subject_of_a_reported_clause_still_binds_to_the_speaker(nlp, text, buyer,
                                                                           target):
    assert (buyer, target) in of_kind(nlp, text, "acquire")


@pytest.mark.parametrize("text, buyer, target", [
    ("Norvik Airlines chose to lease jets rather than acquire Stellan Air.", "Norvik Airlines",
     "Stellan Air"),
    ("Pellham Bank expanded its branch network instead of buying Corran Savings.", "Pellham Bank",
     "Corran Savings"),
])
def test_the_alternative_set_aside_is_not_asserted(nlp, text, buyer, target):
    assert of_kind(nlp, text, "acquire").get((buyer, target), "hedged") == "hedged"


# -- "tipped to buy": a forecast by others, not a deal ----------------------------------------

@pytest.mark.parametrize("text, buyer, target", [
    ("Quillon Software is tipped to buy Marrow Analytics.", "Quillon Software", "Marrow Analytics"),
    ("Brennick Pharma has been tipped to acquire Solvane Biotech.", "Brennick Pharma",
     "Solvane Biotech"),
])
def test_tipped_to_buy_is_hedged(nlp, text, buyer, target):
    assert of_kind(nlp, text, "acquire").get((buyer, target)) == "hedged"


@pytest.mark.parametrize("text, buyer, target", [
    ("Quillon Software bought Marrow Analytics in March.", "Quillon Software", "Marrow Analytics"),
    ("Brennick Pharma agreed to acquire Solvane Biotech.", "Brennick Pharma", "Solvane Biotech"),
])
def test_a_plain_deal_stays_asserted(nlp, text, buyer, target):
    assert of_kind(nlp, text, "acquire").get((buyer, target)) == "asserted"
