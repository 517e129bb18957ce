"""employ, round 25: a post ended by leaving or firing "as" a role ("resigned as chairman of X",
"was ousted as chief executive of X"), and a post given by a promotion ("was promoted to chief
executive of X") (sentences and names invented)."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text", [
    "Nora Quill resigned as chairman of Kestrel Foods in 2019.",
    "Nora Quill will retire as chief executive of Kestrel Foods in June.",
    "Nora Quill, who quit as finance chief of Kestrel Foods last year, joined a charity.",
    "Nora Quill was ousted as chief executive of Kestrel Foods.",
    "Nora Quill was removed as a director of Kestrel Foods in 2019.",
])
def test_leaving_or_fired_as_a_role_ends_the_post(nlp, text):
    assert of_kind(nlp, text, "employ").get(("Kestrel Foods", "Nora Quill")) == "negated"


@pytest.mark.parametrize("text", [
    "Nora Quill did not resign as chairman of Kestrel Foods.",
    "Nora Quill could resign as chairman of Kestrel Foods.",
    "Nora Quill was not ousted as chief executive of Kestrel Foods.",
    "Nora Quill could be ousted as chief executive of Kestrel Foods.",
])
def test_a_denied_or_possible_leaving_ends_nothing(nlp, text):
    assert of_kind(nlp, text, "employ").get(("Kestrel Foods", "Nora Quill")) != "negated"


@pytest.mark.parametrize("text", [
    "Nora Quill resigned as a customer of Kestrel Foods.",
    "Nora Quill was dismissed as a fraud by Kestrel Foods.",
])
def test_as_without_a_role_is_no_post(nlp, text):
    assert ("Kestrel Foods", "Nora Quill") not in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text, mood", [
    ("Nora Quill was promoted to chief executive of Kestrel Foods.", "asserted"),
    ("Nora Quill has been promoted to chief operating officer at Kestrel Foods.", "asserted"),
    ("Kestrel Foods has promoted Nora Quill to chief executive.", "asserted"),
    ("Nora Quill will be promoted to chief executive of Kestrel Foods in June.", "forecast"),
])
def test_a_promotion_gives_the_post(nlp, text, mood):
    assert of_kind(nlp, text, "employ").get(("Kestrel Foods", "Nora Quill")) == mood


@pytest.mark.parametrize("text", [
    "Nora Quill was promoted to the premier league with Kestrel Foods.",
    "Kestrel Foods promoted Nora Quill to its customers.",
    "Nora Quill, who remains the firm's chief executive, praised Kestrel Foods.",
])
def test_no_post_from_a_promotion_without_a_role_or_a_guessed_firm(nlp, text):
    assert ("Kestrel Foods", "Nora Quill") not in of_kind(nlp, text, "employ")
