"""Round 21, partner recall: a partner named through its people or one of its parts.

"Halden Transit is working with researchers at Morvane University", "Ostrel Motors is working
with Carrow Electric's medical division", "in collaboration with scientists from the Pellin
Institute": the with-object is a group of an organization's staff (plural) or a unit of it,
and the organization that group belongs to is the partner. One person ("a researcher at X"),
people with no organization, and verbs that are no partnership ("competes with", "hired") are
not read this way. Every name is invented; names are labelled as the tagger labels firms.
"""
from __future__ import annotations

import pytest

from extracted import relabel
from tieline.extract import extract
from tieline.model import Document


def _pairs(nlp, text: str, orgs: list[str], kind: str = "partner") -> set[frozenset]:
    sdoc = nlp(text)
    relabel(sdoc, {name: "ORG" for name in orgs})
    facts = extract(Document(text=text, source="test", published="2024-05-01"), sdoc).relations
    return {frozenset((r.head, r.tail)) for r in facts if r.type == kind}


@pytest.mark.parametrize("text,a,b", [
    # transport / academia
    ("Halden Transit is working with researchers at Morvane University on the project.",
     "Halden Transit", "Morvane University"),
    # car making / electrical equipment, a possessive unit
    ("Ostrel Motors is working with Carrow Electric's medical division to build ventilators.",
     "Ostrel Motors", "Carrow Electric"),
    # biotech, "scientists from"
    ("Sennet Bio has partnered with scientists from the Pellin Institute to test the antibodies.",
     "Sennet Bio", "Pellin Institute"),
    # food / robotics, "engineers from"
    ("Kestrel Foods teamed up with engineers from Dunmore Robotics to automate its bakeries.",
     "Kestrel Foods", "Dunmore Robotics"),
    # energy, a noun frame: "a partnership with a team at X"
    ("Tarvik Energy struck a partnership with a team at Halvorsen University.",
     "Tarvik Energy", "Halvorsen University"),
    # fronted collaboration noun
    ("In collaboration with researchers at Brenna University, Lumo Analytics tested sewage samples.",
     "Lumo Analytics", "Brenna University"),
])
def test_partner_through_its_people_or_unit(nlp, text, a, b):
    assert frozenset((a, b)) in _pairs(nlp, text, [a, b])


@pytest.mark.parametrize("text,a,b", [
    # one person is that person's tie, not the organization's
    ("Tarvik Energy is working with a researcher at Halvorsen University.",
     "Tarvik Energy", "Halvorsen University"),
    # no partnership verb
    ("Tarvik Energy competes with researchers at Halvorsen University.",
     "Tarvik Energy", "Halvorsen University"),
    ("Ostrel Motors hired engineers from Carrow Electric last year.",
     "Ostrel Motors", "Carrow Electric"),
    # a with-object that is no group of the organization's people
    ("Sennet Bio is working with patients at the Pellin Institute.",
     "Sennet Bio", "Pellin Institute"),
])
def test_no_partner_without_a_group_of_the_organization(nlp, text, a, b):
    assert frozenset((a, b)) not in _pairs(nlp, text, [a, b])
