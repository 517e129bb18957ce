"""employ, round 25: posts to come handed on by a raising verb ("is set to become"), posts taken
with a phrasal verb ("took over as"), posts kept ("remains"), and what others say a person did
in a relative clause ("who police say ran X") (sentences and names invented)."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, head", [
    ("Nora Quill is set to become chief executive of Kestrel Foods.", "Kestrel Foods"),
    ("Nora Quill is expected to become Kestrel Foods' chief executive.", "Kestrel Foods"),
    ("Nora Quill is to become chairman of Brambleway Dairy in March.", "Brambleway Dairy"),
    ("Nora Quill is due to become finance chief of Trellis Analytics next year.",
     "Trellis Analytics"),
])
def test_a_post_handed_on_by_a_raising_verb_is_to_come(nlp, text, head):
    assert of_kind(nlp, text, "employ").get((head, "Nora Quill")) == "forecast"


@pytest.mark.parametrize("text", [
    "Nora Quill was set to become chief executive of Kestrel Foods before the merger collapsed.",
    "Nora Quill is not expected to become chief executive of Kestrel Foods.",
    "Nora Quill is expected to become a customer of Kestrel Foods.",
    "Nora Quill is set to become the face of Kestrel Foods' new campaign.",
])
def test_no_post_to_come_when_denied_past_or_no_post(nlp, text):
    assert ("Kestrel Foods", "Nora Quill") not in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text, head, mood", [
    ("Nora Quill took over as chief executive of Kestrel Foods in May.", "Kestrel Foods",
     "asserted"),
    ("Nora Quill will take over as Brambleway Dairy's chief executive in May.",
     "Brambleway Dairy", "forecast"),
    ("Nora Quill stepped in as interim finance chief of Trellis Analytics.", "Trellis Analytics",
     "asserted"),
])
def test_a_post_taken_with_a_phrasal_verb(nlp, text, head, mood):
    assert of_kind(nlp, text, "employ").get((head, "Nora Quill")) == mood


@pytest.mark.parametrize("text", [
    "Nora Quill took over as the largest shareholder of Kestrel Foods.",
    "Nora Quill stepped in as a buyer of Kestrel Foods.",
    "Nora Quill took over the Kestrel Foods stand as the crowd grew.",
])
def test_a_phrasal_verb_without_a_role_gives_no_post(nlp, text):
    assert ("Kestrel Foods", "Nora Quill") not in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text, head", [
    ("Nora Quill remains chief executive of Kestrel Foods.", "Kestrel Foods"),
    ("Nora Quill, who remains Brambleway Dairy chief executive, said the offer was fair.",
     "Brambleway Dairy"),
])
def test_a_post_kept_is_held(nlp, text, head):
    assert of_kind(nlp, text, "employ").get((head, "Nora Quill")) == "asserted"


@pytest.mark.parametrize("text", [
    "Nora Quill remains a customer of Kestrel Foods.",
    "Nora Quill remains a shareholder of Kestrel Foods.",
])
def test_kept_without_a_post_is_no_job(nlp, text):
    assert ("Kestrel Foods", "Nora Quill") not in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text, head", [
    ("Nora Quill, who police say ran Brambleway Dairy's finance team, was arrested.",
     "Brambleway Dairy"),
    ("The regulator charged Nora Quill, who it says headed Trellis Analytics' sales operations.",
     "Trellis Analytics"),
])
def test_a_post_others_say_a_person_held_is_reported(nlp, text, head):
    assert of_kind(nlp, text, "employ").get((head, "Nora Quill")) == "reported"


@pytest.mark.parametrize("text", [
    "Nora Quill, who critics say should run Brambleway Dairy, declined to comment.",
    "Nora Quill, who police did not say ran Brambleway Dairy, was arrested.",
    "Nora Quill, who police say robbed Brambleway Dairy's depot, was arrested.",
])
def test_no_reported_post_for_a_wish_a_denial_or_no_job(nlp, text):
    assert ("Brambleway Dairy", "Nora Quill") not in of_kind(nlp, text, "employ")


def test_a_who_clause_right_after_a_name_is_that_persons_wherever_the_parser_hangs_it(nlp):
    text = ("The regulator filed charges in a federal court against Nora Quill, who it says "
            "headed Trellis Analytics' sales operations.")
    assert of_kind(nlp, text, "employ").get(("Trellis Analytics", "Nora Quill")) == "reported"


@pytest.mark.parametrize("text", [
    "The regulator filed charges against the sons of Nora Quill, who it says headed Trellis "
    "Analytics' sales operations.",
    "The regulator filed charges against Kai Lund and Nora Quill, who it says headed Trellis "
    "Analytics' sales operations.",
])
def test_a_who_clause_after_another_person_is_not_guessed(nlp, text):
    assert ("Trellis Analytics", "Nora Quill") not in of_kind(nlp, text, "employ")
