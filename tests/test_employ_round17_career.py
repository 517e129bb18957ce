"""Employ recall, round 17: career sentences of real news that the name-side rules missed.

"She worked at Globex and Acme": a "he"/"she" subject stands for the one person the text has
named in its sentence and the two before (never inside a quotation, never when two people are
named). "Ann Lee is expected to join Globex", "went on to join Globex": a join raised by another
verb. "Globex, which at the time was headed by Ann Lee", "Acme, led by Ann Lee,": the body a
person leads, in the passive (a past tense makes it a past job). "Ann Lee stepped down from
Globex": a past job; "will step down from Globex" is still the present one.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind

# -- "he" / "she" -------------------------------------------------------------------------------


@pytest.mark.parametrize("text, person, employer, mood", [
    # media, banking
    ("Rena Ortiz brings agency experience. She worked at Coastline Radio and Vellum Press before "
     "moving into advertising.", "Rena Ortiz", "Vellum Press", "negated"),
    ("Omar Castell will start in May. He joined Quillfield Bank in 2019 as a trader.",
     "Omar Castell", "Quillfield Bank", None),
    # mining, food
    ("Ray Colt spoke at the meeting. He is expected to join Tovan Mining next year.", "Ray Colt",
     "Tovan Mining", None),
    ("Dana Whitlock grew up in Marlow. She went on to join Brambleway Dairy as finance chief.",
     "Dana Whitlock", "Brambleway Dairy", None),
])
def test_pronoun_subject_of_the_one_person_named(nlp, text, person, employer, mood):
    facts = of_kind(nlp, text, "employ")
    assert (employer, person) in facts
    if mood:
        assert facts[(employer, person)] == mood


@pytest.mark.parametrize("text", [
    # two people named before: whose "he" is not sure
    "Ray Colt met Omar Castell on Monday. He joined Tovan Mining in 2019.",
    # inside a quotation: the speaker's words, and anyone's "he"
    "\"We expect growth,\" said Ray Colt. \"He joined Tovan Mining in 2019 and helped us.\"",
    # the person named too far back
    ("Ray Colt spoke on Monday. The market fell. Prices rose. Rain came. He joined Tovan Mining "
     "in 2019."),
    # a pronoun of the other gender between: someone else's story
    "Rena Ortiz wrote an essay about how her father lost his job. He joined Tovan Mining in 1950.",
    # no job verb: a show started somewhere, experiments run somewhere, an "it" bound to a firm
    "Ray Colt sang on Sunday. He started off the show at Tovan Mining with an old song.",
    "Ray Colt is a virologist. At Tovan Mining, he runs experiments on rocks.",
    "Tovan Mining sold shares. Ray Colt spoke. He said he would leave it to regulators.",
    # a firm's name on another noun: "joined 500 Tovan Mining students"
    "Rena Ortiz graduated on Friday. She joined 500 Tovan Mining apprentices at the ceremony.",
    # the person last named is no subject: "he" is the description's
    "The former coach turned down the job to succeed Ray Colt. He joined Tovan Mining in May.",
    # "which he founded" after a list; a team led to a cup
    ("Ray Colt spoke on Friday. Gramercy Partners runs Tovan Mining, Harlow Cafe and Marlow "
     "Grill, which he founded in 1985."),
    "Ray Colt played well. He led Tovan Mining to their first cup in 1977.",
])
def test_pronoun_subject_left_when_unsure(nlp, text):
    assert not [k for k in of_kind(nlp, text, "employ") if k[0] in {"Tovan Mining", "Harlow Cafe"}]


# -- a raised join --------------------------------------------------------------------------------


@pytest.mark.parametrize("text, person, employer", [
    ("Ann Lee is set to join Globex Bank in March.", "Ann Lee", "Globex Bank"),
    ("Peter Vance decided to join Kestrel Foods after ten years in retail.", "Peter Vance",
     "Kestrel Foods"),
    ("Tom Reyes went on to join Harlow Airways as chief pilot.", "Tom Reyes", "Harlow Airways"),
])
def test_raised_join(nlp, text, person, employer):
    assert (employer, person) in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text", [
    "Ann Lee urged Bo Park to join Globex Bank in March.",  # Bo Park's join, if anyone's
    "Ann Lee refused to join Globex Bank.",
])
def test_no_raised_join(nlp, text):
    assert ("Globex Bank", "Ann Lee") not in of_kind(nlp, text, "employ")


# -- led by, in the passive ---------------------------------------------------------------------


@pytest.mark.parametrize("text, person, employer, mood", [
    ("Brinmoor Foods, which at the time was headed by Peter Vance, was sold in 2011.",
     "Peter Vance", "Brinmoor Foods", "negated"),
    ("Harlow Airways, led by Rena Ortiz, reported higher sales on Monday.", "Rena Ortiz",
     "Harlow Airways", "asserted"),
    ("Quillfield Bank is run by Omar Castell, a former trader.", "Omar Castell", "Quillfield Bank",
     "asserted"),
])
def test_led_by(nlp, text, person, employer, mood):
    assert of_kind(nlp, text, "employ").get((employer, person)) == mood


@pytest.mark.parametrize("text", [
    "The research team led by Peter Vance found the drug worked.",  # no organization led
    "Brinmoor Foods' fund is managed by Peter Vance.",  # managing a fund is no job at its owner
    "The plant was built by Peter Vance for Brinmoor Foods.",
    "Brinmoor Foods workers led by Peter Vance walked out on Monday.",  # the workers are led
])
def test_not_led_by(nlp, text):
    assert ("Brinmoor Foods", "Peter Vance") not in of_kind(nlp, text, "employ")


# -- stepped down from -----------------------------------------------------------------------------


@pytest.mark.parametrize("text, person, employer, mood", [
    ("Peter Vance stepped down from Dunmore Motors last year.", "Peter Vance", "Dunmore Motors",
     "negated"),
    ("Rena Ortiz stepped down from the board of Coastline Radio in May.", "Rena Ortiz",
     "Coastline Radio", "negated"),
    ("Peter Vance, who will step down from Dunmore Motors on July 15, is expected to take over "
     "at Kestrel Foods.", "Peter Vance", "Dunmore Motors", "asserted"),
])
def test_stepped_down_from(nlp, text, person, employer, mood):
    assert of_kind(nlp, text, "employ").get((employer, person)) == mood


def test_stepped_down_from_a_place_is_no_job(nlp):
    assert not of_kind(nlp, "Peter Vance stepped down from the stage in Marlow.", "employ")


@pytest.mark.parametrize("text, move", [
    ("Rena Ortiz spoke on Monday. She left Coastline Radio to join Vellum Press in May.",
     ("Coastline Radio", "Vellum Press")),
    ("Omar Castell will start in June. He joined Quillfield Bank from Tovan Mining in May.",
     ("Tovan Mining", "Quillfield Bank")),
])
def test_pronoun_subject_moves(nlp, text, move):
    assert move in of_kind(nlp, text, "talent_move")


def test_pronoun_subject_of_two_people_moves_no_one(nlp):
    text = ("Rena Ortiz met Omar Castell on Monday. She left Coastline Radio to join Vellum Press "
            "in May.")
    assert not of_kind(nlp, text, "talent_move")
