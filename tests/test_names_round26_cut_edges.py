"""Names, round 26: party names cut on their edge (sentences and names invented).

Three shapes of a party the parser cut short of the name the sentence writes:
- a sentence full of names ("Vale's Orvane County Hospital CEO Dr. Ann Lee says.") used to
  count as a headline, and a headline's edges are never read, so "Orvane County" of "Orvane
  County Hospital" was stored; the cut checks now use the entities' headline test, which calls
  such a line prose when it ends as one with a lower-case verb;
- a group named "<people> for <cause>" ("Valeans for Clean Water", "Farmers for Fair Milk") read
  as its cause alone: refused;
- a unit written after its owner's possessive ("Orvane University's Center for Coastal Policy")
  stored as an employer of its own: the owner is the employer.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, cut, person", [
    ("Idaho's Halvorsen County Hospital CEO Dr. Nora Quill says.", "Halvorsen County",
     "Nora Quill"),
    ("Kansas's Brambleway County Hospital CEO Dr. Tom Reyes says.", "Brambleway County",
     "Tom Reyes"),
])
def test_a_name_dense_sentence_is_no_headline_and_its_cut_names_are_refused(nlp, text, cut,
                                                                             person):
    assert (cut, person) not in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text, head, person", [
    ("Halvorsen Marine Trust CEO Dr. Nora Quill says.", "Halvorsen Marine Trust", "Nora Quill"),
    ("Kestrel Foods chief executive Nora Quill said on Monday.", "Kestrel Foods", "Nora Quill"),
])
def test_a_whole_name_in_a_name_dense_sentence_keeps_its_fact(nlp, text, head, person):
    assert (head, person) in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text, cut", [
    ("Nora Quill, co-executive director of the Vale-based Chinese for Affirmative Action, said "
     "her group condemns it.", "Affirmative Action"),
    ("Nora Quill, executive director of Virginians for Clean Rivers, told reporters the vote "
     "was close.", "Clean Rivers"),
    ("Nora Quill, president of Farmers for Fair Milk, said prices fell.", "Fair Milk"),
])
def test_a_groups_cause_after_for_is_no_party(nlp, text, cut):
    assert (cut, "Nora Quill") not in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text", [
    "Nora Quill, a spokeswoman for Kestrel Foods, said prices fell.",
    "Nora Quill, who works for Kestrel Foods, said prices fell.",
])
def test_a_plain_for_before_an_employer_keeps_it(nlp, text):
    assert ("Kestrel Foods", "Nora Quill") in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text, owner, unit", [
    ("Nora Quill, senior scholar with Orvane University's Center for Coastal Policy, said so.",
     "Orvane University", "Center for Coastal Policy"),
    ("Nora Quill, founding director of the University of Quillfield's Global Maritime Studies, "
     "said so.", "University of Quillfield", "Global Maritime Studies"),
    ("Nora Quill, director of Halvorsen Marine's Center for Ocean Freight, said the move was "
     "costly.", "Halvorsen Marine", "Center for Ocean Freight"),
])
def test_a_possessed_unit_gives_its_owner_as_employer(nlp, text, owner, unit):
    facts = of_kind(nlp, text, "employ")
    assert (owner, "Nora Quill") in facts
    assert (unit, "Nora Quill") not in facts


@pytest.mark.parametrize("text, head", [
    # a unit with a name of its own, no unit word opening or closing it
    ("Nora Quill, head of Kestrel Foods' Orvane Labs, said so.", "Orvane Labs"),
    # a unit no possessive ties to an owner
    ("Nora Quill, director of the Brambleway Institute for Dairy Science, said so.",
     "Brambleway Institute for Dairy Science"),
])
def test_a_unit_with_no_owner_or_a_name_of_its_own_is_kept(nlp, text, head):
    assert (head, "Nora Quill") in of_kind(nlp, text, "employ")


def test_a_possessed_institute_with_a_name_of_its_own_is_kept(nlp):
    text = "Nora Quill, a fellow at Vale University's Orvane Institute, said so."
    facts = of_kind(nlp, text, "employ")
    assert ("Vale University", "Nora Quill") not in facts
    assert ("Orvane Institute", "Nora Quill") in facts


def test_a_number_glued_after_a_name_before_a_post_ends_that_name(nlp):
    text = ("“We expected twice the crowd,” Kestrel 44 spokeswoman Nora Quill said of the "
            "event.")
    assert ("Kestrel", "Nora Quill") not in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text, head", [
    ("Kestrel hired 40 staff, spokeswoman Nora Quill said.", "Kestrel"),
    ("Trellis Analytics spokeswoman Nora Quill said 12 stores would close.", "Trellis Analytics"),
])
def test_a_number_elsewhere_in_the_sentence_cuts_no_name(nlp, text, head):
    assert (head, "Nora Quill") in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text", [
    "Nora Quill will join Orvane University's Center for Coastal Policy.",
    "Nora Quill will not join Orvane University's Center for Coastal Policy.",
])
def test_joining_a_possessed_unit_is_no_move_from_its_owner(nlp, text):
    facts = of_kind(nlp, text, "talent_move")
    assert not facts


def test_a_move_into_a_possessed_unit_ends_at_its_owner(nlp):
    text = "Nora Quill left Kestrel Foods for Orvane University's Center for Coastal Policy."
    facts = of_kind(nlp, text, "talent_move")
    assert ("Kestrel Foods", "Orvane University") in facts
    assert ("Kestrel Foods", "Center for Coastal Policy") not in facts


@pytest.mark.parametrize("text", [
    "Ohio's Quillfield County Clinic director Dr. Nora Quill said the wait was long.",
    "Ohio's Quillfield Clinic director Dr. Nora Quill said the wait was long.",
])
def test_a_places_possessive_before_a_named_clinic_is_no_employer(nlp, text):
    assert ("Ohio", "Nora Quill") not in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text, head", [
    ("Ohio's health director Dr. Nora Quill said the wait was long.", "Ohio"),
    ("Ohio's Quillfield Clinic director Dr. Nora Quill said the wait was long.",
     "Quillfield Clinic"),
    ("Kestrel Health's Orvane Clinic director Nora Quill said the wait was long.",
     "Orvane Clinic"),
])
def test_a_state_post_or_the_named_clinic_keeps_its_employer(nlp, text, head):
    assert (head, "Nora Quill") in of_kind(nlp, text, "employ")
