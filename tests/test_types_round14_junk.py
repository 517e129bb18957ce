"""Entity types, round 14: junk and mistyped names among the most mentioned.

A capitalised common word alone ("the State", "States", a possessed "Association") is no name;
a known name is no mention inside a longer name voted a place ("New Delmar"); an acronym the
text spells out as a disease is that disease; and a person the tagger calls a firm in a feature
story ("Capri Vale ... Vale said ... her charm") is a person, with her short name, whose
quotes stay hers beside a relative who shares her surname.

Every sentence and name is invented; the tagger's labels are set on the parse (doc.ents) so
the tests do not depend on what the small model happens to say.
"""
from __future__ import annotations

import pytest

from test_names_round3 import names, with_labels
from tieline.extract.entities import DocEntities
from tieline.extract.quotes import extract_quotes
from tieline.model import Document


def named(nlp, text, labels, name):
    """How often the name itself (no pronoun standing for it) is a mention."""
    return sum(m.name == name and m.kind == "name"
               for m in DocEntities(with_labels(nlp, text, labels)).mentions)


@pytest.mark.parametrize("text,labels,junk", [
    # politics: the abstract state, capitalised
    ("When the State tells you to stay home, the Governor goes golfing. The State said so.",
     [("State", "ORG"), ("State", "ORG")], "State"),
    # public health: the US states as a group, capitalised in a quote
    ("The President wrote that the States have to step up their testing.",
     [("States", "ORG")], "States"),
    # charities: a body's name whose possessor was cut off
    ("A spokesperson for the Growers' Association told reporters that volumes fell.",
     [("Association", "ORG")], "Association"),
])
def test_a_capitalised_common_word_alone_is_no_name(nlp, text, labels, junk):
    assert junk not in names(nlp, text, labels)


@pytest.mark.parametrize("text,labels,kept", [
    # sport: a university team named with "State"
    ("Orvale State beat its rival on Saturday, and Orvale State will play again in May.",
     [("Orvale State", "ORG"), ("Orvale State", "ORG")], "Orvale State"),
    # farming: a growers' body named in full
    ("The Larch Growers Association said prices fell.", [("Larch Growers Association", "ORG")],
     "Larch Growers Association"),
])
def test_names_ending_with_such_words_stay(nlp, text, labels, kept):
    assert names(nlp, text, labels).get(kept) == "ORG"


@pytest.mark.parametrize("text,labels,name,n", [
    # retail: a chain whose name is also the end of a town's
    ("Delmar said sales rose. Delmar opened a store in New Delmar last year.",
     [("New Delmar", "GPE"), ("Delmar", "ORG")], "Delmar", 2),
    # shipping: a firm and the port town that opens with its name
    ("Tamsin moved its fleet to Port Tamsin. Tamsin said the move saved money.",
     [("Port Tamsin", "GPE"), ("Tamsin", "ORG")], "Tamsin", 2),
])
def test_a_known_name_inside_a_place_is_no_mention(nlp, text, labels, name, n):
    assert named(nlp, text, labels, name) == n


@pytest.mark.parametrize("text,labels,acronym", [
    # medicine: a syndrome and its short form
    ("Doctors are tracking Larch Valley Syndrome, abbreviated as LVS. Cases of LVS rose in May.",
     [("LVS", "ORG"), ("LVS", "ORG")], "LVS"),
    # veterinary: a livestock disease spelled out first
    ("Farmers fear Bovine Orrin Disease. BOD has spread to four counties.",
     [("BOD", "ORG")], "BOD"),
])
def test_an_acronym_spelled_as_a_disease_is_no_party(nlp, text, labels, acronym):
    assert names(nlp, text, labels).get(acronym) in {None, "OTHER"}


@pytest.mark.parametrize("text,labels,acronym", [
    # medical devices: a firm and its acronym
    ("Avalon Medical Systems, or AMS, said it would hire nurses. AMS builds pumps.",
     [("Avalon Medical Systems", "ORG"), ("AMS", "ORG"), ("AMS", "ORG")], "AMS"),
    # aviation: an acronym the text never spells out as a disease
    ("Orrin Valley Airlines, or OVA, fears the virus. OVA cut flights.",
     [("Orrin Valley Airlines", "ORG"), ("OVA", "ORG"), ("OVA", "ORG")], "OVA"),
])
def test_an_acronym_of_a_firm_stays_a_party(nlp, text, labels, acronym):
    assert names(nlp, text, labels).get(acronym, names(nlp, text, labels).get(
        "Avalon Medical Systems" if acronym == "AMS" else "Orrin Valley Airlines")) == "ORG"


