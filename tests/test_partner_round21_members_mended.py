"""Partner through staff or units (round 21, mended): "of" joins an organization to one of its
parts ("the battery division of X") but not to a team or a staff group ("a team of X
consultants" names hired advisers), and "the company" after a staff group is no name: it may
stand for a firm of an earlier sentence. Every name is invented; names are labelled as the
tagger labels firms."""
from __future__ import annotations

import pytest

from extracted import relabel
from tieline.extract import extract
from tieline.model import Document


def _pairs(nlp, text: str, orgs: list[str]) -> set[frozenset]:
    sdoc = nlp(text)
    relabel(sdoc, {name: "ORG" for name in orgs})
    facts = extract(Document(text=text, source="test", published="2024-05-01"), sdoc).relations
    return {frozenset((r.head, r.tail)) for r in facts if r.type == "partner"}


@pytest.mark.parametrize("text,a,b", [
    # consulting: a team of another firm's consultants
    ("Brisco Consulting is working with a team of Delmar Analytics consultants.",
     "Brisco Consulting", "Delmar Analytics"),
    # biotech: scientists "of" a firm
    ("Quill Foods is working with scientists of Tessel Genomics on the new yeast.",
     "Quill Foods", "Tessel Genomics"),
    # cars / batteries: "the company" is the firm of the sentence before
    ("Acme Robotics hired new staff. Bolt Motors is working with engineers at the company on "
     "batteries.", "Bolt Motors", "Acme Robotics"),
])
def test_no_partner_from_a_team_of_or_an_unnamed_company(nlp, text, a, b):
    assert frozenset((a, b)) not in _pairs(nlp, text, [a, b])


@pytest.mark.parametrize("text,a,b", [
    # a named firm after "at"/"from" and a unit "of" still give the partner
    ("Halden Transit is working with researchers at Morvane Rail on the project.",
     "Halden Transit", "Morvane Rail"),
    ("Ostrel Motors is working with the medical division of Carrow Electric on ventilators.",
     "Ostrel Motors", "Carrow Electric"),
])
def test_partner_through_named_staff_or_a_unit_of(nlp, text, a, b):
    assert frozenset((a, b)) in _pairs(nlp, text, [a, b])
