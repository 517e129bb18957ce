"""Names seen on real news, round 9 (issue 9): a one-word short form of a firm's name that the
text introduced in full ("Caption Health" ... "Caption") is that firm, not a party of its own;
a parent named beside its unit, a body and its committee stay apart.

Every sentence and name is invented; the tagger's entities are set on the parse (doc.ents) so
the test does not depend on what the small model happens to say.
"""
from __future__ import annotations

import pytest

from test_names_round3 import with_labels
from tieline.extract.entities import DocEntities


def entities(nlp, text, labels):
    return DocEntities(with_labels(nlp, text, labels)).entities


@pytest.mark.parametrize("text,labels,full,short", [
    # medical devices
    ("Quillon Health makes scanners for clinics. Quillon said on Monday that sales doubled.",
     [("Quillon Health", "ORG"), ("Quillon", "ORG")], "Quillon Health", "Quillon"),
    # food processing
    ("Brannock Foods shut its plant in Ohio. Workers said Brannock had not tested them.",
     [("Brannock Foods", "ORG"), ("Brannock", "ORG")], "Brannock Foods", "Brannock"),
    # space hardware
    ("Tessary Aerospace laid off its staff. A spokesperson for Tessary declined to comment.",
     [("Tessary Aerospace", "ORG"), ("Tessary", "ORG")], "Tessary Aerospace", "Tessary"),
])
def test_a_short_form_after_the_full_name_is_that_firm(nlp, text, labels, full, short):
    found = entities(nlp, text, labels)
    assert short not in found
    assert short in found[full].aliases


@pytest.mark.parametrize("text,labels,kept", [
    # the one-word name comes first: a firm of its own that owns the longer one
    ("Marlowe said on Monday that its unit Marlowe Health would hire nurses.",
     [("Marlowe", "ORG"), ("Marlowe Health", "ORG")], "Marlowe"),
    # the text calls the short one the owner of a unit
    ("Ostrava Energy will build the plant. Ostrava's trading arm buys gas from Norway, "
     "and Ostrava said prices fell.",
     [("Ostrava Energy", "ORG"), ("Ostrava", "ORG"), ("Ostrava", "ORG")], "Ostrava"),
    # a body and its committee
    ("The Pellor Committee met on Friday. Pellor passed the budget.",
     [("Pellor Committee", "ORG"), ("Pellor", "ORG")], "Pellor"),
    # a founder's foundation is no firm the founder's name is short for
    ("The Rendle Foundation gave grants to schools. Rendle sold cars for decades.",
     [("Rendle Foundation", "ORG"), ("Rendle", "ORG")], "Rendle"),
    # two longer names open with the word: which one it stands for is unknown
    ("Vantor Foods and Vantor Energy both grew. Vantor said profits rose.",
     [("Vantor Foods", "ORG"), ("Vantor Energy", "ORG"), ("Vantor", "ORG")], "Vantor"),
])
def test_a_parent_a_body_or_an_ambiguous_word_stays_apart(nlp, text, labels, kept):
    assert kept in entities(nlp, text, labels)


@pytest.mark.parametrize("text,labels,person,short", [
    # a rehab clinic's story: her first name tagged a firm
    ("Mira Dolan runs a clinic in Ohio. Mira said patients waited for weeks.",
     [("Mira Dolan", "PERSON"), ("Mira", "ORG")], "Mira Dolan", "Mira"),
    # a bakery owner
    ("Ottavio Brenn bakes bread in Leeds. Customers told Ottavio that prices rose.",
     [("Ottavio Brenn", "PERSON"), ("Ottavio", "ORG")], "Ottavio Brenn", "Ottavio"),
])
def test_a_first_name_typed_a_firm_is_the_person_it_opens(nlp, text, labels, person, short):
    found = entities(nlp, text, labels)
    assert short not in found
    assert found[person].type == "PERSON" and short in found[person].aliases


@pytest.mark.parametrize("text,labels,kept", [
    # the word is written in lower case too: a common noun, not her name
    ("Harper Lane sells boots. Harper built a shop, and harper seals swim nearby.",
     [("Harper Lane", "PERSON"), ("Harper", "ORG")], "Harper"),
    # a camel-case brand is no first name
    ("PayDash Jones spoke on Friday. PayDash fell 4 percent.",
     [("PayDash Jones", "PERSON"), ("PayDash", "ORG")], "PayDash"),
    # a tagged "person" with a verb in it is no person's name
    ("Quillon Hall of Famer Ada Vale spoke. Quillon won the cup.",
     [("Quillon Hall of Famer", "PERSON"), ("Quillon", "ORG")], "Quillon"),
])
def test_a_common_word_or_a_brand_stays_apart_from_a_person(nlp, text, labels, kept):
    assert kept in entities(nlp, text, labels)


@pytest.mark.parametrize("text,labels,person,junk", [
    # an airline story: a comma between two names the tagger ran together
    ("Ravel Quist flew in from Oslo. According to Tomasz, Quist had signed the lease.",
     [("Ravel Quist", "PERSON"), ("Tomasz, Quist", "ORG")], "Ravel Quist", ", Quist"),
    # a mining story
    ("Ines Varro met the miners. Like Kettler, Varro wants the pit reopened.",
     [("Ines Varro", "PERSON"), ("Kettler, Varro", "ORG")], "Ines Varro", ", Varro"),
])
def test_a_surname_after_a_comma_is_split_without_the_comma(nlp, text, labels, person, junk):
    found = entities(nlp, text, labels)
    assert junk not in found
    assert found[person].type == "PERSON"


@pytest.mark.parametrize("text,labels,kept", [
    # a streaming feature tagged a person
    ("Fans watched on Pixly Live all week. Pixly said it would live-stream the final.",
     [("Pixly Live", "PERSON"), ("Pixly", "ORG")], "Pixly"),
    # a dance company tagged a person
    ("Tarsa Dance Theatre toured Spain. Tarsa hired ten new dancers; they dance nightly.",
     [("Tarsa Dance Theatre", "PERSON"), ("Tarsa", "ORG")], "Tarsa"),
])
def test_a_person_named_with_common_words_takes_no_first_name(nlp, text, labels, kept):
    assert kept in entities(nlp, text, labels)


@pytest.mark.parametrize("text,labels,holiday", [
    # travel: a holiday tagged a firm
    ("Larkway Travel expects fewer drivers on the road this Memorial Day weekend.",
     [("Larkway Travel", "ORG"), ("Memorial Day", "ORG")], "Memorial Day"),
    # retail: a holiday tagged a person
    ("Brenna Stores will close early on Election Day, Ada Vale said.",
     [("Brenna Stores", "ORG"), ("Election Day", "PERSON"), ("Ada Vale", "PERSON")], "Election Day"),
])
def test_a_holiday_is_no_party(nlp, text, labels, holiday):
    assert holiday not in entities(nlp, text, labels)


def test_a_person_named_day_keeps_her_name(nlp):
    found = entities(nlp, "Nora Day runs Brenna Stores. Day said sales rose.",
                     [("Nora Day", "PERSON"), ("Brenna Stores", "ORG")])
    assert found["Nora Day"].type == "PERSON"
