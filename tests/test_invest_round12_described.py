"""A description bound to a name given in an apposition, round 12: "Ferris Insurance, a Dutch
insurer, ... The insurer is owned by Harlow Bank". The insurer was introduced with its name, so
"the insurer" refers to it; an insurer introduced without a name ("hired a Dutch insurer")
still binds to nobody.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,fact", [
    # robotics
    ("Brindle Robotics, a warehouse automation startup, said on Tuesday it raised $40 million. "
     "The startup is backed by Quillon Partners and Ferrow Capital.",
     ("Ferrow Capital", "Brindle Robotics")),
    # insurance
    ("Ferris Insurance, a Dutch insurer, posted a loss on Monday. "
     "The insurer is owned by Harlow Bank.", ("Harlow Bank", "Ferris Insurance")),
])
def test_a_description_binds_to_the_named_apposition(nlp, text, fact):
    assert fact in of_kind(nlp, text, "invest")


@pytest.mark.parametrize("text,tail", [
    ("Tessel Freight hired a Dutch insurer last year. The insurer is owned by Harlow Bank.",
     "Tessel Freight"),
])
def test_an_unnamed_introduction_still_binds_to_nobody(nlp, text, tail):
    assert tail not in {t for _, t in of_kind(nlp, text, "invest")}
