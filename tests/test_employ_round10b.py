"""employ and sue, round 10 part 2: an acronym spelling two names of the text binds to neither,
and a dotted acronym ("S.B.A.") is the name it spells (sentences and names invented)."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, wrong", [
    # politics: a committee and a convention share their initials
    ("At the Harbor Valley Convention in June the Harbor Valley Committee met. \"We will "
     "win,\" said Jane Hollis, a spokeswoman for the HVC.", "Harbor Valley Convention"),
    # trade: a council and a conference
    ("The Northgate Timber Council gathered at the Northgate Timber Conference. \"Prices are "
     "up,\" said Tom Reyes, a spokesman for the NTC.", "Northgate Timber Conference"),
])
def test_an_acronym_of_two_names_binds_to_neither(nlp, text, wrong):
    assert not any(head == wrong for head, _ in of_kind(nlp, text, "employ"))


@pytest.mark.parametrize("text, head, tail", [
    # lending: the public lender named in a quote is not "the company"
    ("Brightwell Bakery applied for a loan from the Small Business Administration last spring. "
     "\"We are still waiting to hear from the S.B.A.,\" said Maria Lopez, a spokeswoman for the "
     "company.", "Brightwell Bakery", "Maria Lopez"),
    # farming: a farm credit agency
    ("Orrin Dairy asked the Rural Credit Agency for help in March. \"The R.C.A. has not "
     "answered,\" said Paul Stone, a spokesman for the company.", "Orrin Dairy", "Paul Stone"),
])
def test_a_dotted_acronym_is_the_body_it_spells(nlp, text, head, tail):
    found = of_kind(nlp, text, "employ")
    assert (head, tail) in found
    assert all(h == head for h, _ in found)


@pytest.mark.parametrize("text", [
    # a ministry drops a prosecution; the plea is told in the next sentence
    "The Ministry of Justice moved to drop the case against Victor Crane on Tuesday. Crane had "
    "pleaded guilty to lying to investigators in 2017.",
    # a county office wins a criminal case before a jury
    "The Marlow County Attorney's Office won its case against Dana Holt, and a jury convicted "
    "her of robbery.",
])
def test_a_criminal_case_against_a_person_is_no_suit(nlp, text):
    assert of_kind(nlp, text, "sue") == {}


@pytest.mark.parametrize("text, head, tail", [
    # retail: a firm's case against a firm, though the text speaks of a crime
    ("Kesterel Stores filed a fraud case against Pellow Logistics. Police arrested a driver "
     "for theft in May.", "Kesterel Stores", "Pellow Logistics"),
    # finance: a regulator's case against a person with no prosecution word near
    ("The Marlow Securities Commission's case against Tom Reyes accuses him of misleading "
     "investors.", "Marlow Securities Commission", "Tom Reyes"),
])
def test_a_case_with_no_prosecution_stays_a_suit(nlp, text, head, tail):
    assert (head, tail) in of_kind(nlp, text, "sue")


@pytest.mark.parametrize("text", [
    "The Marlow City Council filed criminal charges against Victor Crane on Sunday.",
    "The Kesterel County Sheriff's Office brought murder charges against Dana Holt.",
])
def test_criminal_charges_filed_are_no_suit(nlp, text):
    assert of_kind(nlp, text, "sue") == {}


@pytest.mark.parametrize("text, head, tail", [
    ("The Marlow Securities Commission filed fraud charges against Tom Reyes on Monday.",
     "Marlow Securities Commission", "Tom Reyes"),
    ("The Tarvik Trade Board brought antitrust charges against Pellow Logistics.",
     "Tarvik Trade Board", "Pellow Logistics"),
])
def test_charges_of_a_civil_wrong_stay_a_suit(nlp, text, head, tail):
    assert (head, tail) in of_kind(nlp, text, "sue")
