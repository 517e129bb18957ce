"""Names cut short, round 21 (issue 9): an abbreviated word of a name keeps its full stop
("the Avalon Dept. of Public Health"), a university's department named by its field gives
way to the university as employer, and a capitalised word glued on by a hyphen opens a name
the tagger skipped ("the East-West Marlow Policy Forum"). Kept whole, a name-ending
abbreviation's stop no longer ends a sentence by itself: a capitalised word after it opens
the next one ("the Avalon Bankers Assn. Globex Bank left").

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from extracted import of_kind
from tieline.extract.entities import DocEntities
from tieline.extract.entities.candidates import _hyphen_prefix


@pytest.mark.parametrize("text,abbreviated", [
    # public health, policing: the stop inside the name does not end it
    ("Dr. Ada Vale, the head of the Avalon Dept. of Public Health, said cases rose.", "Dept."),
    ("Tom Brill, a spokesman for the Kestrel Police Dept., said the road was shut.", "Dept."),
])
def test_an_abbreviated_word_stays_one_token(nlp, text, abbreviated):
    assert abbreviated in [t.text for t in nlp(text)]


@pytest.mark.parametrize("text,person,employer,cut", [
    ("Dr. Ada Vale, the head of the Avalon Dept. of Public Health, said cases rose.",
     "Ada Vale", "Avalon Dept. of Public Health", "Avalon Dept"),
    ("Ona Pell, director of the Marlow Dept. of Transportation, said the bridge would reopen.",
     "Ona Pell", "Marlow Dept. of Transportation", "Marlow Dept"),
])
def test_an_abbreviated_department_is_named_whole(nlp, text, person, employer, cut):
    found = of_kind(nlp, text, "employ")
    assert (employer, person) in found and (cut, person) not in found, found


@pytest.mark.parametrize("text,first,second", [
    # banking, mining, health: the name after the stop opens the next sentence
    ("The Avalon Bankers Assn. Globex Bank left it in May.", "Avalon Bankers Assn.",
     "Globex Bank"),
    ("The deal was approved by the Avalon Govt. Globex Mining welcomed it.", "Avalon Govt.",
     "Globex Mining"),
    ("Calls went to the Kestrel Health Dept. The office closed early.", None, None),
])
def test_a_sentence_ends_after_a_name_ending_abbreviation(nlp, text, first, second):
    sdoc = nlp(text)
    assert len(list(sdoc.sents)) == 2
    if first:
        names = {e.name for e in DocEntities(sdoc).entities.values()}
        assert {first, second} <= names, names


def test_no_employer_runs_into_the_next_sentence(nlp):
    text = "Ann Vale, a nurse at the Avalon Health Dept. Marlow Foods said it would cut prices."
    assert not any("Marlow" in head for head, _ in of_kind(nlp, text, "employ"))


@pytest.mark.parametrize("text", [
    # the word after goes on the name, or is a role: one sentence
    "The Kestrel Police Dept. Chief Ann Vale said the road was shut.",
    "Harlan Mfg. Co. supplies gears to Corvin Aerospace.",
    "The Avalon Dept. Of Public Works said the road was shut.",
    # a name-internal abbreviation never ends one
    "The Avalon Natl. Bank raised its rates.",
])
def test_a_name_going_on_after_an_abbreviation_is_one_sentence(nlp, text):
    assert len(list(nlp(text).sents)) == 1


@pytest.mark.parametrize("text,employer,person", [
    # a name ending in an abbreviation the tagger skipped is still read
    ("Kim Ostrow, a lecturer in the Department of Physics at Marlow Univ., said the grant was "
     "cut.", "Marlow Univ.", "Kim Ostrow"),
])
def test_a_name_ending_in_an_abbreviation_is_read(nlp, text, employer, person):
    assert (employer, person) in of_kind(nlp, text, "employ")


def test_a_firm_ending_in_an_abbreviation_supplies(nlp):
    text = "Kestrel Mfg. supplies parts to Corvin Aerospace."
    assert ("Kestrel Mfg.", "Corvin Aerospace") in of_kind(nlp, text, "supply")


@pytest.mark.parametrize("text,firm,kind,other", [
    # food, steel: "Cos." is a company suffix, so the firm is one with its short name
    ("Globex Cos. agreed to buy Marlow Foods. Globex later sold its own plant.", "Globex",
     "acquire", "Marlow Foods"),
    ("The Quillon Cos. invested in Avalon Robotics last year.", "Quillon", "invest",
     "Avalon Robotics"),
])
def test_cos_is_a_company_suffix(nlp, text, firm, kind, other):
    assert (firm, other) in of_kind(nlp, text, kind)


@pytest.mark.parametrize("text,person,university,department", [
    # politics, engineering: the department is the university's
    ("Rob Jarle, a professor of politics in the Department of Political Science at Brinmoor "
     "University in Ohio, said the talks could fail.", "Rob Jarle", "Brinmoor University",
     "Department of Political Science"),
    ("Ona Pell, a lecturer in the Department of Music at Quillon State University, said the "
     "hall was shut.", "Ona Pell", "Quillon State University", "Department of Music"),
    # the abbreviated forms, and a university named "University of X"
    ("Lisa Ward, a professor in the Department of Political Science at Avalon Univ., said the "
     "vote was close.", "Lisa Ward", "Avalon Univ.", "Department of Political Science"),
])
def test_a_universitys_department_gives_way_to_the_university(nlp, text, person, university,
                                                               department):
    found = of_kind(nlp, text, "employ")
    assert (university, person) in found and (department, person) not in found, found


@pytest.mark.parametrize("text,person,body", [
    # a state's department and a hospital's are no university's: kept as before
    ("Ada Vale, a spokeswoman for the Avalon Department of Health, said cases fell.",
     "Ada Vale", "Avalon Department of Health"),
    ("Dr. Ana Ruiz, chief of the Department of Surgery at Marden General Hospital, said beds "
     "were short.", "Ana Ruiz", "Marden General Hospital"),
    # (a hospital named for a college: see test_employ_round23_units.py, where the bare
    # "Department of Cardiology" is no longer an employer)
])
def test_other_departments_are_unchanged(nlp, text, person, body):
    assert (body, person) in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text,kind,whole,other", [
    # policy, investment: the first word is glued on by a hyphen
    ("Kim Vale, a fellow at the East-West Marlow Policy Forum, said rents rose.", "employ",
     "East-West Marlow Policy Forum", "Kim Vale"),
    ("The East-West Kestrel Bridge Fund invested in Marlow Robotics.", "invest",
     "East-West Kestrel Bridge Fund", "Marlow Robotics"),
])
def test_a_hyphened_first_word_opens_the_name(nlp, text, kind, whole, other):
    found = of_kind(nlp, text, kind)
    assert (whole, other) in found, found
    assert not any(head != whole and head in whole for head, _ in found), found


@pytest.mark.parametrize("text", [
    # a hyphen with spaces around it is a dash, no part of the name
    "Mara Jones - a senior fellow at Brookings Tax Policy Center - said the credit would help.",
    # a lower-case word before the hyphen is no name's word
    "Tom Reyes, an analyst at the long-Hastings Freight Group, said rates rose.",
])
def test_a_dash_or_lower_word_opens_no_name(nlp, text):
    found = of_kind(nlp, text, "employ")
    assert not any("-" in head for head, _ in found), found


@pytest.mark.parametrize("pos,opens", [("PROPN", True), ("ADJ", False)])
def test_only_a_proper_noun_glued_on_opens_a_name(nlp, pos, opens):
    # a title's adjective ("Half-" of "the Half-Lit Lantern") is no word of a firm's name
    sdoc = Doc(nlp.vocab, words=["the", "Half", "-", "Lit", "Lantern"],
               spaces=[True, False, False, True, False])
    sdoc[1].pos_ = pos
    assert _hyphen_prefix(sdoc, 3, set()) is opens
