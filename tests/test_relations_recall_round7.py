"""Round-7 recall (issue 9), on sentences written for these tests (invented companies, several
industries): "parent company" names an owner like "parent", a name after "competitor" or in
apposition to "platform" is a company whatever the tagger says, a parent owns its namesake
unit, "a contest between A and B" and "turn A into a rival to B" are competition, and
"Acme CFO Ann Lee" is a firm, a title and a person however the tagger ran them together."""
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


@pytest.mark.parametrize("text, pair", [
    ("The fight is part of a larger contest between Kestrel Freight and Orbex Logistics to win "
     "the port contract.", ("Kestrel Freight", "Orbex Logistics")),
    ("Quillon Pharma's contest with Marrow Labs for hospital buyers is heating up.",
     ("Marrow Labs", "Quillon Pharma")),
])
def test_a_contest_between_companies_is_competition(nlp, text, pair):
    assert ("compete", *pair) in triples(nlp, text)


@pytest.mark.parametrize("text", [
    "Orbex Media won a song contest in 2019.",
    "The contest between Joe Biden and Donald Trump was close.",
    "The leadership contest between the Labour Party and the Conservative Party heated up.",
])
def test_other_contests_are_no_market_rivalry(nlp, text):
    assert not {t for t in triples(nlp, text) if t[0] == "compete"}


@pytest.mark.parametrize("text, fact", [
    ("The deal would turn Quillon Pharma into a rival to Marrow Labs in cancer drugs.",
     ("compete", "Marrow Labs", "Quillon Pharma")),
    ("The purchase turns Kestrel Freight into a major supplier to Orbex Logistics.",
     ("supply", "Kestrel Freight", "Orbex Logistics")),
])
def test_what_a_deal_turns_a_company_into(nlp, text, fact):
    assert fact in triples(nlp, text)


def test_money_put_into_a_rival_makes_the_investor_no_rival(nlp):
    found = triples(nlp, "Investors at Tarvo Capital poured money into a competitor to Marrow Labs.")
    assert not {t for t in found if t[0] == "compete"}


@pytest.mark.parametrize("text, firm, person", [
    ("Shares of Orvane rose after Orvane reported higher sales. Orvane CFO Tarek Lindqvist said "
     "the deal with Pellam Group would close soon.", "Orvane", "Tarek Lindqvist"),
    ("Marrow Labs shares fell after Marrow Labs cut its forecast. Marrow Labs CFO Ines Varga said "
     "costs rose.", "Marrow Labs", "Ines Varga"),
])
def test_a_title_between_a_firm_and_a_person_splits_the_name(nlp, text, firm, person):
    assert ("employ", firm, person) in triples(nlp, text)


def test_a_title_inside_an_office_name_splits_nothing(nlp):
    found = triples(nlp, "Kestrel said profit fell. The Kestrel CFO Office said the deal would "
                         "close soon.")
    assert not {t for t in found if t[0] == "employ"}


def test_an_aside_after_a_role_describes_the_roles_firm(nlp):
    found = triples(nlp, "“Demand is strong,” said Ann Lorne, chief executive officer of Castellan "
                         "Group, parent company of Brindle Foods and Quenby Bakeries, on Monday.")
    invests = {t for t in found if t[0] == "invest"}
    assert ("invest", "Castellan Group", "Brindle Foods") in invests
    assert not {t for t in invests if t[1] == "Ann Lorne"}
