"""Mentions, round 15: a name the tagger labels a product is a firm where it says, buys, hires
or sues ("Maersk said", "X to buy Y"), unless the text states it is a product (its maker, "its
chatbot, X"); and a known place before "-based" is where a firm sits, never a firm, so "the
Lyon-based group" is free to stand for the firm named before it.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest
from spacy.tokens import Span

from extracted import of_kind
from tieline.extract.entities import DocEntities


def _typed(nlp, text: str, name: str, label: str = "PRODUCT") -> dict[str, str]:
    """Types of the names of text, with every occurrence of `name` labelled `label` by the
    tagger (the shape the tagger gives some firms' names)."""
    sdoc = nlp(text)
    spans, k = [], 0
    words = name.split()
    while k < len(sdoc):
        if [t.text for t in sdoc[k:k + len(words)]] == words:
            spans.append(Span(sdoc, k, k + len(words), label=label))
            k += len(words)
        else:
            k += 1
    others = [e for e in sdoc.ents if not any(e.start < s.end and s.start < e.end for s in spans)]
    sdoc.ents = sorted(others + spans, key=lambda e: e.start)
    ents = DocEntities(sdoc)
    return {e.name: e.type for e in ents.entities.values()}


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

