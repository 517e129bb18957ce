"""Names cut short, round 13c (issue 9): a public body whose field is named with "and" (kept
whole however the tagger cuts it, yet two names where a firm follows the "and"), and a name
opened by a capitalised adverb or adjective after "the".

Every sentence and name is invented; where a rule corrects a tagger error, the error is set on
the parse (doc.ents) so the test does not depend on what the small model happens to say.
"""
from __future__ import annotations

import pytest

from test_names_round3 import names


@pytest.mark.parametrize("text,labels,whole,cut", [
    # child welfare, elder care: the tagger cut the body at "and"
    ("Rosa Vint, a caseworker at the Department of Children and Family Services, said so.",
     [("Rosa Vint", "PERSON"), ("the Department of Children", "ORG"), ("Family Services", "ORG")],
     "Department of Children and Family Services", "Family Services"),
    ("Tom Brill, who heads the Office of Aging and Senior Services, backed the levy.",
     [("Tom Brill", "PERSON"), ("the Office of Aging", "ORG"), ("Senior Services", "ORG")],
     "Office of Aging and Senior Services", "Senior Services"),
    # the tagger kept it whole, behind a lower-case descriptor
    ("Lea Korr said the state Department of Youth and Family Services fined Pellan Toys.",
     [("Lea Korr", "PERSON"), ("the state Department of Youth and Family Services", "ORG"),
      ("Pellan Toys", "ORG")],
     "Department of Youth and Family Services", "Family Services"),
])
def test_a_body_serving_a_public_is_one_name(nlp, text, labels, whole, cut):
    found = names(nlp, text, labels)
    assert found.get(whole) == "ORG", found
    assert cut not in found


@pytest.mark.parametrize("text,labels,parts", [
    # a regulator and a food firm, a ministry and a courier
    ("Officials at the Department of Justice and Kestrel Foods met on Monday.",
     [("the Department of Justice", "ORG"), ("Kestrel Foods", "ORG")],
     ["Department of Justice", "Kestrel Foods"]),
    ("The Ministry of Transport and Vantor Logistics signed the plan.",
     [("The Ministry of Transport", "ORG"), ("Vantor Logistics", "ORG")],
     ["Ministry of Transport", "Vantor Logistics"]),
    ("The Department of Justice and Kestrel Services reached a settlement.",
     [("The Department of Justice", "ORG"), ("Kestrel Services", "ORG")],
     ["Department of Justice", "Kestrel Services"]),
])
def test_a_body_and_a_firm_stay_two(nlp, text, labels, parts):
    found = names(nlp, text, labels)
    assert all(found.get(p) == "ORG" for p in parts), found


@pytest.mark.parametrize("text,whole", [
    # a drinks maker, a soap maker
    ("Tom Reed, chief executive of the Just Add Honey Tea Company, said sales rose.",
     "Just Add Honey Tea Company"),
    ("The Just Add Honey Tea Company said it would partner with Bluefin Logistics.",
     "Just Add Honey Tea Company"),
])
def test_an_adverb_after_the_opens_a_name(nlp, text, whole):
    found = names(nlp, text)
    assert whole in found and "Add Honey Tea Company" not in found, found


@pytest.mark.parametrize("text,name", [
    ("Ada Vale, the former Acme Tea Company chief, said sales rose.", "Acme Tea Company"),
])
def test_a_title_word_after_the_opens_no_name(nlp, text, name):
    found = names(nlp, text)
    assert not any(n != name and n.endswith(name) and n.split()[0].lower() in {"former", "interim"}
                   for n in found), found


@pytest.mark.parametrize("text,labels,whole", [
    # an agency, an airport: a longer mis-tagged person ends with the same word elsewhere
    ("Ann Vale Harbor Safety Administration staff met. Tom Brill, an officer of the Coastal"
     " Safety Administration, said so.",
     [("Ann Vale Harbor Safety Administration", "PERSON"), ("Tom Brill", "PERSON"),
      ("the Coastal Safety Administration", "ORG")], "Coastal Safety Administration"),
    ("Lea Korr Memorial Airport reopened. Ida Moss worked at Marden Valley International Airport.",
     [("Lea Korr Memorial Airport", "PERSON"), ("Ida Moss", "PERSON"),
      ("Marden Valley International Airport", "ORG")], "Marden Valley International Airport"),
])
def test_an_organization_word_is_no_surname(nlp, text, labels, whole):
    found = names(nlp, text, labels)
    assert whole in found, found
