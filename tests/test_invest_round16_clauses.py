"""Clause edges, round 16. "A is controlled by B and the group bought C": the parser reads the
first clause as the complement of "bought" and joins "the group" to B, but a conjunct followed at
once by a finite main verb with no subject is that verb's subject, not a second owner (before,
"the group" bound to a firm named earlier and became an owner of A). "Ann Lee, the president of
Halvard Group, which owns Brennan Foods": "which" is no person; when the parser hangs the clause
on her name it is about the organization her aside names last.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,right,wrong", [
    # media, food
    ("Plug Media said sales rose. Liberty Cable is controlled by US cable tycoon John Malone and "
     "the group bought Virgo Media in 2013.", ("John Malone", "Liberty Cable"), ("Plug Media", "Liberty Cable")),
    ("Orsa Energy said sales rose. Brennan Foods is controlled by Halvard Group and the company "
     "bought Kestrel Dairy in 2013.", ("Halvard Group", "Brennan Foods"), ("Orsa Energy", "Brennan Foods")),
])
def test_next_clause_subject_is_no_owner(nlp, text, right, wrong):
    facts = of_kind(nlp, text, "invest")
    assert right in facts and wrong not in facts


def test_owned_by_two_still_both(nlp):
    facts = of_kind(nlp, "Brennan Foods is owned by Halvard Group and Kestrel Motors, the Swiss carmaker.", "invest")
    assert {("Halvard Group", "Brennan Foods"), ("Kestrel Motors", "Brennan Foods")} <= set(facts)


@pytest.mark.parametrize("text,fact", [
    # hospitality, sports
    ("Tom Reyes, head of Kestrel Hospitality Group, which owns Brennan Foods and Lyra Cafe, said "
     "the restaurants would stay shut.", ("Kestrel Hospitality Group", "Brennan Foods")),
    ("It is not about money, according to Ann Lee, the president of Halvard Sports, which owns the "
     "Orsa Fighting League.", ("Halvard Sports", "Orsa Fighting League")),
])
def test_which_after_a_persons_aside(nlp, text, fact):
    assert fact in of_kind(nlp, text, "invest")


def test_who_stays_the_person(nlp):
    facts = of_kind(nlp, "Ann Lee, the president of Halvard Group, who owns Brennan Foods, said sales rose.", "invest")
    assert ("Halvard Group", "Brennan Foods") not in facts
