"""A web page's call to action that opens a line ("Visit Harbor Post's homepage", "Follow Ada
Roe on Twitter", "Watch Opinions") is no part of the name after it; a name that merely starts
a sentence keeps its first word.

Every sentence and name is invented.
"""
from __future__ import annotations

from tieline.extract.entities import DocEntities


def names(nlp, text):
    return set(DocEntities(nlp(text)).entities)


def test_visit_is_no_part_of_the_outlet(nlp):
    found = names(nlp, "Harbor Post reported the deal on Monday.\n\n"
                       "Visit Harbor Post's homepage for more stories.")
    assert "Harbor Post" in found
    assert not any(n.startswith("Visit") for n in found)


def test_follow_is_no_part_of_the_person(nlp):
    found = names(nlp, "Ada Roe covers retail for the paper.\n\nFollow Ada Roe on Twitter.")
    assert "Ada Roe" in found
    assert not any(n.startswith("Follow") for n in found)


def test_a_name_opening_a_sentence_keeps_its_first_word(nlp):
    found = names(nlp, "Readwell Books opened two stores. Readwell Books said sales rose.")
    assert "Readwell Books" in found
