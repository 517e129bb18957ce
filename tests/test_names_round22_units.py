"""Names cut short, round 22 (issue 9): a school or faculty named only by its field, tagged as
one name with the institution after "at" ("the School for Computer Science at Brinmoor
Mellon"), is no employer of its own even when the institution's name has no word such as
"University": two capitalised words or more that are no place name it. A place after "at"
(a campus's town) and a unit with a name of its own ("the Harlan School of Law") are left.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,employer,person,whole", [
    ("Ona Pell, a professor at the School for Computer Science at Brinmoor Mellon, told the "
     "board the lab would grow.", "Brinmoor Mellon", "Ona Pell",
     "School for Computer Science at Brinmoor Mellon"),
    ("Ona Pell, a lecturer at the Faculty of Music at Harlow Brightwater, said the hall "
     "would reopen.", "Harlow Brightwater", "Ona Pell",
     "Faculty of Music at Harlow Brightwater"),
])
def test_the_institution_after_a_field_unit_is_the_employer(nlp, text, employer, person, whole):
    found = of_kind(nlp, text, "employ")
    assert (employer, person) in found and (whole, person) not in found, found


def test_a_unit_and_its_institution_are_never_stored_as_one(nlp):
    text = ("Ona Pell, a professor in the School for Computer Science at Brinmoor Mellon, told "
            "the board the lab would grow.")
    assert not any(" at " in head for head, _ in of_kind(nlp, text, "employ"))


@pytest.mark.parametrize("text,employer,person", [
    # a unit with a name of its own keeps it
    ("Ona Pell, a lecturer at the Harlan School of Law at Brinmoor Mellon, told the board "
     "the course would grow.", "Harlan School of Law", "Ona Pell"),
    # a named institution was already read
    ("Ona Pell, a professor in the School for Computer Science at Quillfield University, "
     "told the board the lab would grow.", "Quillfield University", "Ona Pell"),
])
def test_near_shapes_are_unchanged(nlp, text, employer, person):
    assert (employer, person) in of_kind(nlp, text, "employ")


def test_a_place_after_at_is_no_employer(nlp):
    text = "Ona Pell, a lecturer at the School of Law at New York, told the board it would grow."
    assert not any(head == "New York" for head, _ in of_kind(nlp, text, "employ"))
