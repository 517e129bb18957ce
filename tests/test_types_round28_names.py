"""Types and names, round 28: ends lost because a name was never found, or typed a person.

- a firm named like a person in a firm post's slot ("chief executive at Harlan Boyd") is no
  longer kept a person by a given name it shares with another person ("Harlan Lee") nor by a
  short form the tagger itself reads as a firm's ("Boyd didn't respond");
- "X signed a deal with Y to use its network": "its" is Y's, whose network is used;
- a name the tagger labels a place (or skips), coordinated with a firm's name, is a firm;
- a name the tagger skips after a place's possessive and before a firm's descriptor
  ("Germany's Orvane, parent company of ...") is a firm.

Every firm and person is invented; the tagger's labels are set on the parse (doc.ents).
"""
from __future__ import annotations

import pytest

from extracted import of_kind, relabel, typed_as
from tieline.extract import extract
from tieline.extract.entities import DocEntities
from tieline.extract.entities.national_firms import national_firms
from tieline.model import Document


def _facts(nlp, text: str, labels: dict, kind: str) -> dict[tuple[str, str], str]:
    sdoc = nlp(text)
    relabel(sdoc, labels)
    found = extract(Document(text=text, source="test", published="2024-05-01"), sdoc).relations
    return {(r.head, r.tail): r.modality for r in found if r.type == kind}


def _unlabelled(*names: str):
    """A rewire that drops the tagger's entities over the names: a name it skipped."""
    def rewire(sdoc):
        sdoc.ents = [e for e in sdoc.ents if not any(n in e.text for n in names)]
    return rewire


# ---- a person-like firm in a firm post's slot ------------------------------------------------

@pytest.mark.parametrize("text, labels, name", [
    # a tractor maker whose chief shares its given name
    ("Farm machinery maker Harlan Boyd has signed a deal with Quillfield. Harlan Lee, chief "
     "executive at Harlan Boyd, said the pact would last ten years.",
     {"Harlan Boyd": "PERSON", "Harlan Lee": "PERSON", "Quillfield": "ORG"}, "Harlan Boyd"),
    # a fashion house whose founder shares its given name
    ("Ellis Marlow opened two stores in May. Ellis Park, the founder of Ellis Marlow, said "
     "sales rose.", {"Ellis Marlow": "PERSON", "Ellis Park": "PERSON"}, "Ellis Marlow"),
    # the short form alone, read as a firm's by the tagger
    ("Ann Vale, chief executive at Garrow Finch, said lending rose. Garrow did not respond to "
     "questions.", {"Garrow Finch": "PERSON", "Garrow": "ORG", "Ann Vale": "PERSON"}, "Garrow Finch"),
])
def test_shared_given_name_or_firm_short_form_keeps_no_person(nlp, text, labels, name):
    assert typed_as(nlp, text, labels)[name] == "ORG"


def test_retyped_firm_employs_its_chief(nlp):
    text = ("Farm machinery maker Harlan Boyd has signed a deal with Quillfield. Harlan Lee, chief "
            "executive at Harlan Boyd, said the pact would last ten years.")
    labels = {"Harlan Boyd": "PERSON", "Harlan Lee": "PERSON", "Quillfield": "ORG"}
    assert ("Harlan Boyd", "Harlan Lee") in _facts(nlp, text, labels, "employ")


@pytest.mark.parametrize("text, labels, name", [
    # the given name alone, read as a person's: the founder may be meant
    ("Ellis Park, the founder of Ellis Marlow, said sales rose. Ellis said she was proud.",
     {"Ellis Marlow": "PERSON", "Ellis Park": "PERSON", "Ellis": "PERSON"}, "Ellis Marlow"),
    # the short form alone, read as a person's
    ("Ann Vale, chief executive at Garrow Finch, said lending rose. Garrow declined to comment.",
     {"Garrow Finch": "PERSON", "Garrow": "PERSON", "Ann Vale": "PERSON"}, "Garrow Finch"),
    # a person's spokesman: no firm post, whatever other names share
    ("Harlan Lee, a spokesman for Harlan Boyd, said he would run again.",
     {"Harlan Boyd": "PERSON", "Harlan Lee": "PERSON"}, "Harlan Boyd"),
])
def test_person_reading_elsewhere_keeps_the_person(nlp, text, labels, name):
    assert typed_as(nlp, text, labels)[name] == "PERSON"


# ---- "a deal with Y to use its Z" ------------------------------------------------------------

@pytest.mark.parametrize("text, user, owner, product", [
    ("Halvorsen Marine has signed a deal with Orvane to use its Skylane satellite network.",
     "Halvorsen Marine", "Orvane", "Skylane"),
    ("Kestrel Foods signed an agreement with Trellis Analytics to use its Pellor forecasting "
     "software.", "Kestrel Foods", "Trellis Analytics", "Pellor"),
])
def test_its_in_a_deal_to_use_is_the_other_sides(nlp, text, user, owner, product):
    assert of_kind(nlp, text, "use").get((user, owner)) == "asserted"
    assert (owner, product) in of_kind(nlp, text, "develop")
    assert (user, product) not in of_kind(nlp, text, "develop")


@pytest.mark.parametrize("text, firm, other, product", [
    # selling its own goods through the other side: the seller's
    ("Kestrel Foods signed a deal with Orvane to sell its Brambleway yogurts in Orvane stores.",
     "Kestrel Foods", "Orvane", "Brambleway"),
    # no deal with anyone: the subject's own
    ("Halvorsen Marine plans to use its Skylane network across the fleet, Orvane said.",
     "Halvorsen Marine", "Orvane", "Skylane"),
    # licensing goes both ways (a maker licenses its own goods out): no side is read
    ("Kestrel Foods signed an agreement with Trellis Analytics to license its Pellor software.",
     "Kestrel Foods", "Trellis Analytics", "Pellor"),
])
def test_its_stays_with_the_subject_outside_that_shape(nlp, text, firm, other, product):
    assert (other, product) not in of_kind(nlp, text, "develop")
    assert (firm, other) not in of_kind(nlp, text, "use")


