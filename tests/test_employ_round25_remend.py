"""employ, round 25 re-read mend: a firing still to come ends no post (sentences and names
invented)."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text", [
    "Nora Quill will be ousted as chief executive of Kestrel Foods.",
    "Tom Halvorsen will be fired as finance chief of Trellis Analytics next month.",
])
def test_a_firing_to_come_ends_no_post(nlp, text):
    employ = of_kind(nlp, text, "employ")
    assert all(mood != "negated" for mood in employ.values())


def test_a_firing_told_still_ends_the_post(nlp):
    text = "Nora Quill was ousted as chief executive of Kestrel Foods."
    assert of_kind(nlp, text, "employ").get(("Kestrel Foods", "Nora Quill")) == "negated"
