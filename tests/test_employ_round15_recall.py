"""Employ recall, round 15: shapes of role-and-name the rules missed on unseen news.

A form of address between the role and the name ("Globex chairman Sir Ann Lee", "Quillfield
Bank executive chairman Dr Bo Park") no longer hides the role. A post in waiting
("chairman-elect", "chief executive-designate") is a role. In "Globex's finance chief Ann Lee
and chief medical officer Bo Park" the second role is at the first holder's employer. "Ann
Lee, Globex chief economist, said": the parser hangs the name before the role as a noun
modifier (nmod), which names the employer as a compound does. A lower-case title word that is
also a form of address ("president", "professor") written right after an organization's name
is a post there ("Globex president Ann Lee").

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind

# -- a form of address between the role words and the name ----------------------------------


@pytest.mark.parametrize("text, person, employer", [
    ("Brelmont Labs executive chairman Dr Dana Whitlock said the trial went well.",
     "Dana Whitlock", "Brelmont Labs"),
    ("Tovan Mining chief executive Sir Ray Colt said output rose.", "Ray Colt", "Tovan Mining"),
    ("Quillfield Bank boss Mr Omar Castell said lending fell.", "Omar Castell", "Quillfield Bank"),
    ("Harlow Rovers manager Sir Peter Hollis said his side played well.", "Peter Hollis",
     "Harlow Rovers"),
    ("Coastline Radio chairwoman Dame Rena Ortiz said the station would expand.", "Rena Ortiz",
     "Coastline Radio"),
])
def test_a_form_of_address_after_the_role_keeps_it(nlp, text, person, employer):
    assert (employer, person) in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text, person, other", [
    # the honorific opens the sentence: no role words before it
    ("Sir Ray Colt met Tovan Mining workers on Monday.", "Ray Colt", "Tovan Mining"),
    # a word before the honorific that is no role word
    ("Brelmont Labs thanked Dr Dana Whitlock for the study.", "Dana Whitlock", "Brelmont Labs"),
    ("Quillfield Bank customers like Mr Omar Castell lost money.", "Omar Castell",
     "Quillfield Bank"),
])
def test_an_honorific_alone_makes_no_role(nlp, text, person, other):
    assert (other, person) not in of_kind(nlp, text, "employ")


# -- a post in waiting: "chairman-elect", "chief executive-designate" ------------------------


@pytest.mark.parametrize("text, person, employer, role", [
    ("Brelmont Labs' chairman-elect Dana Whitlock said the merger made sense.",
     "Dana Whitlock", "Brelmont Labs", "chairman-elect"),
    ("Quillfield Bank chief executive-designate Omar Castell will start in May.",
     "Omar Castell", "Quillfield Bank", "chief executive-designate"),
    ("Rena Ortiz, Tovan Mining's chief executive-designate, visited the pit.",
     "Rena Ortiz", "Tovan Mining", "chief executive-designate"),
    ("Peter Hollis, the chairman-elect of Coastline Radio, praised the staff.",
     "Peter Hollis", "Coastline Radio", "chairman-elect"),
])
def test_a_post_in_waiting_is_a_role(nlp, text, person, employer, role):
    from tieline.extract import extract
    from tieline.model import Document

    facts = extract(Document(text=text, source="test"), nlp(text)).relations
    found = {(r.head, r.tail): r.object for r in facts if r.type == "employ"}
    assert found.get((employer, person)) == role, found


@pytest.mark.parametrize("text, person, other", [
    # "elect" and "designate" as verbs name no post
    ("Brelmont Labs shareholders will elect Dana Whitlock to the board next year.", "Dana Whitlock",
     "Brelmont Labs"),
    ("Tovan Mining miners designate Omar Castell as their spokesman at the talks.", "Omar Castell",
     "Tovan Mining"),
])
def test_elect_as_a_verb_names_no_post(nlp, text, person, other):
    assert (other, person) not in of_kind(nlp, text, "employ")


# -- "Globex's A-role Ann Lee and B-role Bo Park": both at Globex ----------------------------


@pytest.mark.parametrize("text, first, second, employer", [
    ("Brelmont Labs' chief financial officer Dana Whitlock and chief medical officer Omar "
     "Castell sold shares on Monday.", "Dana Whitlock", "Omar Castell", "Brelmont Labs"),
    ("Investors want to replace Quillfield Bank's chairman Rena Ortiz and chief executive Peter "
     "Hollis.", "Rena Ortiz", "Peter Hollis", "Quillfield Bank"),
    ("Tovan Mining chief executive Ray Colt and chief financial officer Lena Fitch presented the "
     "plan.", "Ray Colt", "Lena Fitch", "Tovan Mining"),
])
def test_a_second_role_after_and_shares_the_employer(nlp, text, first, second, employer):
    found = of_kind(nlp, text, "employ")
    assert (employer, first) in found and (employer, second) in found, found


@pytest.mark.parametrize("text, person, other", [
    # no role words before the second name
    ("Tovan Mining chief executive Ray Colt and Lena Fitch presented the plan.", "Lena Fitch",
     "Tovan Mining"),
    # a trade, not a post
    ("Tovan Mining chief executive Ray Colt and actor Lena Fitch met at the premiere.",
     "Lena Fitch", "Tovan Mining"),
    # the second role names its own employer
    ("Tovan Mining chief executive Ray Colt and former Quillfield Bank chairman Lena Fitch met.",
     "Lena Fitch", "Tovan Mining"),
    # the first name holds no role at the organization
    ("Tovan Mining hired Ray Colt and chief executive Lena Fitch of Brelmont Labs left.",
     "Lena Fitch", "Tovan Mining"),
])
def test_a_second_name_without_a_shared_post_takes_no_employer(nlp, text, person, other):
    assert (other, person) not in of_kind(nlp, text, "employ")


# -- "Ann Lee, Globex chief economist, said": the name hung on the role as nmod --------------


@pytest.mark.parametrize("text, person, employer", [
    ("Tom Ridley, Velta Motors managing director, said the plant would reopen.", "Tom Ridley",
     "Velta Motors"),
    ("Lena Fitch, Garrow Capital chief economist, said that rates would fall.", "Lena Fitch",
     "Garrow Capital"),
    ("\"Demand is strong,\" said Omar Castell, Quillfield Bank chief executive officer, on a call.",
     "Omar Castell", "Quillfield Bank"),
])
def test_an_employer_hung_on_the_role_as_a_modifier(nlp, text, person, employer):
    assert (employer, person) in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text, person, other", [
    # a place before the role is where the post is, no employer
    ("Tom Ridley, Chicago police officer, said the street was closed.", "Tom Ridley", "Chicago"),
    # a person before the role is whose aide she is
    ("Mara Benn, Dana Whitlock spokesperson, said the senator was resting.", "Mara Benn",
     "Dana Whitlock"),
])
def test_a_modifier_that_is_no_organization_is_no_employer(nlp, text, person, other):
    assert (other, person) not in of_kind(nlp, text, "employ")


# -- "Globex president Ann Lee": a title word that is also a form of address -----------------


@pytest.mark.parametrize("text, person, employer", [
    ("Velta Motors president Tom Ridley said sales rose.", "Tom Ridley", "Velta Motors"),
    ("Harlow University professor Mara Benn said the study was flawed.", "Mara Benn",
     "Harlow University"),
])
def test_a_lower_case_title_after_an_organization_is_a_post(nlp, text, person, employer):
    assert (employer, person) in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text, person, other", [
    # a nation's adjective before the title is no organization
    ("French president Alain Roux met Velta Motors workers in Lyon.", "Alain Roux", "Velta Motors"),
    # the capitalised title is a form of address
    ("Velta Motors hosted President Tom Ridley at the plant.", "Tom Ridley", "Velta Motors"),
])
def test_a_title_of_address_is_no_post(nlp, text, person, other):
    assert (other, person) not in of_kind(nlp, text, "employ")
