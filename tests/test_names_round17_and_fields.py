"""A body's field named with "and" is part of the body's name: "the National Association of
Town and Village Clerks", "the Ministry of Mines and Mineral Technology", and a firm named for
two partners after "an analyst with" ("Brell and Hoyt"). The audits of round 17 had employ
facts with the employer cut at "and" ("National Association of Town") or split in two.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind
from tieline.extract.entities import DocEntities


@pytest.mark.parametrize("text,fact", [
    # trade bodies: schools, retail
    ('"Budgets are tight," said Tom Baxter, a vice president with the National Association of '
     'College and University Fleet Managers (NACUFM), on Monday.',
     ("National Association of College and University Fleet Managers", "Tom Baxter")),
    ('"Sales fell," said Ann Lowe, a vice president with the National Association of Home and '
     'Garden Retailers, on Monday.',
     ("National Association of Home and Garden Retailers", "Ann Lowe")),
    ('"Prices rose," said Ida Marsh, director of the Federation of Dairy and Cheese Makers, on '
     'Friday.', ("Federation of Dairy and Cheese Makers", "Ida Marsh")),
    # ministries: mining, telecoms
    ('"We have good data," said Ravi Menon, an official with Kenya\'s Ministry of Mines and '
     'Mineral Technology, on Monday.', ("Ministry of Mines and Mineral Technology", "Ravi Menon")),
    ('"The network is ready," said Lena Ostrow, an official with the Ministry of Posts and '
     'Internet Technology, on Monday.',
     ("Ministry of Posts and Internet Technology", "Lena Ostrow")),
])
def test_a_field_named_with_and_stays_in_the_name(nlp, text, fact):
    employ = of_kind(nlp, text, "employ")
    assert fact in employ
    assert not [k for k in employ if k[0] in fact[0] and k[0] != fact[0]]


@pytest.mark.parametrize("text,fact", [
    # energy consultants, law
    ('"Oil is weak," said Mark Tan, a Singapore-based analyst with Brell and Hoyt.',
     ("Brell and Hoyt", "Mark Tan")),
    ('"The ruling is clear," said Ann Field, a senior lawyer with Dorsey and Pike.',
     ("Dorsey and Pike", "Ann Field")),
])
def test_a_firm_named_for_two_partners_after_with(nlp, text, fact):
    employ = of_kind(nlp, text, "employ")
    assert fact in employ
    assert not [k for k in employ if k[0] in {"Brell", "Hoyt", "Dorsey", "Pike"}]


@pytest.mark.parametrize("text,firm", [
    # a members' body and a firm: two parties (food, freight)
    ("The Federation of Dairy Farmers and Kestrel Foods signed a supply deal on Monday.",
     "Kestrel Foods"),
    ("The Association of Port Operators and Vantor Logistics signed a supply deal on Monday.",
     "Vantor Logistics"),
])
def test_a_firm_after_a_body_and_stays_apart(nlp, text, firm):
    names = {m.name for m in DocEntities(nlp(text)).mentions}
    assert firm in names


def test_two_firms_the_text_names_alone_stay_two(nlp):
    text = ('Brell won the contract. "Oil is weak," said Mark Tan, a Singapore-based analyst with '
            'Brell and Hoyt.')
    assert ("Brell and Hoyt", "Mark Tan") not in of_kind(nlp, text, "employ")
