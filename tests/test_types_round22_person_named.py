"""Types, round 22: organizations the tagger reads as a person's name.

- "chief executive at Harlan Boyd": a firm named after its founder fills the slot of a post
  only an organization gives, so it is a firm (unless the text also writes the name as a
  person's: see test_types_round22_person_named_mended.py).
- (the club-word rule this round first added was removed on review: typed a firm, a club made
  stakes of match reports, and the words caught places and plural product names)

Every sentence and name is invented; the tagger's error is set on the parse (doc.ents).
"""
from __future__ import annotations

import pytest

from extracted import of_kind, typed_as


@pytest.mark.parametrize("text,name", [
    # a tractor maker, an outfitter, a bank
    ("Harlan Boyd has signed a deal with Quillfield. Ann Vale, chief executive at Harlan Boyd, "
     "said the pact would last ten years. Harlan Boyd said it would hire.", "Harlan Boyd"),
    ("Ellis Marlow opened two stores. Bo Park, the founder of Ellis Marlow, said Ellis Marlow "
     "would open more.", "Ellis Marlow"),
    ("Tom Lake, an economist at Garrow Finch, said rates would fall. Garrow Finch has lent "
     "heavily to builders.", "Garrow Finch"),
])
def test_firm_in_a_firm_post_slot(nlp, text, name):
    assert typed_as(nlp, text, {name: "PERSON"})[name] == "ORG"


@pytest.mark.parametrize("text,name", [
    # a person's spokesman or adviser, a film's director: no firm
    ("Ann Vale, a spokesman for Harlan Boyd, said he would run again. Harlan Boyd said he "
     "was grateful.", "Harlan Boyd"),
    ("Bo Park, an adviser to Harlan Boyd, said Harlan Boyd would sign the bill.", "Harlan Boyd"),
    # a person named in a quote, and one whose possessive precedes a post
    ("\"Harlan Boyd is a fine coach,\" said Ann Vale, chief executive of Quillfield Foods. "
     "Harlan Boyd said he was pleased.", "Harlan Boyd"),
    ("Harlan Boyd's chief of staff, Ann Vale, said Harlan Boyd would stand again.", "Harlan Boyd"),
])
def test_person_near_a_post_stays_a_person(nlp, text, name):
    assert typed_as(nlp, text, {name: "PERSON"})[name] == "PERSON"


def test_owner_modified_product_gives_no_stake_in_its_pronoun_maker(nlp):
    # once the firm is typed right, "its" in "to use its Skylane" may bind to the subject; the
    # hyphened owner names the product's own owner, so no stake in that subject follows
    text = ("Halvorsen Marine has signed a deal with Orvane to use its Skylane network. "
            "Orvane-owned Skylane announced the deal on Monday.")
    assert ("Orvane", "Halvorsen Marine") not in of_kind(nlp, text, "invest")


def test_owner_modified_firm_keeps_its_stake(nlp):
    text = "Kestrel Foods signed a supply deal with the Orvane-owned Halvorsen Marine on Monday."
    assert ("Orvane", "Halvorsen Marine") in of_kind(nlp, text, "invest")
