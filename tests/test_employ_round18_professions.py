"""A profession held at an institution is a post there, round 18: "Ann Lee, a virologist at
Brinmoor University", "Bo Park, a labor attorney at Kellam & Wynn", "Dr. Eli Brandt is an
epidemiologist at Brightwater Hospital". Random news writes scientists, doctors and lawyers
this way far more often than with a title ("-ologist at" alone about 50 times in the corpus),
and the rules read none of them. Written without an organization ("the virologist Ann Lee
said") a profession names no employer, so it never takes one from elsewhere in the sentence.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,org,person", [
    # research and medicine
    ("Nora Hale, a virologist at Brinmoor State University, has used this method for years.",
     "Brinmoor State University", "Nora Hale"),
    ('"The numbers are grim," Omar Wells, a microbiologist at the University of Avalon, told '
     "reporters.", "University of Avalon", "Omar Wells"),
    ("Dr. Dana Colvin is an epidemiologist at Brightwater Hospital.", "Brightwater Hospital",
     "Dana Colvin"),
    ("David Chen, an emergency physician at Marrow General Hospital, said beds were short.",
     "Marrow General Hospital", "David Chen"),
    # law and finance
    ('"It is tricky," said Bo Park, a labor attorney at Kellam & Wynn.', "Kellam & Wynn", "Bo Park"),
    ("Maria Lopez, a specialist with Quorlex Capital, said rates would fall.", "Quorlex Capital",
     "Maria Lopez"),
])
def test_a_profession_at_an_institution_is_a_post(nlp, text, org, person):
    assert of_kind(nlp, text, "employ").get((org, person)) == "asserted"


@pytest.mark.parametrize("text,org,person", [
    # no organization written with the profession: none is borrowed from the sentence
    ("The Brinmoor Ledger spoke to the virologist Nora Hale about the curve.",
     "Brinmoor Ledger", "Nora Hale"),
    ('"The curve is flat," Omar Wells, an epidemiologist, told the Avalon Times.', "Avalon Times",
     "Omar Wells"),
    # a patient or a student at a hospital or school holds no post there
    ("Dana Colvin, a patient at Brightwater Hospital, died on Monday.", "Brightwater Hospital",
     "Dana Colvin"),
    ("Eli Brandt, a student at Brinmoor State University, led the protest.",
     "Brinmoor State University", "Eli Brandt"),
])
def test_no_post_without_the_institution(nlp, text, org, person):
    assert (org, person) not in of_kind(nlp, text, "employ")


def test_a_profession_joined_to_another_post_keeps_both(nlp):
    # aerospace and education: two former posts, each with its own place
    text = ("David Chen, a former chief historian at the Avalon Space Center and a former "
            "physics instructor at Marrow State University, said the work was hard.")
    found = of_kind(nlp, text, "employ")
    assert found.get(("Avalon Space Center", "David Chen")) == "negated"
    assert found.get(("Marrow State University", "David Chen")) == "negated"


@pytest.mark.parametrize("text,org,person", [
    # "of" an organization a profession is about it, or the joined post's
    ("Maria Lopez, a historian of Brisk Bank, wrote the book.", "Brisk Bank", "Maria Lopez"),
    ("Lena Hart, a nurse and member of the Harbor Nurses Union, said wages lag.",
     "Harbor Nurses Union", "Lena Hart"),
    # an organization hanging on another noun is that noun's ("contributor"), or only runs the
    # place ("a clinic run by X")
    ("David Chen, an epidemiologist at Marrow General Hospital and an Avalon News contributor, "
     "said so.", "Avalon News", "David Chen"),
    ("Maria Lopez, a nurse at a clinic run by Brisk Health, said beds were short.", "Brisk Health",
     "Maria Lopez"),
])
def test_a_profession_of_an_organization_is_no_post(nlp, text, org, person):
    assert (org, person) not in of_kind(nlp, text, "employ")


def test_a_profession_of_a_subject_at_an_institution_is_held_there(nlp):
    # review mend: the "of" refusal reads the organization's own preposition
    text = ("Nora Hale, a historian of the Cold War at Brinmoor State University, said the "
            "archive would open.")
    assert ("Brinmoor State University", "Nora Hale") in of_kind(nlp, text, "employ")
