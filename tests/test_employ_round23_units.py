"""employ, round 23: a unit named only by its kind and its field ("Vaccine Research Group",
"Graduate School of Journalism") is no employer on its own; a unit with a name of its own is
(sentences and names invented)."""
from __future__ import annotations

import pytest

from extracted import of_kind

GENERIC = ["Graduate School of Journalism", "Bioinformatics Department", "Vaccine Research Group",
           "Artificial Intelligence Lab", "Department of Medicine", "School of Public Health"]


@pytest.mark.parametrize("text", [
    "Ann Velt, dean of Quillfield University's Graduate School of Journalism, said the class grew.",
    "Ann Velt, who heads the Vaccine Research Group at Kestrel Clinic, said trials would start.",
    "Ann Velt, a professor in the Department of Medicine at Orvane Hospital, said beds were short.",
    "Ann Velt, a researcher at Trellis University's Artificial Intelligence Lab, said it was early.",
    "Ann Velt, director of the Bioinformatics Department at Halvorsen Marine, said data was late.",
    "Ann Velt, a professor at the School of Public Health, said cases were rising.",
])
def test_a_unit_named_by_its_kind_and_field_is_no_employer(nlp, text):
    facts = of_kind(nlp, text, "employ")
    assert not any(head in GENERIC for head, _ in facts)


@pytest.mark.parametrize("text, head", [
    ("Ann Velt, a professor at the Halvorsen School of Public Health, said cases were rising.",
     "Halvorsen School of Public Health"),
    ("Ann Velt, director of the Centre for Coastal Infectious Disease Analysis, said cases rose.",
     "Centre for Coastal Infectious Disease Analysis"),
])
def test_a_unit_with_a_name_of_its_own_keeps_the_post(nlp, text, head):
    facts = of_kind(nlp, text, "employ")
    assert any(h == head for h, _ in facts)


@pytest.mark.parametrize("text, head", [
    ("Ann Velt, dean of Quillfield University's Graduate School of Journalism, said the class grew.",
     "Quillfield University"),
    ("Ann Velt, a professor in the Department of Medicine at Orvane Hospital, said beds were short.",
     "Orvane Hospital"),
    ("Ann Velt, a researcher at Trellis University's Artificial Intelligence Lab, said it was early.",
     "Trellis University"),
])
def test_the_institution_the_sentence_ties_the_unit_to_employs(nlp, text, head):
    facts = of_kind(nlp, text, "employ")
    assert facts.get((head, "Ann Velt")) == "asserted"


def test_a_hospital_named_for_a_college_is_not_cut_to_the_college(nlp):
    facts = of_kind(nlp, "Omar Reyes, a physician in the Department of Cardiology at Marlow "
                         "College Hospital, said beds were short.", "employ")
    assert ("Marlow College", "Omar Reyes") not in facts
    assert ("Department of Cardiology", "Omar Reyes") not in facts


@pytest.mark.parametrize("text, head", [
    ("Ann Velt, a spokeswoman for the Department of Law, said the case was closed.",
     "Department of Law"),
    ("Ann Velt, secretary of the Department of Business, said exports rose.",
     "Department of Business"),
])
def test_a_department_named_as_a_ministry_keeps_the_post(nlp, text, head):
    # "law" and "business" name ministries as "health" does: generic only under a school
    assert (head, "Ann Velt") in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text, head", [
    ("Ann Velt, chief executive of Data Science Group, said sales rose.", "Data Science Group"),
    ("Ann Velt, chairman of Genetics Institute, said the trial had ended.", "Genetics Institute"),
    ("Ann Velt, a physicist at the Institute of Physics, said the grant was cut.",
     "Institute of Physics"),
    ("Ann Velt, a lecturer at the College of Law, said fees would rise.", "College of Law"),
])
def test_a_body_named_by_a_standalone_kind_keeps_the_post(nlp, text, head):
    # institutes, groups, centres and colleges are also whole bodies' and firms' kinds
    facts = of_kind(nlp, text, "employ")
    assert facts.get((head, "Ann Velt")) == "asserted", facts
