"""Round 19: whole names, not cut ones.

A state university's campus written with "at" or a comma is one name ("University of Avalon at
Eastbrook"), a unit named by its field after its owner's possessive is the owner's ("Brisco
University's College of Nursing"), and a name that is one body word ("Office" of "the
Governor's Office") is no party. Every sentence is invented; the campuses are invented
campuses of state universities (the campus rule needs a real state).
"""
from __future__ import annotations

import pytest

from extracted import of_kind, relabel, relations
from tieline.extract.entities import DocEntities


@pytest.mark.parametrize("text,pair", [
    # research
    ("Ann Vale, a researcher at the University of Texas at Larchmont, said the data was clear.",
     ("University of Texas at Larchmont", "Ann Vale")),
    # chemistry
    ("Tom Reed, a chemist at the University of Nebraska at Lake Wendell, said the sample was pure.",
     ("University of Nebraska at Lake Wendell", "Tom Reed")),
    # a campus whose place is hyphened
    ("Jo Lind, a historian at the University of Illinois at Brook-Harlan, said the archive "
     "was open.", ("University of Illinois at Brook-Harlan", "Jo Lind")),
    # medicine: a campus after a comma, the clause going on with "and" and a common word
    ("\u201cThe tests look good,\u201d said Dr. Alan Marsh, an immunologist at the University of "
     "California, Larchmont, and one of the project\u2019s leaders.",
     ("University of California, Larchmont", "Alan Marsh")),
])
def test_a_state_university_campus_is_one_name(nlp, text, pair):
    assert pair in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text,names", [
    # "at the request of": no campus
    ("Acme signed a deal with the University of Ohio at the request of the state.",
     {"Acme", "University of Ohio"}),
    # a college at a campus is a second body, not the university's campus
    ("Rana Pell, who teaches at the University of Oregon at Eastbrook Community College, said "
     "so.", {"University of Oregon", "Eastbrook Community College"}),
])
def test_at_a_body_or_a_common_word_is_no_campus(nlp, text, names):
    assert names <= set(DocEntities(nlp(text)).entities)


@pytest.mark.parametrize("text,pair,unit", [
    # nursing
    ("Dr. Ben Orr, a professor at Brisco University's College of Nursing, said enrolment fell.",
     ("Brisco University", "Ben Orr"), "College of Nursing"),
    # business
    ("Kara Dunn, a lecturer at Harwick University's School of Business, said the course filled.",
     ("Harwick University", "Kara Dunn"), "School of Business"),
    # a centre named by its kind and field (round 26, possessed_units.py: the audits judged
    # such a centre stored as an employer of its own wrong)
    ("Tom Pike, director of the Quarry Institute's Center for Coastal Studies, said the tide "
     "rose.", ("Quarry Institute", "Tom Pike"), "Center for Coastal Studies"),
])
def test_a_possessed_field_unit_is_its_owner(nlp, text, pair, unit):
    facts = of_kind(nlp, text, "employ")
    assert pair in facts
    assert not any(unit in key for key in facts)


@pytest.mark.parametrize("text,pair", [
    # a school named by its own first word is no owned unit
    ("Ann Vale, a professor at the Larchmont School of Law, said the exam moved.",
     ("Larchmont School of Law", "Ann Vale")),
])
def test_a_named_unit_is_kept(nlp, text, pair):
    assert pair in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text", [
    # natural resources
    "The Governor's Office partnered with the Avalon Department of Natural Resources on the "
    "program.",
    # road works
    "The Mayor's Office signed a contract with Kestrel Paving to repair the roads.",
])
def test_a_single_body_word_is_no_party(nlp, text):
    assert not any("Office" in key for key in relations(nlp, text))


def test_a_named_office_is_a_party(nlp):
    text = "The Avalon Housing Office partnered with Kestrel Builders on the project."
    assert ("Avalon Housing Office", "Kestrel Builders") in of_kind(nlp, text, "partner")


@pytest.mark.parametrize("text,name,first", [
    # advocacy
    ("Data gathered by Rivers Run Free shows levels rose. Ada Pike is the co-founder and "
     "Executive Director of Rivers Run Free.", "Rivers Run Free", "Rivers"),
    # retail
    ("A survey by Shops Stay Open found sales fell. Tom Reyes is the founder of Shops Stay "
     "Open.", "Shops Stay Open", "Shops"),
])
def test_a_name_tagged_a_person_once_is_not_split_at_its_last_word(nlp, text, name, first):
    """The tagger takes the name for a person in one sentence and for an organization in the
    next: its last word is no surname there, so the name is not cut into two."""
    sdoc = nlp(text)
    relabel(sdoc, {name: ["PERSON", "ORG"]})
    words = name.split()
    names = {m.name for m in DocEntities(sdoc).mentions}
    assert first not in names and " ".join(words[1:]) not in names


