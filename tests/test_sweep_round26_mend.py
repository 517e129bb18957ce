"""Sweep, round 26, mended after review: a suit is read as filed only when the "in"/"through"
phrase naming it hangs on the seeking verb itself; a phrase on another word names a suit the
seeker may only want a part in (sentences and names invented)."""
from __future__ import annotations

import pytest

from extracted import of_kind, relations


@pytest.mark.parametrize("text", [
    "Kestrel Foods seeks to intervene in the lawsuit against Orvane Shipping.",
    "Kestrel Foods seeks a role in the case against Orvane Shipping.",
])
def test_a_suit_named_under_another_word_than_seek_is_no_filed_suit(nlp, text):
    assert of_kind(nlp, text, "sue").get(("Kestrel Foods", "Orvane Shipping")) != "asserted"


@pytest.mark.parametrize("text", [
    "Kestrel Foods is seeking class-action status in a lawsuit against Orvane Shipping.",
    "Kestrel Foods said it was seeking $20m in damages in a lawsuit against Orvane Shipping.",
])
def test_a_suit_named_on_the_seeking_verb_stays_filed(nlp, text):
    assert of_kind(nlp, text, "sue").get(("Kestrel Foods", "Orvane Shipping")) == "asserted"


@pytest.mark.parametrize("text, org", [
    ("Nora Quill is an engineer. She owns a Trellis Analytics laptop.", "Trellis Analytics"),
    ("Jon Marsh is a trader. He owns shares in Halvorsen Marine.", "Halvorsen Marine"),
    ("Nora Quill is a baker. She owns a Kestrel Foods franchise.", "Kestrel Foods"),
])
def test_a_pronoun_owning_a_good_or_shares_is_no_owner(nlp, text, org):
    assert not [k for k in relations(nlp, text) if k[0] == "employ" and k[1] == org]
