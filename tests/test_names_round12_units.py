"""Names typed wrong, round 12: the possessor of a firm's named or described unit
("Globex's North America arm") is a firm whatever the tagger says; a soldier's or a country's
unit is not; an industry word such as "Grid" or "Tankers" ends a firm's name ("Lumen Grid"),
never a name of its own; a sentence ending as prose with a lowercase verb is no headline,
however many of its words are names.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind
from test_names_round3 import names
from tieline.extract.entities.tokens import is_headline


@pytest.mark.parametrize("text,firm", [
    # industrial group
    ("Tomas Reyes will lead Globex's North America arm, the company said.", "Globex"),
    # retail
    ("Ivo Lang now runs Brindle's European unit.", "Brindle"),
    # banking
    ("Pell Yung will oversee Tarrow's consumer banking unit.", "Tarrow"),
    # shipping
    ("Calder's container shipping division lost money last year.", "Calder"),
])
def test_the_owner_of_a_unit_is_a_firm(nlp, text, firm):
    assert names(nlp, text).get(firm) == "ORG"


@pytest.mark.parametrize("text,name", [
    # a soldier's unit has no name or description before it
    ("Sergeant Oleg Ivanov said Ivanov's unit came under fire near the river.", "Ivanov"),
    # a country's army unit stays a country
    ("Germany's armoured unit crossed the border at dawn.", "Germany"),
])
def test_a_unit_makes_no_firm_of_a_person_or_a_country(nlp, text, name):
    assert names(nlp, text).get(name) != "ORG"


@pytest.mark.parametrize("text,whole,piece", [
    # power utility founded by a former energy executive
    ("Jon Park, a former Vostok Energy executive who founded Lumen Grid, joined the board.",
     "Lumen Grid", "Grid"),
    # utilities in a partnership
    ("Selwyn Motors and Arbor Grid signed a supply deal.", "Arbor Grid", "Grid"),
    # oil shipping
    ("Marlin Tankers agreed to charter six ships to Orsk Refining.", "Marlin Tankers", "Tankers"),
])
def test_an_industry_word_ends_a_firm_name(nlp, text, whole, piece):
    found = names(nlp, text)
    assert found.get(whole) == "ORG"
    assert piece not in found


@pytest.mark.parametrize("text, head, tail", [
    # industrial group: a one-sentence text, nearly every long word a name
    ("Former Acme CEO Dana Ruiz will run Globex's North America arm.", "Globex", "Dana Ruiz"),
    # shipping
    ("Former Harlow Shipping COO Omar Hale joined Tidewater Freight.", "Tidewater Freight",
     "Omar Hale"),
])
def test_prose_full_of_names_is_no_headline(nlp, text, head, tail):
    assert (head, tail) in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("line, headline", [
    ("Former Acme CEO Dana Ruiz will run Globex's North America arm.", False),
    ("Halvora Foods Names Omar Hale Finance Chief.", True),  # its verb capitalised
    ("Brontex Labs Hires Dana Ruiz From Halvora Foods.", True),
])
def test_a_lowercase_verb_makes_prose(nlp, line, headline):
    assert is_headline(next(iter(nlp(line).sents))) is headline
