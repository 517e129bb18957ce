"""Types, round 22 (mended after review): the person-named firm and club rules kept to shapes
that cannot spread to a person or a product, and a product with no maker on either side of an
invest or acquire read without a crash. Every sentence and name is invented; the tagger's labels
are set on the parse (doc.ents)."""
from __future__ import annotations

import pytest

from extracted import relabel, typed_as
from tieline.extract import extract
from tieline.model import Document


def _facts(nlp, text: str, labels: dict, kind: str) -> dict[tuple[str, str], str]:
    sdoc = nlp(text)
    relabel(sdoc, labels)
    found = extract(Document(text=text, source="test", published="2024-05-01"), sdoc).relations
    return {(r.head, r.tail): r.modality for r in found if r.type == kind}


@pytest.mark.parametrize("text, labels", [
    # two products, neither with a maker: the investing side has no firm to stand for it
    ("Zephyr Pro invested in state-backed Skylane.", {"Zephyr Pro": "PRODUCT", "Skylane": "PRODUCT"}),
    ("Zephyr Pro acquired the Orvane-owned Skylane.",
     {"Zephyr Pro": "PRODUCT", "Orvane": "ORG", "Skylane": "PRODUCT"}),
])
def test_product_head_with_no_maker_gives_nothing_and_does_not_crash(nlp, text, labels):
    for kind in ("invest", "acquire"):
        assert not any(head == "Zephyr Pro" for head, _ in _facts(nlp, text, labels, kind))


@pytest.mark.parametrize("text, labels, pair", [
    # sports verbs read as stakes once a club is typed a firm: no club rule, no such stake
    ("Harlow Rovers held Dunmore United to a goalless draw.",
     {"Harlow Rovers": "PERSON", "Dunmore United": "PERSON"}, ("Harlow Rovers", "Dunmore United")),
    ("Ned Orr refused to commit his future to Kelby Athletic.",
     {"Ned Orr": "PERSON", "Kelby Athletic": "PERSON"}, ("Ned Orr", "Kelby Athletic")),
])
def test_no_stake_from_a_match_or_a_players_future(nlp, text, labels, pair):
    assert pair not in _facts(nlp, text, labels, "invest")


def test_a_plural_product_is_no_club(nlp):
    text = "Quillfield sold 300 Skylane Rovers to Kestrel Foods last year."
    labels = {"Quillfield": "ORG", "Skylane Rovers": "PRODUCT", "Kestrel Foods": "ORG"}
    assert ("Quillfield", "Kestrel Foods") in _facts(nlp, text, labels, "supply")


def test_a_place_ending_in_a_club_word_stays_a_place(nlp):
    text = "The plant in West Albion will close, Kestrel Foods said. West Albion has 4,000 people."
    assert typed_as(nlp, text, {"West Albion": "GPE", "Kestrel Foods": "ORG"}).get("West Albion") != "ORG"


def test_short_form_stays_with_the_full_name(nlp):
    # the tagger reads the short form as a person; typed a firm alone, the full name would
    # leave "Boyd" a person of its own holding the stake, so the text keeps both one name
    text = ("Ann Vale, chief executive of Harlan Boyd, said the firm would grow. Boyd bought a "
            "stake in Kestrel Foods last year.")
    labels = {"Harlan Boyd": "PERSON", "Boyd": "PERSON", "Kestrel Foods": "ORG"}
    facts = _facts(nlp, text, labels, "invest")
    assert ("Boyd", "Kestrel Foods") not in facts
    assert "Boyd" not in typed_as(nlp, text, labels)


@pytest.mark.parametrize("text", [
    # the founder is named as a person beside the firm of his name: no retyping
    "Harlan Boyd, the designer, sold his stake in Harlan Boyd in 2019. Ann Vale, chief executive "
    "of Harlan Boyd, said sales rose. Harlan Boyd now lives in Kestrel Bay and advises Trellis "
    "Analytics.",
    "Ann Vale, chief executive at Harlan Boyd, said sales rose. Harlan Boyd said he was proud of "
    "the shops and advises Trellis Analytics.",
])
def test_a_name_the_text_also_gives_a_person_is_not_retyped(nlp, text):
    labels = {"Harlan Boyd": "PERSON", "Trellis Analytics": "ORG"}
    assert typed_as(nlp, text, labels)["Harlan Boyd"] == "PERSON"
    assert ("Harlan Boyd", "Trellis Analytics") not in _facts(nlp, text, labels, "supply")

