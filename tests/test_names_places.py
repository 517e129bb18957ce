"""Places out of organization facts, round 8 (issue 9): a city or US state the tagger calls a
place stays one when it acts ("Lyon said", "Ohio's lawsuit"), unless the text names a firm so
("Modesto's chief executive", "Tacoma" beside "Tacoma & Reyes"); a country tagged a person once
is still a country.

Every sentence is invented (firms and people too; the places are real, as the gazetteer knows
them); where a rule corrects a tagger error, the error is set on the parse (doc.ents).
"""
from __future__ import annotations

import pytest
from spacy.tokens import Span

from tieline.extract.entities import DocEntities


def names(nlp, text, labels):
    """Entity types of text whose tagger entities are set by (words, label) pairs, one pair per
    occurrence in order (a name may be tagged differently at each mention)."""
    doc = nlp(text)
    spans, taken = [], set()
    for words, label in labels:
        n = len(nlp.make_doc(words))
        k = next(k for k in range(len(doc) - n + 1)
                 if doc[k:k + n].text == words and not taken & set(range(k, k + n)))
        spans.append(Span(doc, k, k + n, label=label))
        taken |= set(range(k, k + n))
    doc.ents = sorted(spans, key=lambda s: s.start)
    return {n: e.type for n, e in DocEntities(doc).entities.items()}


@pytest.mark.parametrize("text,labels,place,party", [
    # local politics: the city stands for its council
    ("Lyon said on Monday it would close its schools. Critics attacked Lyon's decision, and "
     "Brantly Mills said the closure would hurt its staff.",
     [("Lyon", "GPE"), ("Lyon", "GPE"), ("Brantly Mills", "ORG")], "Lyon", "Brantly Mills"),
    # trade: the state stands for its attorney general
    ("Ohio accused Kestrel Foods of fraud. Ohio's lawsuit seeks $4 million from the grocer.",
     [("Ohio", "GPE"), ("Kestrel Foods", "ORG"), ("Ohio", "GPE")], "Ohio", "Kestrel Foods"),
])
def test_a_city_or_state_that_acts_is_no_organization(nlp, text, labels, place, party):
    found = names(nlp, text, labels)
    assert place not in found
    assert found.get(party) == "ORG"


@pytest.mark.parametrize("text,labels,firm", [
    # a law firm's short name is a city's
    ("Ann Vale, a partner at Tacoma & Reyes, left in May. Tacoma said her clients would stay. "
     "Tacoma hired two lawyers.",
     [("Ann Vale", "PERSON"), ("Tacoma & Reyes", "ORG"), ("Tacoma", "GPE"), ("Tacoma", "GPE")],
     "Tacoma & Reyes"),
    # a haulier's
    ("Fresno Freight Lines cut its rates. Fresno said demand fell, and Fresno will sell trucks.",
     [("Fresno Freight Lines", "ORG"), ("Fresno", "GPE"), ("Fresno", "GPE")],
     "Fresno Freight Lines"),
])
def test_a_city_name_that_opens_a_firms_name_is_its_short_name(nlp, text, labels, firm):
    found = names(nlp, text, labels)
    assert found.get(firm) == "ORG"
    assert found.get(firm.split()[0]) in (None, "ORG")  # grouped under the firm, or a firm


@pytest.mark.parametrize("text,labels,firm", [
    ("Modesto's chief executive Ann Vale said Modesto would cut 300 jobs.",
     [("Modesto", "GPE"), ("Ann Vale", "PERSON"), ("Modesto", "GPE")], "Modesto"),
    ("Shares of Tulsa rose after Tulsa's finance director Ivo Brandt said sales grew.",
     [("Tulsa", "GPE"), ("Tulsa", "GPE"), ("Ivo Brandt", "PERSON")], "Tulsa"),
])
def test_a_city_name_with_a_firms_cue_stays_a_firm(nlp, text, labels, firm):
    assert names(nlp, text, labels).get(firm) == "ORG"


@pytest.mark.parametrize("text,labels,place", [
    ("Decoupling Germany from Avalon Grid would be costly. Germany relies on the grid, and "
     "Germany buys its power.",
     [("Germany", "PERSON"), ("Avalon Grid", "ORG"), ("Germany", "GPE"), ("Germany", "GPE")],
     "Germany"),
    ("Leaving Brazil to Quorn Bank is risky. Brazil owes the bank $2 billion.",
     [("Brazil", "PERSON"), ("Quorn Bank", "ORG"), ("Brazil", "GPE")], "Brazil"),
])
def test_a_country_tagged_a_person_once_stays_a_place(nlp, text, labels, place):
    assert place not in names(nlp, text, labels)
