"""develop and acquire, round 25: the cheap cues before the brand-label and merger readers
take any case ("Under the Zephyr brand, ..." at a sentence start, "Merger of A and B forms C"
in a headline), and a merger's parties lose their pairwise readings in their sentence also when
the sentence's text starts with spaces (the fact's evidence is trimmed of them).

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind, relations


@pytest.mark.parametrize("text,pair", [
    ("Under the Crunchwell brand, Kestrel Foods sells snacks.", ("Kestrel Foods", "Crunchwell")),
    ("Under the Meadowgold brand, Brambleway Dairy makes cheese.",
     ("Brambleway Dairy", "Meadowgold")),
    ("Under the Seastrider marque, Halvorsen Motors sells cars.",
     ("Halvorsen Motors", "Seastrider")),
])
def test_a_brand_label_opening_the_sentence_names_its_owner(nlp, text, pair):
    assert of_kind(nlp, text, "develop").get(pair) == "asserted"


@pytest.mark.parametrize("text,pair", [
    ("Under the Crunchwell brand, Orvane Retail distributes snacks.",
     ("Orvane Retail", "Crunchwell")),
    ("Under pressure, Kestrel Foods sells snacks.", None),
])
def test_a_distributor_under_an_opening_brand_gives_nothing(nlp, text, pair):
    found = of_kind(nlp, text, "develop")
    assert (pair not in found) if pair else not found


@pytest.mark.parametrize("text", [
    "Merger of Halvorsen Marine and Kestrel Foods forms Quillfield Group.",
    "The new Quillfield Group was formed through the Merger of Halvorsen Marine and Kestrel "
    "Foods.",
])
def test_a_capitalised_merger_noun_forms_the_new_firm(nlp, text):
    found = of_kind(nlp, text, "acquire")
    assert found.get(("Quillfield Group", "Halvorsen Marine")) == "asserted"
    assert found.get(("Quillfield Group", "Kestrel Foods")) == "asserted"


def test_merged_parties_keep_no_takeover_when_the_text_starts_with_spaces(nlp):
    text = "  Halvorsen Marine merged with Kestrel Foods to form the largest brewer."
    found = relations(nlp, text)
    assert ("acquire", "Halvorsen Marine", "Kestrel Foods") not in found
    assert ("partner", "Halvorsen Marine", "Kestrel Foods") not in found


def test_a_merger_in_another_sentence_leaves_a_takeover_standing(nlp):
    text = ("Halvorsen Marine merged with Kestrel Foods to form the largest brewer. "
            "Halvorsen Marine later acquired Kestrel Foods.")
    assert ("acquire", "Halvorsen Marine", "Kestrel Foods") in relations(nlp, text)
