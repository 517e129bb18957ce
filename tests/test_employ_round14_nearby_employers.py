"""Nearby names that are not the person's employer, round 14: the outlet an executive spoke to
("Ann Lee, Globex CEO, in an interview with the Harbor Ledger"), and "its" in a clause about a
thing ("the bridge project, which had its own project manager, Ann Lee"), which an earlier
sentence's organization must not stand in for.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind

# -- the outlet of an interview, a statement or an op-ed employs no one of it ----------------


@pytest.mark.parametrize("text, person, employer, outlet", [
    ("[Dana Whitlock, Brelmont Labs CEO in interview with the Harbor Ledger].",
     "Dana Whitlock", "Brelmont Labs", "Harbor Ledger"),
    ("[Omar Castell, Quillfield Bank chief economist in a statement to Coastline Radio].",
     "Omar Castell", "Quillfield Bank", "Coastline Radio"),
    ("[Rena Ortiz, Tovan Mining spokeswoman in an email to the Daily Courier].",
     "Rena Ortiz", "Tovan Mining", "Daily Courier"),
])
def test_the_outlet_spoken_to_is_no_employer(nlp, text, person, employer, outlet):
    found = of_kind(nlp, text, "employ")
    assert (employer, person) in found, found
    assert (outlet, person) not in found, found


@pytest.mark.parametrize("text, person, employer", [
    ("Lena Fitch, head of bonds for Garrow Capital, said yields fell.", "Lena Fitch",
     "Garrow Capital"),
    ("Tom Ridley, director of marketing in Europe for Velta Motors, spoke on Monday.",
     "Tom Ridley", "Velta Motors"),
    ("Mara Benn, a senior fellow with the Harlow Institute, said prices rose.", "Mara Benn",
     "Harlow Institute"),
    ("\"Who called?\" said Ann Pike, editor-in-chief at the Post.", "Ann Pike", "Post"),
])
def test_a_field_before_the_employer_still_leads_to_it(nlp, text, person, employer):
    assert (employer, person) in of_kind(nlp, text, "employ")


# -- "its" in a clause about a thing is the thing's ------------------------------------------


@pytest.mark.parametrize("text, person, earlier", [
    ("Brelmont Labs won the bid. The lawyer said his client was only on the edge of the bridge "
     "project, which had its own project manager, Peter Hollis.", "Peter Hollis",
     "Brelmont Labs"),
    ("Quillfield Bank backed the plan. The festival, which has its own artistic director, Mara "
     "Benn, opened on Friday.", "Mara Benn", "Quillfield Bank"),
])
def test_its_of_a_thing_is_no_earlier_organization(nlp, text, person, earlier):
    assert (earlier, person) not in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text, person, employer", [
    ("Tovan Mining said on Monday that its chief executive, Ray Colt, would retire.",
     "Ray Colt", "Tovan Mining"),
    ("Garrow Capital, which reported a loss, said its finance chief Lena Fitch would leave.",
     "Lena Fitch", "Garrow Capital"),
    ("Velta Motors grew. The company said its chairman, Tom Ridley, approved the deal.",
     "Tom Ridley", "Velta Motors"),
])
def test_its_of_an_organization_still_names_the_employer(nlp, text, person, employer):
    assert (employer, person) in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text, person, employer", [
    ("Brisk Pharma claims its decline was punishment for the ambitions of its founder Ana Pike.",
     "Ana Pike", "Brisk Pharma"),
    ("Ardent Telecom says its slump was the fault of its chairman Omar Castell.",
     "Omar Castell", "Ardent Telecom"),
])
def test_its_of_an_owned_thing_in_a_main_clause_keeps_its_owner(nlp, text, person, employer):
    assert (employer, person) in of_kind(nlp, text, "employ")


# -- an "it" inside a quotation is the speaker's word, no employer for a bare role ----------


@pytest.mark.parametrize("text, person, other", [
    ("The Dunmore Board of Elections will count ballots early this year. The Dunmore Board of "
     "Elections said the change needs more staff. Pressure from the Dunmore Board of Elections "
     "led lawmakers to act. \"I've only got 29 precincts, it's not going to take me days and "
     "days,\" said Ann Pike, director of elections in Harlow County.", "Ann Pike",
     "Dunmore Board of Elections"),
    ("Tovan Mining reopened the pit. Tovan Mining said output rose. Tovan Mining hired staff. "
     "\"I have only got two crews, it will not take me weeks,\" said Rena Ortiz, director of "
     "safety in Hartwell.", "Rena Ortiz", "Tovan Mining"),
])
def test_an_it_in_a_quote_is_no_employer(nlp, text, person, other):
    assert (other, person) not in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text, person, employer", [
    ("\"The Brisk Pharma plan is sound,\" said Omar Castell, chief executive.", "Omar Castell",
     "Brisk Pharma"),
    ("Velta Motors had a record year. \"The Velta Motors plan will work,\" said chief executive "
     "Tom Ridley.", "Tom Ridley", "Velta Motors"),
])
def test_a_quote_naming_the_company_still_gives_its_executive(nlp, text, person, employer):
    assert (employer, person) in of_kind(nlp, text, "employ")


# -- "runs communications for Globex": a function of the firm is a job there (recall) --------


@pytest.mark.parametrize("text, person, employer", [
    ("Sara Klee runs communications for Velta Motors.", "Sara Klee", "Velta Motors"),
    ("Ben Ortiz, who leads engineering for Harlow Robotics, said the arm is ready.", "Ben Ortiz",
     "Harlow Robotics"),
    ("Lia Moss heads investor relations for Quillfield Bank.", "Lia Moss", "Quillfield Bank"),
    ("Tim Roe manages sales for Brisk Pharma in Europe.", "Tim Roe", "Brisk Pharma"),
])
def test_a_function_run_for_a_firm_is_a_job_there(nlp, text, person, employer):
    assert (employer, person) in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text, person, other", [
    ("Jo Park built a garden for Harlow Hospital.", "Jo Park", "Harlow Hospital"),
    ("Kim Vale runs a charity drive for Tovan Mining.", "Kim Vale", "Tovan Mining"),
    ("Ray Dunn runs his own security for Velta Motors.", "Ray Dunn", "Velta Motors"),
])
def test_what_is_made_or_run_for_a_firm_is_no_job(nlp, text, person, other):
    assert (other, person) not in of_kind(nlp, text, "employ")
