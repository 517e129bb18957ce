"""Clergy and academy titles ("Rabbi", "Reverend", "Rev.", "Academician") written before a name
are no part of it, like "Dr" or "Professor": the person is stored under the name alone.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,fact", [
    # religion, space industry
    ("Rabbi Ezra Toll is senior rabbi at the Greenfield Temple.",
     ("Greenfield Temple", "Ezra Toll")),
    ("Reverend Ada Mott, director of the Linden Street Food Bank, said the shelter would open.",
     ("Linden Street Food Bank", "Ada Mott")),
    ("Academician Pavel Orlov, general designer of Zenit Orbital Corporation, said the launch "
     "was on schedule.", ("Zenit Orbital", "Pavel Orlov")),
])
def test_title_is_not_part_of_the_name(nlp, text, fact):
    assert fact in of_kind(nlp, text, "employ")


def test_a_surname_alone_is_kept(nlp):
    # the word list holds titles only: a name that is just a surname after a first name stays whole
    text = "Mara Reverend, chief executive of Tolland Freight, said volumes fell."
    assert ("Tolland Freight", "Mara Reverend") in of_kind(nlp, text, "employ")
