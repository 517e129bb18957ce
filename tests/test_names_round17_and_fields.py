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


@pytest.mark.parametrize("text,body,firm", [
    # a one-word firm after a members' body is a party of its own (food, building)
    ("The Federation of Dairy Farmers and Kestrel signed a supply deal on Monday.",
     "Federation of Dairy Farmers", "Kestrel"),
    ("The National Association of Home Builders and Zillow released a joint report.",
     "National Association of Home Builders", None),
    # a firm with a company suffix after a ministry's "and" (mining, energy)
    ("An official with the Ministry of Mines and Kestrel Holdings said the deal was off.",
     "Ministry of Mines", "Kestrel Holdings"),
    ("Talks between the Department of Energy and Vantor Group ended on Friday.",
     "Department of Energy", "Vantor Group"),
])
def test_a_firm_after_a_body_and_is_no_field(nlp, text, body, firm):
    names = {m.name for m in DocEntities(nlp(text)).mentions}
    assert body in names
    assert not [n for n in names if n.startswith(body + " and")]
    assert firm is None or firm in names


@pytest.mark.parametrize("text,whole", [
    # more members after a members' body's "and" go on naming it (farming, trades)
    ("The Federation of Dairy Farmers and Ranchers said milk prices fell.",
     "Federation of Dairy Farmers and Ranchers"),
    ("The Association of Tile Setters and Plasterers said wages rose.",
     "Association of Tile Setters and Plasterers"),
])
def test_more_members_after_and_stay_in_the_name(nlp, text, whole):
    assert whole in {m.name for m in DocEntities(nlp(text)).mentions}


@pytest.mark.parametrize("text", [
    # "met with", "spoke with": the role is no employee "with" the pair
    "The chairman met with Brell and Hoyt on Monday.",
    "Our analyst spoke with Dorsey and Pike about the ruling.",
])
def test_two_names_after_a_verb_with_are_two_parties(nlp, text):
    names = {m.name for m in DocEntities(nlp(text)).mentions}
    assert not [n for n in names if " and " in n]
