"""A place written straight after a hospital's or a university's name, with no comma or
preposition, names the campus and is part of the name ("Children's Hospital Los Angeles"),
so it is not taken as a short form of another hospital the text names. A place after a comma
or "in" stays the place the body is in.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,fact", [
    # health care
    ("Doctors at Talbot Health Primary Children's Hospital in Ogden treated four cases.\n\n"
     "Dr. Jim Vail, chief medical officer at Children's Hospital Los Angeles, said the illness "
     "was rare.", ("Children's Hospital Los Angeles", "Jim Vail")),
    # education
    ("Ada Roe, a professor of economics at Marlow College London, said the plan would fail.",
     ("Marlow College London", "Ada Roe")),
])
def test_campus_place_is_part_of_the_name(nlp, text, fact):
    employs = of_kind(nlp, text, "employ")
    assert fact in employs
    assert not any(head.startswith("Talbot") for head, _ in employs)


@pytest.mark.parametrize("text,fact", [
    ("Dr. Jim Vail, chief medical officer at Mercy Hospital in Dallas, said the illness was rare.",
     ("Mercy Hospital", "Jim Vail")),
    ("Ada Roe, a professor of economics at Marlow College, London, said the plan would fail.",
     ("Marlow College", "Ada Roe")),
])
def test_a_place_after_a_comma_or_in_is_apart(nlp, text, fact):
    assert fact in of_kind(nlp, text, "employ")
