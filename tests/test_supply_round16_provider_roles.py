"""supply (round 16): a provider role given with the chooser's own possessive. "Z named X its
preferred cloud provider" (the role as the verb's predicate, beside "chose X as its provider")
and "Z will work with X as its engine supplier" ("its" is the subject's, so X supplies Z).
Sentences written for these tests (invented organizations, several industries)."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, supplier, customer", [
    ("Kestrel Bank named Oracle its preferred cloud provider.", "Oracle", "Kestrel Bank"),
    ("Kestrel Bank will work with Oracle as its cloud provider.", "Oracle", "Kestrel Bank"),
    ("Harwick Airlines will work with Rolls-Royce as its engine supplier.", "Rolls-Royce",
     "Harwick Airlines"),
])
def test_a_provider_role_the_chooser_owns(nlp, text, supplier, customer):
    assert (supplier, customer) in of_kind(nlp, text, "supply")


@pytest.mark.parametrize("text", [
    "Oracle will work with Kestrel Bank as a provider.",
    "Kestrel Bank worked with Oracle as its chief executive.",
    "Kestrel Bank works with Oracle, as does Globex.",
    "Kestrel Bank named Ann Whitfield its chief executive.",
])
def test_no_supply_without_an_owned_provider_role(nlp, text):
    assert not of_kind(nlp, text, "supply")
