"""Names, round 21: names among the most mentioned that are no party, or no firm.

- "the #Glowforth initiative": a name only ever written as a hashtag tags a topic or a
  campaign, never a party (a firm also named outside its hashtag stays a firm).
- "chatted via Chatvane", "a Datelyn date": a name used as a call or dating service is a
  product (talking via it, a chat or a date on it), as "a Meetlo call" already was.

Every sentence and name is invented; the tagger's error is set on the parse (doc.ents).
"""
from __future__ import annotations

import pytest

from extracted import typed_as


@pytest.mark.parametrize("text,name,label", [
    # a tribute campaign, a housing protest
    ("Towers turned blue for the #Glowforth initiative. The #Glowforth initiative salutes "
     "nurses across the state.", "Glowforth", "PRODUCT"),
    ("Tenants rallied behind #RentFreeMay as landlords pushed back. Organizers said "
     "#RentFreeMay would continue.", "RentFreeMay", "ORG"),
])
def test_hashtag_only_is_no_party(nlp, text, name, label):
    assert typed_as(nlp, text, {name: label})[name] == "OTHER"  # kept, never stored


@pytest.mark.parametrize("text,name", [
    # an electric-car maker, a bank
    ("Fans of #Quellan cheered after Quellan said it would hire 500 engineers.", "Quellan"),
    ("Clients posted #Barrowmere memes. Barrowmere said on Monday it would cut fees.", "Barrowmere"),
])
def test_firm_named_outside_its_hashtag_stays_a_firm(nlp, text, name):
    assert typed_as(nlp, text, {name: "ORG"})[name] == "ORG"


@pytest.mark.parametrize("text,name", [
    # family life, schooling, dating
    ("Ada Vale said she chatted with her mother via Chatvane every night.", "Chatvane"),
    ("The tutors taught the pupils via Tutorvo during the lockdown.", "Tutorvo"),
    ("Their third Datelyn date went well, Bo Lind said.", "Datelyn"),
    ("The choir held a weekly Chatvane chat in April.", "Chatvane"),
])
def test_call_service_used_is_a_product(nlp, text, name):
    assert typed_as(nlp, text, {name: "ORG"})[name] == "PRODUCT"


@pytest.mark.parametrize("text,name", [
    # a network is an outlet (one word, as the service rule reads); a firm talked about, or talked to
    ("Ada Vale spoke on Kestrel about the outbreak.", "Kestrel"),
    ("The ministers talked over Quellan and its plants for an hour.", "Quellan"),
    ("Bo Lind said Quellan hired him via a recruiter in May.", "Quellan"),
])
def test_no_service_use(nlp, text, name):
    assert typed_as(nlp, text, {name: "ORG"})[name] == "ORG"
