"""invest (round 23): a name that only says whose rival, supplier or client a thing is ("owns
shares in a Kestrel Foods rival") is not the firm held; a name on a firm's own noun ("the
Kestrel Foods business", "the Kestrel Foods brand") still is, and so is a named rival itself.
Every name is invented."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text", [
    "Halvorsen Marine Group owns shares in a Kestrel Foods rival.",
    "Halvorsen Marine Group invested in a Kestrel Foods supplier.",
    "Halvorsen Marine Group holds a stake in a Kestrel Foods client.",
])
def test_no_holding_in_the_firm_a_counterpart_is_named_by(nlp, text):
    assert ("Halvorsen Marine Group", "Kestrel Foods") not in of_kind(nlp, text, "invest")


@pytest.mark.parametrize("text, fact", [
    ("Halvorsen Marine Group invested in the Kestrel Foods business.",
     ("Halvorsen Marine Group", "Kestrel Foods")),
    ("Halvorsen Marine Group took a stake in Kestrel Foods rival Brambleway Dairy.",
     ("Halvorsen Marine Group", "Brambleway Dairy")),
])
def test_a_firms_own_noun_and_a_named_rival_are_still_held(nlp, text, fact):
    assert fact in of_kind(nlp, text, "invest")
