"""employ, round 23: posts whose employer is a place worked at, and posts the sentence dates to
a time gone by (sentences and names invented)."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text", [
    "Ann Velt, a Quillfield employee at Brambleway Liberty International Airport in New Jersey, "
    "is pictured in a handout photo.",
    "Ann Velt, an employee at Brambleway Liberty International Airport in New Jersey, is "
    "pictured in a handout photo.",
])
def test_a_post_at_an_airport_names_no_employer(nlp, text):
    facts = of_kind(nlp, text, "employ")
    assert not any(head.endswith("Airport") for head, _ in facts)


@pytest.mark.parametrize("text", [
    "Ann Velt, the chief executive of Brambleway International Airport, said the lines were long.",
    "Brambleway Airport chief executive Ann Velt said the lines were long.",
])
def test_the_head_of_an_airport_body_keeps_the_post(nlp, text):
    facts = of_kind(nlp, text, "employ")
    assert any(head.startswith("Brambleway") and mood == "asserted"
               for (head, _), mood in facts.items())


def test_a_former_word_on_the_first_of_two_joined_titles_dates_both(nlp):
    facts = of_kind(nlp, "Lawyers said that Kai Lund, the former Trellis University and Kestrel "
                         "Gymnastics physician accused of abuse, was sentenced.", "employ")
    assert facts.get(("Kestrel Gymnastics", "Kai Lund")) == "negated"


def test_a_current_word_on_the_second_title_keeps_it_current(nlp):
    facts = of_kind(nlp, "Kai Lund, the former Trellis chief and current Kestrel Foods chairman, "
                         "said it was calm.", "employ")
    assert facts.get(("Kestrel Foods", "Kai Lund")) == "asserted"


def test_a_post_held_at_the_time_is_a_past_one(nlp):
    facts = of_kind(nlp, "Nora Quill, the Berlin correspondent for the Quillfield Herald at the "
                         "time, said the city was calm.", "employ")
    assert facts.get(("The Quillfield Herald", "Nora Quill")) == "negated"


@pytest.mark.parametrize("text", [
    "Nora Quill, the Berlin correspondent for the Quillfield Herald, said at the time that the "
    "city was calm.",
    "Nora Quill, the Berlin correspondent for the Quillfield Herald, who wrote at the time that "
    "the city was calm, retired.",
    "Nora Quill, the Berlin correspondent for the Quillfield Herald at the same time, said the "
    "city was calm.",
])
def test_at_the_time_elsewhere_in_the_sentence_dates_no_post(nlp, text):
    facts = of_kind(nlp, text, "employ")
    assert facts.get(("The Quillfield Herald", "Nora Quill")) == "asserted"


@pytest.mark.parametrize("text, head", [
    ("The letters were handed over by the niece of Lieutenant-Colonel Rolf Dansby, a lawyer who "
     "joined the Halvorsen Intelligence Corps in 1943.", "Halvorsen Intelligence Corps"),
    ("Rolf Dansby joined Halvorsen Marine in the 1950s and later ran its yard.",
     "Halvorsen Marine"),
    ("Rolf Dansby founded Halvorsen Marine in 1948.", "Halvorsen Marine"),
    ("Halvorsen Marine was founded in 1921 by Rolf Dansby to build ferries.", "Halvorsen Marine"),
])
def test_a_job_taken_a_working_life_ago_is_a_past_one(nlp, text, head):
    assert of_kind(nlp, text, "employ").get((head, "Rolf Dansby")) == "negated"


@pytest.mark.parametrize("text", [
    "Rolf Dansby, a lawyer who joined Halvorsen Marine in 2003, kept the letters.",
    "Halvorsen Marine was founded in 1991 by Rolf Dansby to build ferries.",
    "Rolf Dansby, who joined Halvorsen Marine in 1975, is its chairman.",
])
def test_a_job_taken_within_a_working_life_keeps_its_tense(nlp, text):
    assert of_kind(nlp, text, "employ").get(("Halvorsen Marine", "Rolf Dansby")) == "asserted"
