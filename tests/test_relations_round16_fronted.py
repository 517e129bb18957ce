"""A fronted one-word name, round 16: "Velco, meanwhile, has agreed to buy ...": the parser may read
a name set off by commas around a connective as an adverb of the verb and leave the verb with no
subject; the name is its subject. Sentences written for these tests (invented names)."""
from __future__ import annotations

import pytest

from extracted import relations
from tieline.extract.arguments import subjects_of


@pytest.mark.parametrize("text, fact", [
    ("Velco, meanwhile, has agreed to buy Ostrell Mining for $2bn.",
     ("acquire", "Velco", "Ostrell Mining")),
    ("Lumio, meanwhile, has agreed to buy Tarrow Foods for $40m.",
     ("acquire", "Lumio", "Tarrow Foods")),
    ("Brisa Telecom had to pay the Securities and Exchange Commission $25m to settle charges "
     "that it inflated sales.", ("sue", "Securities and Exchange Commission", "Brisa Telecom")),
])
def test_a_fronted_name_is_the_subject(nlp, text, fact):
    assert fact in relations(nlp, text)


@pytest.mark.parametrize("text, verb, subject", [
    ("Solvo, meanwhile, has agreed to buy the unit.", "agreed", "Solvo"),
    ("Ultimately, however, the court ordered Solvo to pay.", "ordered", "court"),
    ("Separately, however, it was reported that Solvo paid.", "reported", None),
])
def test_only_a_name_before_the_connective_is_taken(nlp, text, verb, subject):
    doc = nlp(text)
    found = [t.text for t in subjects_of(next(t for t in doc if t.text == verb))]
    assert found == ([subject] if subject else [])
