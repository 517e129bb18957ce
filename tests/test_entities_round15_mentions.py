"""Mentions, round 15: a name the tagger labels a product is a firm where it says, buys, hires
or sues ("Maersk said", "X to buy Y"), unless the text states it is a product (its maker, "its
chatbot, X"); and a known place before "-based" is where a firm sits, never a firm, so "the
Lyon-based group" is free to stand for the firm named before it.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind, typed_as


def _typed(nlp, text: str, name: str, label: str = "PRODUCT") -> dict[str, str]:
    return typed_as(nlp, text, {name: label})


@pytest.mark.parametrize("text,name", [
    # shipping, retail, software
    ("Tarvik said on Monday that it had agreed to buy Harlow Foods. Tarvik will pay $2 billion.",
     "Tarvik"),
    ("Tarvik to buy Harlow Foods. Tarvik hired 300 engineers last year, Tarvik said.", "Tarvik"),
    ("Skyra sued Pellam Group over a patent. Skyra told a court it lost sales.", "Skyra"),
])
def test_a_product_label_that_acts_is_a_firm(nlp, text, name):
    assert _typed(nlp, text, name)[name] == "ORG"


@pytest.mark.parametrize("text,name", [
    # what a product does: it runs, sells, crashes; no speech, no purchase
    ("Skyra runs on most phones. Skyra sold two million copies, and Skyra crashed twice.",
     "Skyra"),
    # a stated product keeps its type even where a sentence makes it speak
    ("Pellam Group launched its chatbot, Skyra, in May. Skyra said the answer was 42. Skyra "
     "ran on phones.", "Skyra"),
])
def test_a_product_that_does_not_act_stays_a_product(nlp, text, name):
    assert _typed(nlp, text, name)[name] == "PRODUCT"


@pytest.mark.parametrize("text,kind,fact", [
    # textiles, banking
    ("Marlow Textiles reported higher sales. Ferrand Capital bought a stake in the Lyon-based "
     "group.", "invest", ("Ferrand Capital", "Marlow Textiles")),
    ("Corwin Bank lends to farmers. Pellam Group bought a stake in the Milan-based lender last "
     "year.", "invest", ("Pellam Group", "Corwin Bank")),
    # airlines
    ("Halcyon Airways cut fares. The Lyon-based airline signed a partnership with Tessaro Rail.",
     "partner", ("Halcyon Airways", "Tessaro Rail")),
])
def test_a_based_description_binds(nlp, text, kind, fact):
    assert fact in of_kind(nlp, text, kind) or fact[::-1] in of_kind(nlp, text, kind)


@pytest.mark.parametrize("text,name", [
    # "X-based" of a product or a field names no place
    ("Quorra Systems sells Android-based tablets. Android is made by Pellam Group.", "Android"),
])
def test_only_a_known_place_before_based_is_a_place(nlp, text, name):
    assert _typed(nlp, text, name, "ORG").get(name) != "GPE"


def test_a_based_place_is_no_firm(nlp):
    types = _typed(nlp, "Ferrand Capital bought a stake in the Lyon-based group.", "Lyon", "ORG")
    assert types.get("Lyon") in {None, "GPE"}

