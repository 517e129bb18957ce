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


def test_a_leader_named_in_apposition_who_was_killed_held_a_past_post(nlp):
    facts = of_kind(nlp, "The prominent Kestrel Party leader, Omar Brask, was killed during a "
                         "series of air raids.", "employ")
    assert facts.get(("Kestrel Party", "Omar Brask")) == "negated"


@pytest.mark.parametrize("text", [
    "The Kestrel Party leader, Omar Brask, said the bomber was killed during a series of raids.",
    "The Kestrel Foods chief, Omar Brask, nearly died in the crash.",
])
def test_a_death_of_someone_else_or_one_nearly_met_ends_no_post(nlp, text):
    facts = of_kind(nlp, text, "employ")
    assert any(mood == "asserted" and tail == "Omar Brask" for (_, tail), mood in facts.items())


@pytest.mark.parametrize("text", [
    "Mr Brask eventually left Quillfield Grammar School - and the snooker hall - to go to Orvane "
    "University.",
    "Mr Brask left Quillfield Grammar School to go to Orvane University.",
    "Mr Brask left Quillfield High School to study at Orvane University.",
])
def test_a_pupil_leaving_school_for_university_holds_no_job_and_makes_no_move(nlp, text):
    assert of_kind(nlp, text, "employ") == {}
    assert of_kind(nlp, text, "talent_move") == {}


def test_leaving_a_firm_to_study_still_ends_the_job_there(nlp):
    facts = of_kind(nlp, "Omar Brask left Kestrel Foods to study at Orvane University.", "employ")
    assert facts == {("Kestrel Foods", "Omar Brask"): "negated"}


def test_going_to_a_university_with_a_post_is_a_move(nlp):
    text = "Omar Brask left Kestrel Foods to go to Orvane University as its finance director."
    assert ("Kestrel Foods", "Orvane University") in of_kind(nlp, text, "talent_move")
    assert of_kind(nlp, text, "employ").get(("Orvane University", "Omar Brask")) == "asserted"


def test_a_pluperfect_post_is_a_past_one(nlp):
    facts = of_kind(nlp, "Rolf Dansby, who had served as chief financial officer of Orvane, "
                         "joined Trellis Analytics.", "employ")
    assert facts.get(("Orvane", "Rolf Dansby")) == "negated"
    assert facts.get(("Trellis Analytics", "Rolf Dansby")) == "asserted"


def test_a_present_perfect_post_with_a_span_stays_current(nlp):
    facts = of_kind(nlp, "Rolf Dansby has served as chief financial officer of Orvane since "
                         "2019.", "employ")
    assert facts.get(("Orvane", "Rolf Dansby")) == "asserted"


def test_an_employer_after_a_list_ending_in_a_former_title_is_a_past_one(nlp):
    facts = of_kind(nlp, "Tom Brask, economist, professor and former chair of the Kestrel "
                         "Council of Advisers, wrote.", "employ")
    assert facts.get(("Kestrel Council of Advisers", "Tom Brask")) == "negated"


@pytest.mark.parametrize("text", [
    "Bart Lund, the sociologist and co-editor of the 2010 volume Ledgerfall, said so.",
    "Bart Lund, host of the podcast Quill Hour, said so.",
])
def test_a_book_or_show_worked_on_is_no_employer(nlp, text):
    assert of_kind(nlp, text, "employ") == {}


@pytest.mark.parametrize("text, head", [
    ("Bart Lund, the editor of the Quillfield Herald, said so.", "The Quillfield Herald"),
    ("Bart Lund, the editor of Quillfield Books, said so.", "Quillfield Books"),
])
def test_an_outlet_or_publisher_named_whole_still_employs(nlp, text, head):
    assert of_kind(nlp, text, "employ").get((head, "Bart Lund")) == "asserted"


@pytest.mark.parametrize("text", [
    "Rolf Dansby leads Halvorsen Marine in 1500 towns across the north.",
    "Rolf Dansby works for Halvorsen Marine in 1200 schools.",
    "Rolf Dansby, who founded Halvorsen Marine in 1955, remains its chairman at 94.",
    "Rolf Dansby joined the Halvorsen Marine board in 1950 and is still its chairman.",
])
def test_a_count_or_a_post_still_held_is_no_job_of_long_ago(nlp, text):
    assert of_kind(nlp, text, "employ").get(("Halvorsen Marine", "Rolf Dansby")) == "asserted"


def test_a_firm_living_on_does_not_keep_its_founder_of_long_ago(nlp):
    facts = of_kind(nlp, "Halvorsen Marine was founded in 1921 by Rolf Dansby, and it still "
                         "builds ferries.", "employ")
    assert facts.get(("Halvorsen Marine", "Rolf Dansby")) == "negated"


def test_a_future_join_keeps_its_mood_beside_a_style_of_long_ago(nlp):
    facts = of_kind(nlp, "Rolf Dansby will join Halvorsen Marine in 1950s-style fashion.",
                    "employ")
    assert facts.get(("Halvorsen Marine", "Rolf Dansby")) == "forecast"


def test_a_former_title_closed_by_its_own_employer_dates_only_itself(nlp):
    facts = of_kind(nlp, "Kai Lund, former chief of Trellis and founder of Kestrel Foods, said "
                         "so.", "employ")
    assert facts.get(("Kestrel Foods", "Kai Lund")) == "asserted"
    assert facts.get(("Trellis", "Kai Lund")) == "negated"


def test_a_firm_named_arena_described_as_a_company_employs(nlp):
    facts = of_kind(nlp, "Ann Velt is a manager at Kestrel Arena, the events company.", "employ")
    assert facts.get(("Kestrel Arena", "Ann Velt")) == "asserted"


def test_a_long_ago_start_with_a_post_held_now_stays_current(nlp):
    facts = of_kind(nlp, "Rolf Dansby, who joined Halvorsen Marine in 1958 as a clerk and is now "
                         "its chairman, spoke.", "employ")
    assert facts.get(("Halvorsen Marine", "Rolf Dansby")) == "asserted"