FEATURES = [
    # hospital: a nurse's surname, tagged a firm throughout
    ("Nurse practitioner Capri Lusk can't go home. Against those obstacles, Lusk has only her "
     "charm. \"I see patients,\" Lusk said. Lusk said she sleeps four hours a night.",
     [("Capri Lusk", "ORG"), ("Lusk", "ORG"), ("Lusk", "ORG"), ("Lusk", "ORG")],
     "Capri Lusk", "Lusk"),
    # fitness: a teenage instructor's given name, tagged a firm throughout
    ("Freshman Marla Kessing didn't want to stop teaching dance. \"We had new faces,\" said "
     "Marla, who's one of the youngest instructors. Marla and her mom taught at a gym. "
     "\"Everyone loved it,\" Marla said.",
     [("Marla Kessing", "ORG"), ("Marla", "ORG"), ("Marla", "ORG"), ("Marla", "ORG")],
     "Marla Kessing", "Marla"),
]


@pytest.mark.parametrize("text,labels,full,short", FEATURES)
def test_a_person_tagged_a_firm_is_a_person_with_her_short_name(nlp, text, labels, full, short):
    doc = with_labels(nlp, text, labels)
    ents = DocEntities(doc).entities
    assert ents[full].type == "PERSON"
    assert short not in ents and short in ents[full].aliases


@pytest.mark.parametrize("text,labels,firm", [
    # manufacturing: a firm named like a person, "he" is its unnamed chief
    ("Morgan Halvers reported higher profits. Halvers said it would expand. The chief "
     "executive of Halvers said he expects growth. Halvers shares rose after an analyst said "
     "she liked the plan. Halvers plans to hire 300 workers.",
     [("Morgan Halvers", "ORG"), ("Halvers", "ORG"), ("Halvers", "ORG"), ("Halvers", "ORG"),
      ("Halvers", "ORG")], "Halvers"),
    # banking: a bank named for two founders, quoted through its spokesman
    ("Drexel Whitcombe, the investment bank, advised on the deal. A Whitcombe spokesman said "
     "he could not comment. Whitcombe earned fees, and its chairman said he was pleased. "
     "Whitcombe also advised Brindle Corp.",
     [("Drexel Whitcombe", "ORG"), ("Whitcombe", "ORG"), ("Whitcombe", "ORG"),
      ("Whitcombe", "ORG"), ("Brindle Corp.", "ORG")], "Whitcombe"),
])
def test_a_firm_named_like_a_person_stays_a_firm(nlp, text, labels, firm):
    assert names(nlp, text, labels).get(firm) == "ORG"


@pytest.mark.parametrize("text,speakers", [
    # fitness: a daughter and her mother share a surname
    ("Marla Kessing and her mother, Odette Kessing, teach dance. \"We keep going,\" said Marla "
     "Kessing. \"It keeps us sane,\" said Odette Kessing.",
     {"Marla Kessing", "Odette Kessing"}),
    # farming: two brothers who run one dairy
    ("Tomas Verhoek and his brother Pieter Verhoek run the dairy. \"Milk prices fell,\" said "
     "Tomas Verhoek. \"We sold the herd,\" said Pieter Verhoek.",
     {"Tomas Verhoek", "Pieter Verhoek"}),
    # aviation: a title before the surname still finds the one full name
    ("\"The jet is a niche player,\" said Ada Lindqvist, an editor at Orrin Flight. \"Orders "
     "will come,\" Mr Lindqvist added.", {"Ada Lindqvist"}),
])
def test_a_relative_with_the_same_surname_keeps_her_own_quote(nlp, text, speakers):
    sdoc = nlp(text)
    found = extract_quotes(sdoc, DocEntities(sdoc), Document(text, "test"))
    assert {q.speaker for q in found} == speakers
