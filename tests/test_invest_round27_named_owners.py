"""An owner named after the owned firm's possessive: "A's parent B", "its former parent B" is
B's holding in A (the parser hangs the possessive on the owner's name, not on the noun).
"A's rival B", "A's partner B" stay their own kinds.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,owner,owned,mood", [
    ("Orvane Systems' parent Quillfield Bank reported results.",
     "Quillfield Bank", "Orvane Systems", "asserted"),
    ("Orvane Systems' former parent Quillfield Bank reported results.",
     "Quillfield Bank", "Orvane Systems", "negated"),
    # the possessive pronoun binds to the clause's subject
    ("Orvane Systems agreed to buy its former parent Quillfield Bank for about $16bn.",
     "Quillfield Bank", "Orvane Systems", "negated"),
])
def test_owner_after_the_owned_firms_possessive(nlp, text, owner, owned, mood):
    found = of_kind(nlp, text, "invest")
    assert found == {(owner, owned): mood}, (text, found)


@pytest.mark.parametrize("text", [
    "Kestrel Foods' rival Quillfield Bank reported results.",
    "Orvane Systems' partner Quillfield Bank reported results.",
])
def test_other_kinds_hold_nothing(nlp, text):
    assert not of_kind(nlp, text, "invest"), text
