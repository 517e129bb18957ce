"""A function, a field or a title typed ORG is no employer, round 18: "Public Relations
Manager Ann Lee", "chief of Critical Care Medicine", "head of the county's Emergency
Management department", "Chief Storyteller for the City of Avalon". Random news showed these
as the commonest employ facts with a made-up employer once cut names are left aside (13 judged
wrong in the audits, none right).

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind
from tieline.extract.arguments import Named
from tieline.extract.employers import a_function


@pytest.mark.parametrize("name", ["Public Relations", "Critical Care Medicine", "Emergency Management",
                                  "Business Affairs", "Policy Studies", "Communications", "Security",
                                  "Infectious Disease Research", "Chief Storyteller", "Senior Fellow"])
def test_a_function_or_a_title_is_no_organization(name):
    assert a_function(Named(name, "ORG"))


@pytest.mark.parametrize("name", ["CARE", "Globex Public Relations", "National Research Council",
                                  "Institute for Policy Studies", "Chief Executives Club",
                                  "Health Research Institute", "Brightwater Medicine", "Vice",
                                  "Avalon Security Services"])
def test_an_organization_named_with_such_words_still_is(name):
    assert not a_function(Named(name, "ORG"))


@pytest.mark.parametrize("text,person", [
    # hospitality and retail: a department written capitalised in the title
    ("In an email, Public Relations Manager Nora Hale said it is unclear how many workers will "
     "return.", "Nora Hale"),
    ("Marketing Director Omar Wells said the campaign would start in May.", "Omar Wells"),
    # healthcare: a field named as the unit a doctor heads
    ('"We are near capacity," says Dr. Dana Colvin, chief of Critical Care Medicine.',
     "Dana Colvin"),
    # local government: a title opened by "Chief" is no body
    ('"We are proud of this town," Eli Brandt, Chief Storyteller for the Town of Marrow, said.',
     "Eli Brandt"),
])
def test_no_employ_fact_binds_a_function(nlp, text, person):
    found = of_kind(nlp, text, "employ")
    assert not any(p == person and head.split()[0] in {
        "Public", "Marketing", "Critical", "Chief"} for head, p in found)


@pytest.mark.parametrize("text,org,person", [
    # the same titles with the organization named keep their fact
    ("Brisk Bank spokeswoman Nora Hale said the branches would reopen.", "Brisk Bank", "Nora Hale"),
    ("Dana Colvin, chief of critical care medicine at Brightwater Hospital, said beds were "
     "short.", "Brightwater Hospital", "Dana Colvin"),
    ("Quorlex Chief Executive Omar Wells said sales fell.", "Quorlex", "Omar Wells"),
])
def test_a_named_organization_still_employs(nlp, text, org, person):
    assert (org, person) in of_kind(nlp, text, "employ")
