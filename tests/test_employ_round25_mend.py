"""employ, round 25 mend: a leaving verb that is denied, only possible or missed ends no post; a
post a raising verb hands on is to come; a post kept "until" a time is held now; "an earlier
director" is a past post (sentences and names invented)."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text", [
    "Nora Quill did not leave Kestrel Foods.",
    "Nora Quill could leave Kestrel Foods next year.",
    "Nora Quill may resign from Kestrel Foods.",
    "Nora Quill has never left Kestrel Foods.",
    "Nora Quill should leave Kestrel Foods, investors said.",
    "Nora Quill did not quit Kestrel Foods.",
    "Nora Quill was nearly ousted as chief executive of Kestrel Foods.",
    "Nora Quill was almost fired as chief executive of Kestrel Foods.",
])
def test_a_denied_possible_or_missed_leaving_ends_no_post(nlp, text):
    assert of_kind(nlp, text, "employ").get(("Kestrel Foods", "Nora Quill")) != "negated"


@pytest.mark.parametrize("text", [
    "Nora Quill left Kestrel Foods in 2019.",
    "Nora Quill will leave Kestrel Foods in June.",
])
def test_a_leaving_told_or_to_come_still_ends_the_post(nlp, text):
    assert of_kind(nlp, text, "employ").get(("Kestrel Foods", "Nora Quill")) == "negated"


def test_a_missed_promotion_gives_no_post(nlp):
    text = "Nora Quill was almost promoted to chief executive of Kestrel Foods."
    assert ("Kestrel Foods", "Nora Quill") not in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text", [
    "Nora Quill has agreed to become finance chief of Kestrel Foods.",
    "Nora Quill has decided to become finance chief of Kestrel Foods.",
    "Nora Quill is poised to become finance chief of Kestrel Foods.",
])
def test_a_post_a_raising_verb_hands_on_is_to_come(nlp, text):
    assert of_kind(nlp, text, "employ").get(("Kestrel Foods", "Nora Quill")) == "forecast"


@pytest.mark.parametrize("text, mood", [
    ("Nora Quill remains chief executive of Kestrel Foods until March.", "asserted"),
    ("Nora Quill will remain chief executive of Kestrel Foods until March.", "forecast"),
])
def test_a_post_kept_until_a_time_is_held_now(nlp, text, mood):
    assert of_kind(nlp, text, "employ").get(("Kestrel Foods", "Nora Quill")) == mood


@pytest.mark.parametrize("text", [
    "Nora Quill, an earlier director at Kestrel Foods, spoke.",
    "Kestrel Foods' earlier chief executive, Nora Quill, spoke.",
])
def test_an_earlier_post_is_a_past_one(nlp, text):
    assert of_kind(nlp, text, "employ").get(("Kestrel Foods", "Nora Quill")) == "negated"


def test_earlier_on_the_clause_leaves_the_post_current(nlp):
    text = "Earlier this month, Kestrel Foods chief executive Nora Quill said sales rose."
    assert of_kind(nlp, text, "employ").get(("Kestrel Foods", "Nora Quill")) == "asserted"
