"""Names cut short, round 21 (issue 9): an abbreviated word of a name keeps its full stop
("the Avalon Dept. of Public Health"), a university's department named by its field gives
way to the university as employer, and a capitalised word glued on by a hyphen opens a name
the tagger skipped ("Marlow-Hastings Freight Group").

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


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


def test_a_sentence_still_ends_after_an_abbreviation(nlp):
    sents = list(nlp("Calls went to the Kestrel Health Dept. The office closed early.").sents)
    assert len(sents) == 2


@pytest.mark.parametrize("text,person,university,department", [
    # politics, engineering: the department is the university's
    ("Rob Jarle, a professor of politics in the Department of Political Science at Brinmoor "
     "University in Ohio, said the talks could fail.", "Rob Jarle", "Brinmoor University",
     "Department of Political Science"),
    ("Tom Weller, chair of the Department of Chemical Engineering at Harlow College, said the "
     "lab would reopen.", "Tom Weller", "Harlow College", "Department of Chemical Engineering"),
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
])
def test_other_departments_are_unchanged(nlp, text, person, body):
    assert (body, person) in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text,person,whole", [
    # tax policy, freight: the first word is glued on by a hyphen
    ("Mara Jones, a senior fellow at the Urban-Brookings Tax Policy Center, said the credit "
     "would help.", "Mara Jones", "Urban-Brookings Tax Policy Center"),
    ("Tom Reyes, an analyst at the Marlow-Hastings Freight Group, said rates rose.",
     "Tom Reyes", "Marlow-Hastings Freight Group"),
])
def test_a_hyphened_first_word_opens_the_name(nlp, text, person, whole):
    found = of_kind(nlp, text, "employ")
    assert (whole, person) in found, found
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


def test_a_common_word_glued_on_opens_no_name(nlp):
    # a title's adjective ("Half-") is no word of a firm's name
    text = ("Readers who pre-order Tom Vale and the Half-Lit Lantern avoid queues at shops, "
            "Ada Roe said.")
    found = {head for rel in ("use", "employ", "develop") for head, _ in of_kind(nlp, text, rel)}
    assert not any(head.startswith("Half-") for head in found), found
