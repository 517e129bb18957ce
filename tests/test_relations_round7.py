"""Round-7 recall (issue 9), on sentences written for these tests (invented companies, several
industries): "parent company" names an owner like "parent", a name after "competitor" or in
apposition to "platform" is a company whatever the tagger says, and a parent owns its namesake
unit."""
from __future__ import annotations

import pytest

from spacy.tokens import Span

from tieline.extract import extract
from tieline.extract.entities import DocEntities
from tieline.model import SYMMETRIC_TYPES, Document


def triples(nlp, text: str) -> set[tuple[str, str, str]]:
    doc = Document(text=text, source="test", published="2024-05-01")
    out = set()
    for r in extract(doc, nlp(text)).relations:
        head, tail = sorted((r.head, r.tail)) if r.type in SYMMETRIC_TYPES else (r.head, r.tail)
        out.add((r.type, head, tail))
    return out


@pytest.mark.parametrize("text, owner, owned", [
    ("He held executive positions at Brindle Foods parent company Castellan Group before joining.",
     "Castellan Group", "Brindle Foods"),
    ("Shares of Brindle Foods' parent company, Castellan Group, rose on Monday.",
     "Castellan Group", "Brindle Foods"),
    ("Marrow Pharma, the parent company of Tessaly Labs, said revenue rose.",
     "Marrow Pharma", "Tessaly Labs"),
    ("Varden Airlines is the parent company of Skylow Air.", "Varden Airlines", "Skylow Air"),
    ("Pellam Group, Dunrow Air's parent group, reported higher sales.", "Pellam Group", "Dunrow Air"),
])
def test_parent_company_owns(nlp, text, owner, owned):
    assert ("invest", owner, owned) in triples(nlp, text)


@pytest.mark.parametrize("text", [
    "The parent company said revenue rose at Brindle Foods.",
    "Ostrava Holdings hired a former parent company executive from Castellan Group.",
    "Marrow Pharma and its parent company cut jobs.",
])
def test_parent_company_without_both_parties_names_no_owner(nlp, text):
    assert not {t for t in triples(nlp, text) if t[0] == "invest"}


@pytest.mark.parametrize("text, owner, owned", [
    ("Corvane said its US unit, Corvane America, has agreed to buy Pillar Software.",
     "Corvane", "Corvane America"),
    ("Halden Steel said its Nordic subsidiary, Halden Nordic, will close a plant.",
     "Halden Steel", "Halden Nordic"),
])
def test_parent_owns_its_namesake_unit(nlp, text, owner, owned):
    assert ("invest", owner, owned) in triples(nlp, text)


def test_namesake_products_are_still_no_parties(nlp):
    found = triples(nlp, "Mistral AI said Mistral Large competes with rival models.")
    assert not {t for t in found if t[0] in {"invest", "compete", "partner"}}


def tagged(nlp, text: str, name: str, label: str, appos_of: str | None = None) -> str | None:
    """The type given to `name` when the tagger labels it `label` (and, with `appos_of`, when the
    parser reads it as an apposition of that word): the tagger's slips made repeatable."""
    doc = nlp(text)
    tok = next(t for t in doc if t.text == name)
    if appos_of:
        tok.head, tok.dep_ = next(t for t in doc if t.text == appos_of), "appos"
    doc.ents = [e for e in doc.ents if not e.start <= tok.i < e.end] + [
        Span(doc, tok.i, tok.i + 1, label=label)]
    ent = DocEntities(doc).entities.get(name)
    return ent.type if ent else None


@pytest.mark.parametrize("text, name", [
    ("Kestrel Freight has received investment from Tarvo competitor Quillon, which joined the "
     "round.", "Quillon"),
    ("Orbex Media shares fell as investors fled to Lantry parent Vesmo.", "Vesmo"),
])
def test_a_place_label_after_competitor_or_parent_is_a_company(nlp, text, name):
    assert tagged(nlp, text, name, "GPE") == "ORG"


def test_a_place_label_elsewhere_stays_a_place(nlp):
    assert tagged(nlp, "Tarvo opened an office in Quillon last week.", "Quillon", "GPE") != "ORG"


@pytest.mark.parametrize("text, name, descriptor", [
    ("Toller oversaw partnerships at audio-sharing platform Wavely for two years.", "Wavely",
     "platform"),
    ("Lee ran sales at freight-booking startup Carrowby for a decade.", "Carrowby", "startup"),
])
def test_a_name_in_apposition_to_a_company_word_is_a_company(nlp, text, name, descriptor):
    assert tagged(nlp, text, name, "PRODUCT", appos_of=descriptor) == "ORG"