def test_its_own_is_the_subjects(nlp):
    text = "Halvorsen Marine signed a deal with Orvane to use its own Skylane barges."
    assert ("Orvane", "Skylane") not in of_kind(nlp, text, "develop")


# ---- a place-labelled name listed with a firm ------------------------------------------------

@pytest.mark.parametrize("text, labels, name", [
    # a dairy's suppliers, a chip consortium
    ("Brambleway Dairy buys its milk from Kestrel Foods and Telvik, the company said.",
     {"Brambleway Dairy": "ORG", "Kestrel Foods": "ORG", "Telvik": "GPE"}, "Telvik"),
    ("Companies like Trellis Analytics and Quarrow are expected to join the venture.",
     {"Trellis Analytics": "ORG", "Quarrow": "GPE"}, "Quarrow"),
    # listed first, before a name with an organization word the tagger read as a person's
    ("Earlier this year, Brambleway also received a $216 million investment from Quarrow and "
     "Orvane Global.", {"Quarrow": "GPE", "Orvane Global": "PERSON"}, "Quarrow"),
])
def test_place_label_listed_with_a_firm_is_a_firm(nlp, text, labels, name):
    assert typed_as(nlp, text, labels)[name] == "ORG"


def test_listed_with_a_firm_gives_its_facts(nlp):
    text = "Halvorsen Marine buys steel from Trellis Steel and Quarrow, the company said."
    labels = {"Halvorsen Marine": "ORG", "Trellis Steel": "ORG", "Quarrow": "GPE"}
    assert ("Quarrow", "Halvorsen Marine") in _facts(nlp, text, labels, "supply")


@pytest.mark.parametrize("text, labels, name", [
    # two places listed together: no firm among them
    ("Kestrel Foods opened stores in Larchmont and Quarrow last year.",
     {"Kestrel Foods": "ORG", "Larchmont": "GPE", "Quarrow": "GPE"}, "Quarrow"),
    # a known country listed with a firm stays a country
    ("Trade between Orvane Capital and Germany rose, the bank said.",
     {"Orvane Capital": "ORG", "Germany": "GPE"}, "Germany"),
    # one shop's name the tagger cut in two, after a singular noun that describes one name
    ("Ann Vale of gift shop Bramble and Thistle said sales rose.",
     {"Ann Vale": "PERSON", "Bramble": "GPE", "Thistle": "ORG"}, "Bramble"),
    # listed with a place whose name holds an organization word
    ("Ann Vale, Orvane Bank's director for the West Bank and Quarrow, spoke on Monday.",
     {"Ann Vale": "PERSON", "Orvane Bank": "ORG", "West Bank": "GPE", "Quarrow": "GPE"}, "Quarrow"),
    # listed with a person, not a firm
    ("Ann Vale and Quarrow welcomed the ruling on Monday.",
     {"Ann Vale": "PERSON", "Quarrow": "GPE"}, "Quarrow"),
])
def test_place_label_without_a_listed_firm_stays(nlp, text, labels, name):
    assert typed_as(nlp, text, labels).get(name, "GPE") != "ORG"


# ---- a place's possessive, a skipped name, a firm's descriptor -------------------------------

@pytest.mark.parametrize("text, name", [
    ("Quillfield set a deal with Germany’s Orvane, parent company of Kestrel Books, to sell "
     "Brisk Press for $2 billion.", "Orvane"),
    ("Kestrel Foods sold its dairy unit to Norway's Brambleway, a food company, in 2021.",
     "Brambleway"),
    ("Norway's Telvik, the telecoms operator, signed a deal with Halvorsen Marine on Monday.",
     "Telvik"),
])
def test_skipped_name_after_a_place_and_before_a_descriptor_is_a_firm(nlp, text, name):
    assert typed_as(nlp, text, {}, rewire=_unlabelled(name))[name] == "ORG"


@pytest.mark.parametrize("text, name", [
    ("Quillfield set a deal with Germany’s Orvane, parent company of Kestrel Books, to sell "
     "Brisk Press for $2 billion.", "Orvane"),
    ("Kestrel Foods sold its dairy unit to Norway's Brambleway, a food company, in 2021.",
     "Brambleway"),
    # a place of two words
    ("South Korea's Telvik, a telecoms operator, signed a deal with Halvorsen Marine.", "Telvik"),
    ("Kestrel Foods sold its dairy unit to New Zealand's Brambleway, a food company, in 2021.",
     "Brambleway"),
])
def test_the_rule_takes_the_skipped_name(nlp, text, name):
    sdoc = nlp(text)
    _unlabelled(name)(sdoc)
    ents = DocEntities(sdoc)
    assert [c[2:] for c in national_firms(ents, [], ents._acceptable)] == [(name, "ORG")]


@pytest.mark.parametrize("text, name", [
    # no description: the country's minister, its town, anyone
    ("Norway's Vale said on Monday that the plan was sound.", "Vale"),
    # described as a person, not a firm
    ("Norway's Telvik, the former minister, met Halvorsen Marine on Monday.", "Telvik"),
    # an invented place's possessive is no known place's
    ("Quarrow's Telvik, a food company, met Halvorsen Marine on Monday.", "Telvik"),
])
def test_the_rule_leaves_a_name_without_a_known_place_and_a_firm_descriptor(nlp, text, name):
    sdoc = nlp(text)
    _unlabelled(name)(sdoc)
    ents = DocEntities(sdoc)
    assert national_firms(ents, [], ents._acceptable) == []