@pytest.mark.parametrize("text,pair", [
    # public health
    ("The Avalon Department of Public Health reported 40 new cases on Monday. Dr. Ana Ruiz, "
     "director of the Department of Public Health, said testing would expand.",
     ("Avalon Department of Public Health", "Ana Ruiz")),
    # emergency services
    ("The Larch County Office of Emergency Management opened shelters. Ian Shaw, a spokesman "
     "for the Office of Emergency Management, said more would open.",
     ("Larch County Office of Emergency Management", "Ian Shaw")),
    # a university's school named by its field
    ("Researchers at the Harlan Moss School of Public Health ran the study. Kim Dahl, the "
     "associate director of the School of Public Health's Center for Data, said the model held.",
     ("Harlan Moss School of Public Health", "Kim Dahl")),
])
def test_a_field_body_is_the_one_longer_name_ending_with_it(nlp, text, pair):
    assert pair in of_kind(nlp, text, "employ")


def test_a_field_body_two_longer_names_end_with_is_left_alone(nlp):
    text = ("The Avalon Department of Health and the Eastbrook Department of Health shared data. "
            "Ben Cole, a spokesman for the Department of Health, said the numbers rose.")
    assert ("Department of Health", "Ben Cole") in of_kind(nlp, text, "employ")


def test_a_country_before_a_field_body_is_its_owner(nlp):
    # round 20: the nation's body said again without the nation is one body, not two
    text = ("The US Office of Rail Safety issued a warning. Ann Lowe, director of the Office of "
            "Rail Safety, said inspections would rise.")
    assert ("US Office of Rail Safety", "Ann Lowe") in of_kind(nlp, text, "employ")


def _people_only(sdoc):
    """The tagger's names in real news where it skips a long body's name: the people alone."""
    sdoc.ents = [e for e in sdoc.ents if e.label_ == "PERSON"]
    return sdoc


@pytest.mark.parametrize("text,whole", [
    # public health
    ("\u201cKeep it off the counter,\u201d says Kara Kohl, an associate professor of "
     "environmental health at the Harlan Moss Bloomberg School of Public Health.",
     "Harlan Moss Bloomberg School of Public Health"),
    # marine science
    ("\u201cThe reef is recovering,\u201d says Tom Ness, a senior fellow at the Quill Wynn "
     "Institute of Marine Science.", "Quill Wynn Institute of Marine Science"),
])
def test_a_body_found_in_two_halves_across_of_is_one_name(nlp, text, whole):
    names = {m.name for m in DocEntities(_people_only(nlp(text))).mentions}
    assert whole in names
    assert not any(n != whole and n in whole for n in names)


@pytest.mark.parametrize("text,kept", [
    # a person of a firm
    ("\u201cPrices will fall,\u201d said Ada Roe of Quill Sew Shop.", "Quill Sew Shop"),
    # a body of a place
    ("\u201cPrices will fall,\u201d said Ben Hale, a researcher at the Larch Valley Institute of "
     "Canada.", "Canada"),
])
def test_of_a_person_or_a_place_is_no_body_name(nlp, text, kept):
    sdoc = nlp(text)
    sdoc.ents = [e for e in sdoc.ents if e.label_ in {"PERSON", "GPE"}]
    names = {m.name for m in DocEntities(sdoc).mentions}
    assert not any(kept in n and n != kept for n in names)


@pytest.mark.parametrize("text,unsure", [
    # a title opens the first half
    ("Tony Engle, Dean of College of Engineering at Avalon University, said so.",
     "Dean of College of Engineering"),
    # one body word after a possessor: the owner's unit
    ("Acme built a platform with the Avalon University\u2019s Office of Civic Engagement to "
     "provide lectures.", "Office of Civic Engagement"),
    # the field goes on after "and": where the name ends is unsure
    ("Last week, Larch County\u2019s Department of Parks and Recreation cancelled its camps.",
     "Department of Parks"),
])
def test_a_body_whose_bounds_are_unsure_is_not_joined(nlp, text, unsure):
    assert unsure not in {m.name for m in DocEntities(_people_only(nlp(text))).mentions}


def test_a_title_run_into_a_longer_name_is_no_owner():
    from tieline.extract.entities.shortforms import field_body_targets
    names = ["College of Mining", "Provost of College of Mining", "Avalon Department of Health",
             "Department of Health"]
    targets = field_body_targets(names, dict.fromkeys(names, "ORG"), set())
    assert targets == {"Department of Health": "Avalon Department of Health"}


def test_a_text_ending_with_a_name_after_an_owned_unit_is_read(nlp):
    # review: a candidate ending the text made the owned-unit join index past the end
    text = "Dr. Ben Orr, a professor at Brisco University's College of Nursing, said enrolment fell at Acme"
    assert ("Brisco University", "Ben Orr") in of_kind(nlp, text, "employ")
