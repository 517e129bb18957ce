"""A body whose name opens with a possessive ("Women's Hospital") and follows "A and" is owned
by both words: "Fenwick and Women's Hospital" is one name, not the party "Fenwick" beside
"Women's Hospital". Two words before "and" (a person's name) or a place keep their own party.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,fact", [
    # health care
    ("Dr. Tom Reyes, chief of cardiology at Fenwick and Women's Hospital, said the trial ended.",
     ("Fenwick and Women's Hospital", "Tom Reyes")),
    # labour unions
    ("Ada Quist, president of the Corran and Women's Union, said talks had stalled.",
     ("Corran and Women's Union", "Ada Quist")),
])
def test_joint_possessor_is_one_name(nlp, text, fact):
    employs = of_kind(nlp, text, "employ")
    assert fact in employs
    assert not any(head == fact[0].split()[0] for head, _ in employs)


def test_a_person_before_and_is_a_party_of_its_own(nlp):
    text = "Dr. Tom Reyes, chief of cardiology at Children's Hospital, met Ada Fenwick and Children's Hospital staff."
    assert not any(head.startswith("Ada Fenwick") for head, _ in of_kind(nlp, text, "employ"))
