"""Names cut at a campus's comma, round 23 (issue 9): a state university's campus named
after a comma ("the University of Nevada, Pryor") is part of its name when the tagger
took the campus for a one-word name of its own (a person); a speaker's surname there ends
no name.

Every sentence and person is invented (the states are real).
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text", [
    "\"We expect more cases by spring,\" said Ann Vale, co-director of the Harbour Law "
    "Clinic at the University of Nevada, Pryor.",
    "Ann Vale, a professor at the University of Nevada, Pryor, said the data was thin.",
])
def test_a_campus_after_the_comma_is_kept(nlp, text):
    found = of_kind(nlp, text, "employ")
    assert ("University of Nevada, Pryor", "Ann Vale") in found, found
    assert not {("University of Nevada", "Ann Vale"), ("Pryor", "Ann Vale")} & set(found), found


@pytest.mark.parametrize("text", [
    # a speaker after the comma, or a list, is no campus
    "Ann Vale, a professor at the University of Nevada, Vale said.",
    "Ann Vale, a professor at the University of Nevada, Tom Brill said.",
    "Ann Vale studied at the University of Texas, Brindle and Orvane.",
])
def test_no_campus_where_a_name_follows(nlp, text):
    found = of_kind(nlp, text, "employ")
    assert not any("," in head for head, _ in found), found


def test_a_firm_after_the_comma_is_no_campus(nlp):
    # a one-word name the tagger calls an organization is a firm of its own, not a campus
    text = "Ann Vale, a researcher at the University of Washington, Orvane, said the data was thin."
    found = of_kind(nlp, text, "employ")
    assert not any("," in head for head, _ in found), found
