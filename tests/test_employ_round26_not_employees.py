"""employ, round 26: people a sentence names beside an organization who are not its staff, and
a job agreed but not yet taken. A name opening a clause about a role noun ("the employee Ann
Lee had contact with") leaves the role to the other person.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,pair", [
    ("Halvorsen Marine says the employee Dana Whitcombe had contact with tested positive last "
     "week.", ("Halvorsen Marine", "Dana Whitcombe")),
    ("Trellis Analytics said the engineer Mara Olsen worked with was let go in March.",
     ("Trellis Analytics", "Mara Olsen")),
    ("Kestrel General Hospital said the nurse Ann Lee replaced had retired.",
     ("Kestrel General Hospital", "Ann Lee")),
])
def test_a_name_opening_a_clause_about_a_role_does_not_hold_it(nlp, text, pair):
    assert pair not in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text,pair", [
    ("Trellis Analytics engineer Mara Olsen worked on the bridge.",
     ("Trellis Analytics", "Mara Olsen")),
    ("Dag Moen, the Kestrel Foods staff writer, wrote the memo.", ("Kestrel Foods", "Dag Moen")),
])
def test_a_role_written_before_its_holder_still_counts(nlp, text, pair):
    assert of_kind(nlp, text, "employ").get(pair) == "asserted"


@pytest.mark.parametrize("text,modality", [
    ("Tomas Pell has agreed to join Kestrel Foods as finance director.", "forecast"),
    ("Tomas Pell agrees to join Orvane Otters as head coach.", "forecast"),
    ("Tomas Pell has not agreed to join Kestrel Foods.", "negated"),
    ("Tomas Pell agreed to join Kestrel Foods in 2019 and has run its dairy arm since.",
     "asserted"),
])
def test_a_join_agreed_is_a_job_to_come(nlp, text, modality):
    found = of_kind(nlp, text, "employ")
    org = "Orvane Otters" if "Otters" in text else "Kestrel Foods"
    assert found.get((org, "Tomas Pell")) == modality


@pytest.mark.parametrize("text,pair", [
    ("Ingrid Solberg (of the Halvorsen bloodline) attended the gala.",
     ("Halvorsen", "Ingrid Solberg")),
    ("Ingrid Solberg, president of the Orvane Honor Society, spoke at the ceremony.",
     ("Orvane Honor Society", "Ingrid Solberg")),
    ("Ingrid Solberg, who is the Kestrel Honor Society president, owns a 3.9 grade point "
     "average.", ("Kestrel Honor Society", "Ingrid Solberg")),
    ("Ingrid Solberg is president of the Quillfield High School chapter of the Orvane Honor "
     "Society.", ("Quillfield High School", "Ingrid Solberg")),
    ("Ingrid Solberg, president of the Quillfield University student government, gave a speech.",
     ("Quillfield University", "Ingrid Solberg")),
    ("Ingrid Solberg, student body president at Quillfield University, gave a speech.",
     ("Quillfield University", "Ingrid Solberg")),
    ("Quillfield High School's Ingrid Solberg won the 100-meter hurdles.",
     ("Quillfield High School", "Ingrid Solberg")),
    ("Ingrid Solberg left Quillfield University after her sophomore year.",
     ("Quillfield University", "Ingrid Solberg")),
    ("Ingrid Solberg left Quillfield University as a student in 2010.",
     ("Quillfield University", "Ingrid Solberg")),
])
def test_kin_and_students_are_not_employees(nlp, text, pair):
    assert pair not in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text,pair,modality", [
    ("Ingrid Solberg, executive director of the Orvane Honor Society, spoke.",
     ("Orvane Honor Society", "Ingrid Solberg"), "asserted"),
    ("Ingrid Solberg, chief executive of the Kestrel Family Foundation, spoke.",
     ("Kestrel Family Foundation", "Ingrid Solberg"), "asserted"),
    ("Quillfield High School's Ingrid Solberg, a math teacher, won the award.",
     ("Quillfield High School", "Ingrid Solberg"), "asserted"),
    ("Quillfield University's Ingrid Solberg said the data were clear.",
     ("Quillfield University", "Ingrid Solberg"), "asserted"),
    ("Dag Moen is a professor at Quillfield University.",
     ("Quillfield University", "Dag Moen"), "asserted"),
    ("Dag Moen, coach of the Orvane Otters, praised the defense.",
     ("Orvane Otters", "Dag Moen"), "asserted"),
    ("Ingrid Solberg left the Orvane Institute as a senior scholar in 2010.",
     ("Orvane Institute", "Ingrid Solberg"), "negated"),
    ("Ingrid Solberg left Kestrel General Hospital as a senior nurse in 2010.",
     ("Kestrel General Hospital", "Ingrid Solberg"), "negated"),
])
def test_staff_of_such_bodies_still_count(nlp, text, pair, modality):
    assert of_kind(nlp, text, "employ").get(pair) == modality


def test_a_league_division_employs_no_manager(nlp):
    text = ("The Orvane Otters play in the Kestrel League Central, and new manager Dag Moen said "
            "the division is tough.")
    assert ("Kestrel League Central", "Dag Moen") not in of_kind(nlp, text, "employ")
    text = "Dag Moen, commissioner of the Kestrel League, said the season would start in May."
    assert of_kind(nlp, text, "employ").get(("Kestrel League", "Dag Moen")) == "asserted"


@pytest.mark.parametrize("text,modality", [
    ("Ingrid Solberg, a Kestrel Foods engineer, says she was fired for speaking out.", "negated"),
    ("Ingrid Solberg, a Kestrel Foods engineer, said she was sacked in May.", "negated"),
    ("Ingrid Solberg, a Kestrel Foods engineer, says she could be fired for speaking out.",
     "asserted"),
    ("Ingrid Solberg, a Kestrel Foods engineer, says she was not fired.", "asserted"),
])
def test_a_holder_who_says_she_was_fired_lost_the_job(nlp, text, modality):
    assert of_kind(nlp, text, "employ").get(("Kestrel Foods", "Ingrid Solberg")) == modality


def test_an_outlet_she_spoke_to_is_not_her_employer(nlp):
    text = ("In an interview with the Quillfield Ledger, spokeswoman Mara Olsen said the plant "
            "would close.")
    assert ("Quillfield Ledger", "Mara Olsen") not in of_kind(nlp, text, "employ")
    text = "At Kestrel Foods, spokeswoman Mara Olsen said the plant would close."
    assert of_kind(nlp, text, "employ").get(("Kestrel Foods", "Mara Olsen")) == "asserted"
    text = "The Quillfield Ledger's Mara Olsen reported that Dag Moen had resigned."
    assert of_kind(nlp, text, "employ").get(("Quillfield Ledger", "Mara Olsen")) == "asserted"


def test_a_sport_run_at_a_school_is_no_job(nlp):
    text = "Ingrid Solberg, who ran track at Quillfield University, joined Trellis Analytics."
    found = of_kind(nlp, text, "employ")
    assert ("Quillfield University", "Ingrid Solberg") not in found
    assert found.get(("Trellis Analytics", "Ingrid Solberg")) == "asserted"
    assert of_kind(nlp, "Ingrid Solberg runs marketing at Trellis Analytics.", "employ").get(
        ("Trellis Analytics", "Ingrid Solberg")) == "asserted"
