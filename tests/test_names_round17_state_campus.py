"""A state university's name, a comma and a city ending the run of capitalised words names one
campus: "the University of Avalon, Eastbrook" style, as US news writes "University of
California, Irvine". The audits had such employers cut at the comma ("University of X").

Every person is invented; the universities are named as US news names them.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,fact", [
    # public health, engineering
    ('"Everyone is vulnerable," said Ada Marr, an associate professor of public health at the '
     'University of California, Irvine.', ("University of California, Irvine", "Ada Marr")),
    ("Tom Reed, a professor of civil engineering at the University of Texas, Austin, said the "
     "bridge was safe.", ("University of Texas, Austin", "Tom Reed")),
])
def test_a_state_university_campus_is_one_name(nlp, text, fact):
    assert fact in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text,fact", [
    # a country after the comma is where the university is
    ("Tom Reed, a professor at the University of Toronto, Canada, said so.",
     ("University of Toronto", "Tom Reed")),
    ("Ada Marr, a professor at the University of Washington, USA, said the data were clear.",
     ("University of Washington", "Ada Marr")),
    # no campus after the comma: the sentence goes on
    ("Ada Marr, a professor at the University of Michigan, said the data were clear.",
     ("University of Michigan", "Ada Marr")),
])
def test_no_campus_no_join(nlp, text, fact):
    assert fact in of_kind(nlp, text, "employ")


def test_a_list_after_the_comma_is_no_campus(nlp):
    from tieline.extract.entities import DocEntities
    text = "Researchers at the University of Texas, Austin and Dallas found the same."
    names = {m.name for m in DocEntities(nlp(text)).mentions}
    assert "University of Texas" in names
    assert not [n for n in names if n.startswith("University of Texas,")]
