"""Names cut short, round 22 (issue 9): a public office's field written "Public ..." between a
government and a title ("Avalon County Public Health Director Ann Vale") belongs to the
title, so "Avalon County Public Health" is no body: the county employs her. A body the text
also names without a title ("Marlow Public Health said ...") keeps its name, and a body word
after "Public" ("Avalon Public Schools") is the body's own.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,employer,person,cut", [
    ("Avalon County Public Health Director Ann Vale said cases rose.",
     "Avalon County", "Ann Vale", "Avalon County Public Health"),
    ("Tom Brill, the Marlow County Public Works Director, said the bridge would reopen.",
     "Marlow County", "Tom Brill", "Marlow County Public Works"),
    ("Kestrel Foods Public Affairs Director Ann Vale said sales rose.",
     "Kestrel Foods", "Ann Vale", "Kestrel Foods Public Affairs"),
])
def test_a_public_field_before_a_title_is_the_titles(nlp, text, employer, person, cut):
    found = of_kind(nlp, text, "employ")
    assert (employer, person) in found, found
    assert not any(head == cut for head, _ in found), found


@pytest.mark.parametrize("text", [
    "Brinmoor Public Health Commissioner Ann Vale said the order stands.",
    "Ona Pell, the Quillfield Public Safety Director, said the road was shut.",
])
def test_no_body_is_made_of_a_place_and_a_public_field(nlp, text):
    found = of_kind(nlp, text, "employ")
    assert not any("Public" in head for head, _ in found), found


@pytest.mark.parametrize("text,employer,person", [
    # the text names the body without a title too: its own name
    ("Marlow Public Health said cases rose. Marlow Public Health Director Ann Vale said the "
     "order stands.", "Marlow Public Health", "Ann Vale"),
    # a body word after "Public" is the body's
    ("Avalon Public Schools CEO Ann Vale said the schools would reopen.",
     "Avalon Public Schools", "Ann Vale"),
    # the field spelled out with "Department of" was always whole
    ("Avalon Department of Public Health Director Ann Vale said cases rose.",
     "Avalon Department of Public Health", "Ann Vale"),
])
def test_a_body_named_with_public_keeps_its_name(nlp, text, employer, person):
    assert (employer, person) in of_kind(nlp, text, "employ")
