"""Employ recall, round 16: names beside a post that the tagger typed wrong.

A two-word name set in apposition to a post ("Brelmont's chairman, Vahik Oranyan,") is the
post's holder, a person, however the tagger labels it. In "Teyo Marrani, the CEO of Quibble,
a travel news company" the parser may hang the descriptor on the person's name; a post
written before it says the descriptor is the post's organization's, so the person is no firm.
A name a post is "of" or "at" that the tagger calls a place the place lists do not know
("co-founder of Brindlewave") is the employer, a firm (a known place keeps its label).

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind
from tieline.extract.entities import DocEntities


def types(nlp, text: str) -> dict[str, str]:
    return {m.name: m.type for m in DocEntities(nlp(text)).mentions}


# -- a name in apposition to a post is a person ---------------------------------------------


@pytest.mark.parametrize("text, person, employer", [
    ("Brelmont's chairman, Vahik Oranyan, defended the decision to sell shares.",
     "Vahik Oranyan", "Brelmont"),
    ("Quillfield Bank's chief economist, Dessa Marl, predicted that home sales will rebound.",
     "Dessa Marl", "Quillfield Bank"),
    ("Tovanix's executive chairman, Ardo Kessane, said the company would seek better terms.",
     "Ardo Kessane", "Tovanix"),
    ("Harbor Kitchens' president, Zeno Varuk, said the stores would reopen.",
     "Zeno Varuk", "Harbor Kitchens"),
    # the tagger labels these two names firms
    ("Sarnac Bio's president, Tigran Bedrosian, said the trial would resume.",
     "Tigran Bedrosian", "Sarnac Bio"),
    ("Harbor Homes' chief economist, Janelle Hale, predicted that sales will rebound in July.",
     "Janelle Hale", "Harbor Homes"),
])
def test_a_name_apposed_to_a_post_holds_it(nlp, text, person, employer):
    assert (employer, person) in of_kind(nlp, text, "employ")
    assert types(nlp, text)[person] == "PERSON"


@pytest.mark.parametrize("text, name", [
    # a post a firm may hold too: the adviser of a deal is a bank
    ("The deal's adviser, Lazard Brothers, said the offer was fair.", "Lazard Brothers"),
    # a firm's name word: no person
    ("The carrier's owner, Tovan Holdings, said the sale was off.", "Tovan Holdings"),
    ("The league's sponsor, Harbor Insurance Group, renewed its deal.", "Harbor Insurance Group"),
])
def test_a_firm_apposed_to_a_tie_stays_a_firm(nlp, text, name):
    assert types(nlp, text).get(name) != "PERSON"


# -- the descriptor after "the CEO of X" is X's --------------------------------------------


@pytest.mark.parametrize("text, person, employer", [
    ("Teyo Marrani, the CEO of Quibble, a travel news company, said the pain is only beginning.",
     "Teyo Marrani", "Quibble"),
    ("Nabrio Ghazeli, president and co-founder of Sludgeworks, a startup that tests "
     "wastewater, spoke on Monday.", "Nabrio Ghazeli", None),
    ("Rena Ortiz, the chief executive of Tovanix, a mining software company, told reporters "
     "that sales rose.", "Rena Ortiz", "Tovanix"),
])
def test_a_descriptor_after_a_post_is_the_posts_firm(nlp, text, person, employer):
    assert types(nlp, text)[person] == "PERSON"
    if employer:
        assert (employer, person) in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text, name", [
    # the descriptor right after the name, no post before it: the firm's own
    ("Brelmont Orchards, a fruit company whose chief executive is Ann Vale, said prices rose.",
     "Brelmont Orchards"),
    ("Kestrel Vane, a shoe company, named Ann Vale chief executive of its unit.", "Kestrel Vane"),
])
def test_a_descriptor_without_a_post_before_it_still_votes_firm(nlp, text, name):
    assert types(nlp, text).get(name) == "ORG"


# -- the name a post is "of" or "at", tagged a place, is a firm ---------------------------


@pytest.mark.parametrize("text, person, employer", [
    ('"We are hiring," says Marta Sole, chief executive of Quorvane.', "Marta Sole", "Quorvane"),
    ('"Orders are back," said Ivo Brandt, co-founder of Lumivex.', "Ivo Brandt", "Lumivex"),
    ("Registering names is easy, says Stephen Kale, director of UKIF.", "Stephen Kale", "UKIF"),
])
def test_a_place_label_in_a_posts_slot_is_an_employer(nlp, text, person, employer):
    assert (employer, person) in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text, place", [
    ("Kazakhstan has long been led by Nursultan Vale, the president of Kazakhstan.", "Kazakhstan"),
    ("Ann Vale, the governor of Tovania, said the state would reopen.", "Tovania"),
    ("Bo Park, a professor in Ottawa, said the talks failed.", "Ottawa"),
    ("Lee Tran, head of sales in France, said orders fell.", "France"),
])
def test_a_known_place_or_another_post_keeps_the_place(nlp, text, place):
    assert types(nlp, text).get(place) != "ORG"


@pytest.mark.parametrize("text, person", [
    # the place is a word of the object, not the object ("the popular ... musical")
    ("The film has a song by Ravi Anand, the director of the popular West End musical, "
     "Harbor Nights.", "Ravi Anand"),
])
def test_a_place_inside_the_posts_object_is_no_employer(nlp, text, person):
    assert not [h for h, t in of_kind(nlp, text, "employ") if t == person]
