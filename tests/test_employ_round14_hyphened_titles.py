"""Hyphened titles, round 14: the tokenizer splits "Secretary-General" in three, and the role
written before a name kept only its last piece ("General"); the whole title is now the role,
written as the text writes it, and plain titles are unchanged.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import relations
from tieline.extract import extract
from tieline.model import Document


def roles(nlp, text: str) -> dict[tuple[str, str], str | None]:
    """(employer, person) -> the role stored on every employ tie extracted from text."""
    doc = Document(text=text, source="test", published="2024-05-01")
    return {(r.head, r.tail): r.object for r in extract(doc, nlp(text)).relations
            if r.type == "employ"}


@pytest.mark.parametrize("text, employer, person, role", [
    # an international body, a trade council, a maker
    ("Avalon Ports Authority Secretary-General Ada Brant said the plan would fail.",
     "Avalon Ports Authority", "Ada Brant", "Secretary-General"),
    ("Harlow Trade Council Director-General Piet Osk said exports rose.",
     "Harlow Trade Council", "Piet Osk", "Director-General"),
    ("Brisa Motors vice-president Tom Ode said sales fell.",
     "Brisa Motors", "Tom Ode", "vice-president"),
])
def test_a_hyphened_title_is_the_whole_role(nlp, text, employer, person, role):
    found = roles(nlp, text)
    assert found.get((employer, person)) == role, found
    assert ("employ", employer, person) in relations(nlp, text)


@pytest.mark.parametrize("text, employer, person, role", [
    ("Harlow Bank chief executive Ann Vale said profits rose.",
     "Harlow Bank", "Ann Vale", "chief executive"),
    ("Brisa Motors chairman and chief executive Tom Ode said sales fell.",
     "Brisa Motors", "Tom Ode", "chairman and chief executive"),
])
def test_plain_titles_are_unchanged(nlp, text, employer, person, role):
    assert roles(nlp, text).get((employer, person)) == role
