"""Binding of a description, round 14: a description never stands for the subject of its own
clause when that subject is a relative pronoun ("Acme, which invested in the startup"), one of
several coordinated subjects ("A and B are investors in the company"), or the one a relation
noun is said of ("Acme is the startup's largest investor", "Acme, the company's parent"), nor
the holder of a stake in it ("Acme said its stake in the startup grew").
A possessive description outside such a predicate may still mean the subject ("Acme said the
company's sales rose").

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind, relations


@pytest.mark.parametrize("text,kind,fact", [
    # software, venture capital
    ("Tamber Health sells scheduling software to clinics. Ironbark Capital, which has invested "
     "$40 million in the startup, said it was pleased.", "invest", ("Ironbark Capital", "Tamber Health")),
    ("Tamber Health sells scheduling software to clinics. Ironbark Capital and Pellam Group are "
     "also investors in the company.", "invest", ("Pellam Group", "Tamber Health")),
    ("Tamber Health sells scheduling software to clinics. Ironbark Capital is the startup's "
     "largest investor.", "invest", ("Ironbark Capital", "Tamber Health")),
    # carmaking, mining
    ("Corvin Motors builds electric vans in Ohio. Ulmen Industries, which owns 44% of the "
     "carmaker, backed the plan.", "invest", ("Ulmen Industries", "Corvin Motors")),
    ("Halvard Mining digs copper in Chile. Baxter Group, the company's largest shareholder, "
     "opposed the sale.", "invest", ("Baxter Group", "Halvard Mining")),
    # the holder of a stake is not what it holds: banking, software
    ("Nordlys Bank lends to farmers. Pellam Group said its stake in the bank would grow.",
     "invest", ("Pellam Group", "Nordlys Bank")),
    ("Tamber Health sells scheduling software to clinics. Ironbark Capital's investment in the "
     "startup is worth $1 billion.", "invest", ("Ironbark Capital", "Tamber Health")),
])
def test_description_is_not_its_own_subject(nlp, text, kind, fact):
    assert fact in of_kind(nlp, text, kind)


@pytest.mark.parametrize("text,fact", [
    # the company's own figures: the possessive description still means the subject
    ("Corvin Motors builds electric vans in Ohio. Ulmen Industries said the company's sales rose "
     "by 5%.", ("Ulmen Industries", "Corvin Motors")),
    ("Tamber Health sells scheduling software to clinics. Ironbark Capital, which said the "
     "firm's profits doubled, is based in Boston.", ("Ironbark Capital", "Tamber Health")),
])
def test_no_tie_from_a_possessive_alone(nlp, text, fact):
    assert not any((h, t) == fact for (_, h, t) in relations(nlp, text))
