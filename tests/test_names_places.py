"""Places out of organization facts, round 8 (issue 9): a city the tagger calls a place stays
one when it acts ("Lyon said", "Nairobi's claim"), unless the text names a firm so
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
    # trade: the capital stands for its government
    ("Nairobi accused Kestrel Foods of fraud. Nairobi's claim seeks $4 million from the grocer.",
     [("Nairobi", "GPE"), ("Kestrel Foods", "ORG"), ("Nairobi", "GPE")], "Nairobi",
     "Kestrel Foods"),
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
    # a telecom supplier and a rival, each named once and tagged a place
    ("Quorn Telecom says Tulsa supplies it with radios.",
     [("Quorn Telecom", "ORG"), ("Tulsa", "GPE")], "Tulsa"),
    ("Larch Mobile competes with Orange in Spain.",
     [("Larch Mobile", "ORG"), ("Orange", "GPE"), ("Spain", "GPE")], "Orange"),
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


@pytest.mark.parametrize("text,labels,place", [
    # local news: a town the tagger calls a person, and its mayor
    ("Wylie Mayor Ann Vale said the pool would reopen. Vale has been Wylie's mayor since 2012.",
     [("Wylie", "PERSON"), ("Ann Vale", "PERSON"), ("Vale", "PERSON"), ("Wylie", "PERSON")],
     "Wylie"),
    # a reader quoted with her home town
    ("Dora Keswick of Manchester said her car sat idle for weeks at Quorn Motors.",
     [("Dora Keswick", "PERSON"), ("Manchester", "PERSON"), ("Quorn Motors", "ORG")],
     "Manchester"),
])
def test_a_town_tagged_a_person_or_holding_an_office_is_no_organization(nlp, text, labels, place):
    assert place not in names(nlp, text, labels)


@pytest.mark.parametrize("text,labels,place,paper", [
    ("Hartford, Conn. — Car batteries are failing. (c)2020 The Hartford Ledger (Hartford, Conn.)",
     [("Hartford", "GPE"), ("Conn.", "GPE"), ("The Hartford Ledger", "ORG"), ("Hartford", "GPE"),
      ("Conn.", "GPE")], "Hartford", "Hartford Ledger"),
    ("Tulsa, Okla. — Farmers sold wheat early. Visit the Tulsa Daily Star (Tulsa, Okla.) online.",
     [("Tulsa", "GPE"), ("Okla.", "GPE"), ("Tulsa Daily Star", "ORG"), ("Tulsa", "GPE"),
      ("Okla.", "GPE")], "Tulsa", "Tulsa Daily Star"),
])
def test_a_city_before_its_state_is_a_place(nlp, text, labels, place, paper):
    found = names(nlp, text, labels)
    assert place not in found
    assert found.get(paper) == "ORG"


@pytest.mark.parametrize("text,labels,place,party", [
    # a campus: the country tagged an organization once
    ("Ann Vale, a professor at the Belgium's University of Larchmont, told Quorn Radio.",
     [("Ann Vale", "PERSON"), ("Belgium", "ORG"), ("University of Larchmont", "ORG"),
      ("Quorn Radio", "ORG")], "Belgium", "University of Larchmont"),
    # a state the tagger skipped, after a senator's name
    ("The letter was signed by Ann Vale of Illinois and Ivo Brandt of Kestrel Foods.",
     [("Ann Vale", "PERSON"), ("Ivo Brandt", "PERSON"), ("Kestrel Foods", "ORG")],
     "Illinois", "Kestrel Foods"),
    # a city's police, tagged a firm
    ("Ivo Brandt, a retired Anaheim police officer, joined Quorn Security in May.",
     [("Ivo Brandt", "PERSON"), ("Anaheim", "ORG"), ("Quorn Security", "ORG")],
     "Anaheim", "Quorn Security"),
])
def test_a_place_tagged_a_firm_or_skipped_is_no_organization(nlp, text, labels, place, party):
    found = names(nlp, text, labels)
    assert place not in found
    assert found.get(party) == "ORG"


@pytest.mark.parametrize("text,labels,person", [
    # politics: a lone surname before "administration"
    ("Vale has promised lower taxes. The Vale administration said the plan would help Quorn "
     "Steel.", [("Vale", "PERSON"), ("Vale", "PERSON"), ("Quorn Steel", "ORG")], "Vale"),
    # mining: "presidency"
    ("Officials of the Keswick presidency met Larch Mining executives on Monday.",
     [("Keswick", "PERSON"), ("Larch Mining", "ORG")], "Keswick"),
])
def test_a_name_before_administration_is_a_leader(nlp, text, labels, person):
    assert names(nlp, text, labels).get(person) == "PERSON"


def test_a_body_tagged_a_firm_before_administration_stays_one(nlp):
    found = names(nlp, "Larch Health administration staff met Quorn Bank on Monday.",
                  [("Larch Health", "ORG"), ("Quorn Bank", "ORG")])
    assert found.get("Larch Health") == "ORG"


@pytest.mark.parametrize("text,labels,place,party", [
    # a war report: a district tagged a person
    ("Rebels attacked a post in Larch Vale District of Avalon Province, Quorn Radio said.",
     [("Larch Vale District", "PERSON"), ("Avalon Province", "GPE"), ("Quorn Radio", "ORG")],
     "Larch Vale District", "Quorn Radio"),
    # farming news
    ("Kestrel Seeds opened a depot in Dorran Prefecture, where Ada Vale grows rice.",
     [("Kestrel Seeds", "ORG"), ("Dorran Prefecture", "PERSON"), ("Ada Vale", "PERSON")],
     "Dorran Prefecture", "Kestrel Seeds"),
])
def test_a_district_tagged_a_person_is_a_place(nlp, text, labels, place, party):
    found = names(nlp, text, labels)
    assert place not in found
    assert found.get(party) == "ORG"
