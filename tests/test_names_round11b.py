"""Name bounds, round 11 (second pass): a shop named for its owner and two trades ("Bella's
Salon and Spa") is one name, and a common noun opening a sentence or a quote ("Kites sell
...") is no firm.

Every sentence and name is invented; the tagger's labels are set on the parse (doc.ents) so
the tests do not depend on what the small model happens to say.
"""
from __future__ import annotations

import pytest

from test_names_round3 import names


@pytest.mark.parametrize("text,labels,whole,pieces", [
    # beauty
    ("Kim Lovell, the owner of Bella's Salon and Spa, said bookings had fallen by half.",
     [("Kim Lovell", "PERSON"), ("Bella's Salon and Spa", "ORG")],
     "Bella's Salon and Spa", ["Spa", "Bella"]),
    # restaurants
    ("Jo Hart, who owns Dunny's Crabs & Ribs, said the restaurant would reopen.",
     [("Jo Hart", "PERSON"), ("Dunny's Crabs & Ribs", "ORG")],
     "Dunny's Crabs & Ribs", ["Ribs", "Dunny"]),
    # hardware
    ("Omar Reed, manager of Kettle's Paint and Timber, said prices rose.",
     [("Omar Reed", "PERSON"), ("Kettle's Paint and Timber", "ORG")],
     "Kettle's Paint and Timber", ["Timber", "Kettle"]),
])
def test_an_owners_shop_of_two_trades_is_one_name(nlp, text, labels, whole, pieces):
    found = names(nlp, text, labels)
    assert found.get(whole) == "ORG"
    assert not set(pieces) & set(found)


def test_a_firm_ending_before_and_stays_apart(nlp):
    text = "Shoppers at Dell's Club and Marrowmart paid more for eggs."
    found = names(nlp, text, [("Dell's Club and Marrowmart", "ORG")])
    assert "Dell's Club and Marrowmart" not in found


def test_a_possessed_pair_stays_two_when_the_second_stands_alone(nlp):
    text = ("Ferro's Alpha and Beta were launched on Monday. Beta sold well in its first week, "
            "and Beta is now sold in Avalon.")
    found = names(nlp, text, [("Ferro's Alpha and Beta", "ORG")])
    assert "Ferro's Alpha and Beta" not in found


@pytest.mark.parametrize("text,labels,word", [
    # hobbies
    ("\"Kites sell this idea of freedom better than anything,\" said Omar Reed, a maker in "
     "Dover. He has built kites for ten years.",
     [("Kites", "ORG"), ("Omar Reed", "PERSON"), ("Dover", "GPE")], "Kites"),
    # farming
    ("Compost is a source of cheap fertiliser, said Lena Ortiz of Vantor Labs. Most compost "
     "is sold in bags.",
     [("Compost", "ORG"), ("Lena Ortiz", "PERSON"), ("Vantor Labs", "ORG")], "Compost"),
])
def test_a_common_noun_opening_a_sentence_is_no_firm(nlp, text, labels, word):
    assert word not in names(nlp, text, labels)


@pytest.mark.parametrize("text,labels,firm", [
    # a firm written mid-sentence too, though the text uses its word in lower case
    ("Marlowe is raising prices. Shoppers at Marlowe said the marlowe cake was dear.",
     [("Marlowe", "ORG"), ("Marlowe", "ORG")], "Marlowe"),
    # a firm opening a sentence whose word the text never writes in lower case
    ("Tarnish said on Monday that it would cut 200 jobs at its plant.",
     [("Tarnish", "ORG")], "Tarnish"),
])
def test_a_firm_opening_a_sentence_stays_a_firm(nlp, text, labels, firm):
    assert names(nlp, text, labels).get(firm) == "ORG"
