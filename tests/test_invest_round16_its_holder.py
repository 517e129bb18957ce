"""A possessive pronoun on a holder noun said of a name, round 16: "Halvard Group, its largest
shareholder, said ..." and "Halvard Group, its parent company, said ..." are about Halvard
Group, so "its" means another firm (before, "its" bound to Halvard Group itself and the fact,
a firm holding itself, was dropped); "A owns 40% of B, while C is its second biggest
shareholder": "its" is the firm named last before the predicate, not C.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind, relations


@pytest.mark.parametrize("text,fact", [
    # food, carmaking, water, media
    ("Brennan Foods reported a loss on Monday. Halvard Group, its largest shareholder, said it "
     "would cut jobs.", ("Halvard Group", "Brennan Foods")),
    ("Tavi Trucks Inc recalled 4,000 vans. Kestrel Motors, its parent company, said the fault was fixed.",
     ("Kestrel Motors", "Tavi Trucks")),
    ("Orsa Water owns 40% of Tavi Aguas, while Spain's Drummond Utilities is its second biggest "
     "shareholder with 25%.", ("Drummond Utilities", "Tavi Aguas")),
    ("Quillo Media lost readers last year. Verity Capital is its largest investor.",
     ("Verity Capital", "Quillo Media")),
])
def test_its_holder(nlp, text, fact):
    assert fact in of_kind(nlp, text, "invest")


@pytest.mark.parametrize("text,wrong", [
    # the owner of the first clause is no holder of itself or of the second firm
    ("Orsa Water owns 40% of Tavi Aguas, while Spain's Drummond Utilities is its second biggest "
     "shareholder with 25%.", ("Drummond Utilities", "Orsa Water")),
    ("Halvard Group and its backer Kestrel Motors said they would cut jobs.", ("Halvard Group", "Kestrel Motors")),
])
def test_its_holder_not(nlp, text, wrong):
    assert wrong not in of_kind(nlp, text, "invest")


def test_rival_aside_unchanged(nlp):
    """A rival noun kept its binding: the clause's subject is not its own rival."""
    text = "Brennan Foods sued Halvard Group, its main rival, on Monday."
    assert ("compete", "Brennan Foods", "Halvard Group") in relations(nlp, text)


def test_backer_coordinated_unchanged(nlp):
    text = "Halvard Group and its backer Kestrel Motors said they would cut jobs."
    assert ("Kestrel Motors", "Halvard Group") in of_kind(nlp, text, "invest")
