"""develop (round 19): a maker known only as the first word of a product's name ("Acme Cloud")
is a company only when the text writes it as a party somewhere: a clause's subject, a possessor,
a preposition's object ("built by Acme", "a deal with Acme"), an apposition, a staff word's
modifier ("Acme founder Ann Lee") or a description bound to it ("praised the company"). A first
word written only as a modifier ("Zyphon games", "Varex inhibitors", "Technova magazine") is a
product, a drug class or a fair, and a first word the
tagger mostly calls a person (over twice as often as a firm) is a player ("Moreno 107" in a
list of goals): no develop fact.

The tagger calls well-known firms ORG and their products PRODUCT; invented names are labelled
so here (games, drugs, trade fairs, football, payments, ride hailing). Every name is invented."""
from __future__ import annotations

from types import SimpleNamespace

import pytest
from spacy.tokens import Span

from tieline.extract import extract
from tieline.extract.relations.makers import acts_as_firm
from tieline.model import Document


def develop(nlp, text: str, labels: dict[str, str]) -> set[tuple[str, str]]:
    """(maker, product) of every develop fact, with each name labelled as given; longer names
    are labelled first, so "Zyphon" inside "Zyphon Live" is left to the longer name (unlike
    extracted.typed_as, which labels every occurrence)."""
    sdoc = nlp(text)
    spans, taken = [], set()
    for name, label in sorted(labels.items(), key=lambda item: -len(item[0].split())):
        words, k = name.split(), 0
        while k < len(sdoc):
            here = set(range(k, k + len(words)))
            if [t.text for t in sdoc[k:k + len(words)]] == words and not taken & here:
                spans.append(Span(sdoc, k, k + len(words), label=label))
                taken |= here
                k += len(words)
            else:
                k += 1
    others = [e for e in sdoc.ents if not any(e.start < s.end and s.start < e.end for s in spans)]
    sdoc.ents = sorted(others + spans, key=lambda e: e.start)
    return {(r.head, r.tail) for r in extract(Document(text=text, source="test"), sdoc).relations
            if r.type == "develop"}


@pytest.mark.parametrize("text, labels, pair", [
    ("Gamers logged 10 million hours on Zyphon Live last month. Zyphon games sold well in "
     "Europe, and Zyphon consoles were scarce.",
     {"Zyphon": "ORG", "Zyphon Live": "PRODUCT"}, ("Zyphon", "Zyphon Live")),
    ("Patients who take Varex Rx should see a doctor. Varex inhibitors lower blood pressure in "
     "most adults.", {"Varex": "ORG", "Varex Rx": "PRODUCT"}, ("Varex", "Varex Rx")),
    ("The Technova Expo site went offline on Tuesday. Technova magazine readers complained "
     "about the queues.", {"Technova": "ORG", "Technova Expo": "PRODUCT"},
     ("Technova", "Technova Expo")),
])
def test_a_maker_never_written_as_a_firm_makes_nothing(nlp, text, labels, pair):
    assert pair not in develop(nlp, text, labels)


@pytest.mark.parametrize("text, labels, pair", [
    ("Gamers logged 10 million hours on Zyphon Live last month. Zyphon said its console sales "
     "rose by a third.", {"Zyphon": "ORG", "Zyphon Live": "PRODUCT"}, ("Zyphon", "Zyphon Live")),
    ("Users can now pay with Veyra Pay in 30 countries. Veyra founder Ann Lee said fees would "
     "stay low.", {"Veyra": "ORG", "Veyra Pay": "PRODUCT", "Ann Lee": "PERSON"},
     ("Veyra", "Veyra Pay")),
    ("Shoppers can pay with Halvorsen Pay at 400 stores. Halvorsen's shares rose 4%.",
     {"Halvorsen": "ORG", "Halvorsen Pay": "PRODUCT"}, ("Halvorsen", "Halvorsen Pay")),
    ("Drivers can book rides on Corvel Go in six cities. The app was built by Corvel in 2019.",
     {"Corvel": "ORG", "Corvel Go": "PRODUCT"}, ("Corvel", "Corvel Go")),
    ("Viewers can stream Norwave Plus on most phones. Rival studios signed deals with Norwave "
     "last year.", {"Norwave": "ORG", "Norwave Plus": "PRODUCT"}, ("Norwave", "Norwave Plus")),
    # a description bound to the maker, written as an object (not a subject)
    ("Gamers logged 10 million hours on Zyphon Live last month. Zyphon games sold well, and "
     "analysts praised the company.", {"Zyphon": "ORG", "Zyphon Live": "PRODUCT"},
     ("Zyphon", "Zyphon Live")),
    ("Users can now pay with Veyra Pay in 30 countries. Veyra fees stay low, and regulators "
     "have cleared the company.", {"Veyra": "ORG", "Veyra Pay": "PRODUCT"}, ("Veyra", "Veyra Pay")),
])
def test_a_maker_written_as_a_firm_still_makes_its_product(nlp, text, labels, pair):
    assert pair in develop(nlp, text, labels)


def _mention(name, label, dep="nsubj", kind="name"):
    head = SimpleNamespace(dep_="ROOT", lower_="scored")
    root = SimpleNamespace(ent_type_=label, dep_=dep, head=head)
    return SimpleNamespace(name=name, kind=kind, root=root)


def test_a_maker_the_tagger_mostly_calls_a_person_is_a_player():
    """"Goals: Moreno 34, Kovac 78, Moreno 107. ... Moreno scored": a subject, but a person's."""
    player = SimpleNamespace(mentions=[_mention("Moreno", "PERSON"), _mention("Moreno", "PERSON"),
                                       _mention("Moreno", "PERSON"),
                                       _mention("Moreno", "ORG", dep="poss")])
    assert not acts_as_firm("Moreno", player)
    firm = SimpleNamespace(mentions=[_mention("Moreno", "PERSON"), _mention("Moreno", "PERSON"),
                                     _mention("Moreno", "ORG", dep="poss")])
    assert acts_as_firm("Moreno", firm)
