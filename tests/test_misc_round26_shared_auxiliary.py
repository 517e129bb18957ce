"""modality (round 26): verbs joined by "and" / "or" share the first one's auxiliaries and
negation. "Trellis will train and deploy its models on Kestrel's chips" was asserted (the
auxiliary hangs on "train" only); now forecast, "may build and run" hedged, "did not test or
deploy" negated. Only the auxiliaries and negation are shared, not the first verb's sense
("sold its stake in X and invested in Y" keeps the investment), and not after "but", nor to a
verb with a subject of its own. Sentences written for these tests (invented organizations)."""
from __future__ import annotations

import pytest

from extracted import of_kind

USE = ("Trellis Analytics", "Kestrel Systems")


@pytest.mark.parametrize("text, modality", [
    ("Trellis Analytics will train and deploy its models on Kestrel Systems' chips.", "forecast"),
    ("Trellis Analytics may build and run its models on Kestrel Systems' chips.", "hedged"),
    ("Trellis Analytics did not test or deploy its models on Kestrel Systems' chips.", "negated"),
])
def test_joined_verb_shares_the_auxiliary(nlp, text, modality):
    found = of_kind(nlp, text, "use")
    assert found.get(USE) == modality, (text, found)


@pytest.mark.parametrize("text", [
    "Trellis Analytics dropped its old servers and deployed its models on Kestrel Systems' chips.",
    "Trellis Analytics did not renew the contract but deployed its models on Kestrel Systems'"
    " chips.",
    "Trellis Analytics will expand and it deploys its models on Kestrel Systems' chips.",
])
def test_not_shared_across_but_or_a_new_subject(nlp, text):
    found = of_kind(nlp, text, "use")
    assert found.get(USE) == "asserted", (text, found)


def test_first_verb_sense_is_not_shared(nlp):
    found = of_kind(nlp, "Brambleway Dairy sold its stake in Orvane Systems and invested in"
                         " Quillfield Labs.", "invest")
    assert found.get(("Brambleway Dairy", "Quillfield Labs")) == "asserted", found
    assert found.get(("Brambleway Dairy", "Orvane Systems")) == "negated", found
