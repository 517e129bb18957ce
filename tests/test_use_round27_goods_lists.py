"""use (round 27): a use verb whose object list opens with goods keeps the goods even when
skills follow ("to leverage X's technology, marketing and product expertise": the subject uses
X's technology). A list that opens with a skill, a skill alone, or a strategy stays refused.
Sentences written for these tests (invented organizations)."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, modality", [
    ("Kestrel Foods said it will aim to leverage Trellis Analytics' technology, marketing and"
     " product expertise.", "forecast"),
    ("Kestrel Foods uses Trellis Analytics' software and staff.", "asserted"),
    ("Kestrel Foods may deploy Trellis Analytics' chips and know-how.", "hedged"),
    ("Kestrel Foods will not use Trellis Analytics' platform and expertise.", "negated"),
])
def test_goods_listed_before_skills_are_used(nlp, text, modality):
    found = of_kind(nlp, text, "use")
    assert found == {("Kestrel Foods", "Trellis Analytics"): modality}, (text, found)


@pytest.mark.parametrize("text", [
    "Kestrel Foods will leverage Trellis Analytics' expertise and technology.",
    "Kestrel Foods will leverage Trellis Analytics' expertise.",
    "Kestrel Foods uses Trellis Analytics' strategy and technology.",
    "Kestrel Foods will leverage Trellis Analytics' staff and experience.",
])
def test_lists_opening_with_skills_are_no_use(nlp, text):
    assert of_kind(nlp, text, "use") == {}, text


@pytest.mark.parametrize("text", [
    # the goods word's own modifier is still read: a way of trading, not goods
    "Kestrel Foods adopted Trellis Analytics' business model.",
    "Kestrel Foods will use Trellis Analytics' business model and its software.",
])
def test_goods_word_with_a_forbidden_modifier_is_no_use(nlp, text):
    assert of_kind(nlp, text, "use") == {}, text
