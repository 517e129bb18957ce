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


@pytest.mark.parametrize("text, pair, kind", [
    # a finite verb after the joined one has its own tense: the first verb's "did not",
    # "cannot", "has not" or "was not" is not its
    ("Trellis Analytics did not renew its contract and later acquired Orvane.",
     ("Trellis Analytics", "Orvane"), "acquire"),
    ("Brambleway Dairy cannot build the plant and supplies milk to Kestrel Foods.",
     ("Brambleway Dairy", "Kestrel Foods"), "supply"),
    ("Brambleway Dairy did not build the plant and supplied milk to Kestrel Foods.",
     ("Brambleway Dairy", "Kestrel Foods"), "supply"),
    ("Halvorsen Marine has not invested in Orvane and acquired Quillfield in 2023.",
     ("Halvorsen Marine", "Quillfield"), "acquire"),
    ("Brambleway Dairy was not sold and acquired Orvane.", ("Brambleway Dairy", "Orvane"),
     "acquire"),
    ("Kestrel Foods declined to comment and acquired Orvane.", ("Kestrel Foods", "Orvane"),
     "acquire"),
    ("Kestrel Foods did not need to raise funds and acquired Orvane.",
     ("Kestrel Foods", "Orvane"), "acquire"),
    ("Jane Morrow did not leave Orvane and joined Kestrel Foods.", ("Kestrel Foods", "Jane Morrow"),
     "employ"),
])
def test_finite_verb_keeps_its_own_tense(nlp, text, pair, kind):
    found = of_kind(nlp, text, kind)
    assert found.get(pair) == "asserted", (text, found)


@pytest.mark.parametrize("text", [
    "Trellis Analytics will design, build and sell chips to Kestrel Systems.",
    "Trellis Analytics will design, sell and build chips for Kestrel Systems.",
])
def test_list_of_three_verbs_shares_the_auxiliary(nlp, text):
    found = of_kind(nlp, text, "supply")
    assert found.get(("Trellis Analytics", "Kestrel Systems")) == "forecast", (text, found)


def test_verb_set_against_the_first_does_not_share(nlp):
    found = of_kind(nlp, "Kestrel Foods will not sell its stake in Orvane and rather buy"
                         " Quillfield.", "acquire")
    assert found.get(("Kestrel Foods", "Quillfield")) == "asserted", found
