"""Round 19 employ precision (fresh audit of four stores, seeds 115000-115003).

- A dotted abbreviation keeps all its letters in a name's initials: "U.S. Navy" is "USN",
  "U.S. Chamber of Commerce" is "USCC". Before, "U.S. Navy" spelt "UN", so a text naming the
  Navy and the United Nations grouped "UN" under the Navy, and the UN's secretary-general was
  stored as a Navy employee.
- A name the text calls a programme ("On this episode of X, hosts A and B ...") is a show or a
  podcast: no employer of its hosts or of anyone a role binds to it later in the text.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest
from spacy.tokens import Span

from extracted import of_kind
from tieline.extract import extract
from tieline.extract.entities.tokens import acronyms
from tieline.model import Document
from tieline.names import initials


@pytest.mark.parametrize("name,letters", [
    ("U.S. Navy", "USN"),
    ("U.S. Chamber of Commerce", "USCC"),
    ("U.K. Independence Party", "UKIP"),
    ("Royal Bank of Scotland", "RBS"),  # plain words unchanged
    ("Harlow Medical Center", "HMC"),
])
def test_dotted_abbreviation_keeps_its_letters(name, letters):
    assert initials(name) == letters
    assert letters in acronyms(name)


@pytest.mark.parametrize("text,fact,wrong", [
    # government and defence
    ("The U.S. Navy said the carrier would stay in port. UN Secretary-General Daniel Ferreira "
     "asked for calm.", ("UN", "Daniel Ferreira"), ("U.S. Navy", "Daniel Ferreira")),
    # business lobby: the acronym still finds its own dotted name
    ("The U.S. Chamber of Commerce backed the bill on Monday. USCC president Dana Hollis said "
     "members wanted relief.", ("U.S. Chamber of Commerce", "Dana Hollis"), ("USCC", "Dana Hollis")),
])
def test_acronym_groups_with_the_name_it_spells(nlp, text, fact, wrong):
    facts = of_kind(nlp, text, "employ")
    assert fact in facts
    assert wrong not in facts


def _employ(nlp, text: str, orgs: list[str]) -> set[tuple[str, str]]:
    """employ (head, tail) of text with each name in `orgs` tagged ORG, as the tagger tags a
    show's name in real news."""
    sdoc = nlp(text)
    spans = []
    for name in orgs:
        words = name.split()
        spans += [Span(sdoc, k, k + len(words), label="ORG") for k in range(len(sdoc))
                  if [t.text for t in sdoc[k:k + len(words)]] == words]
    others = [e for e in sdoc.ents if not any(e.start < s.end and s.start < e.end for s in spans)]
    sdoc.ents = sorted(others + spans, key=lambda e: e.start)
    doc = Document(text=text, source="test", published="2024-05-01")
    return {(r.head, r.tail) for r in extract(doc, sdoc).relations if r.type == "employ"}


@pytest.mark.parametrize("text,show,wrong", [
    # talk radio
    ("On this episode of Fault Lines, hosts Garland Nixon and Lee Stranahan spoke with guests "
     "about the budget.", "Fault Lines", ("Fault Lines", "Garland Nixon")),
    # politics podcast: a role later in the text is not bound to the show
    ("On this episode of The Critical Hour, Dr. Wilmer Leon is joined by Niko House. Critical "
     "Hour asked about the ballots. Its secretary of state, Jocelyn Benson, said all voters "
     "would get forms.", "Critical Hour", ("Critical Hour", "Jocelyn Benson")),
])
def test_a_programme_employs_no_one(nlp, text, show, wrong):
    assert wrong not in _employ(nlp, text, [show])


@pytest.mark.parametrize("text,orgs,fact", [
    # a broadcaster named as the owner of the episode's show stays an employer
    ("Mark Jensen, a reporter for ABC, said in an episode of ABC's Nightline that the mayor "
     "would resign.", ["ABC"], ("ABC", "Mark Jensen")),
    # "episode of the NBC show": the parser may read "show" as a verb and leave NBC its object
    ("Mark Jensen, a reporter for NBC, said in an episode of the NBC show that the mayor would "
     "resign.", ["NBC"], ("NBC", "Mark Jensen")),
    # "edition of" a newspaper is no programme
    ("In the weekend edition of the Harbour Times, Harbour Times editor Lena Ortiz wrote about "
     "the strike.", ["Harbour Times"], ("Harbour Times", "Lena Ortiz")),
    # an employer that merely appears in another sentence about an episode
    ("Kestrel Foods chief executive Paul Brant spoke on the latest episode of a cooking show.",
     ["Kestrel Foods"], ("Kestrel Foods", "Paul Brant")),
])
def test_broadcasters_and_papers_stay_employers(nlp, text, orgs, fact):
    assert fact in _employ(nlp, text, orgs)


@pytest.mark.parametrize("text,fact,wrong", [
    # economic development agency
    ("Kestrel Realty Group sold three buildings last year. In Nevada, the state-backed Economic "
     "Development Authority of Western Nevada is developing a new program to attract remote "
     "workers, Mike Kazmierski, the organization's CEO, said.",
     ("Economic Development Authority of Western Nevada", "Mike Kazmierski"),
     ("Kestrel Realty Group", "Mike Kazmierski")),
    # port commission
    ("Harlow Shipping Corp reported a loss in March. The Port of Avalon Commission approved a new "
     "terminal on Tuesday, and Laura Brenner, the organization's executive director, said work "
     "would start in June.", ("Port of Avalon Commission", "Laura Brenner"),
     ("Harlow Shipping Corp", "Laura Brenner")),
])
def test_the_organization_may_be_a_public_body(nlp, text, fact, wrong):
    facts = of_kind(nlp, text, "employ")
    assert fact in facts
    assert wrong not in facts


def test_the_company_is_still_no_public_body(nlp):
    """"the company's spokesman" never means the transit authority named before it."""
    facts = of_kind(nlp, "Talbot Freight Inc. reported record sales in May. The Marsh County "
                    "Transit Authority cut two routes, Peter Olsen, the company's spokesman, said.",
                    "employ")
    assert ("Marsh County Transit Authority", "Peter Olsen") not in facts


def _modalities(nlp, text: str) -> dict[tuple[str, str], str]:
    return of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text,pair", [
    # restaurants: "talks with" hedges talks, not her post
    ("President Tom Hale talks with Paul Guidara of the Independent Restaurant Coalition at the "
     "White House.", ("Independent Restaurant Coalition", "Paul Guidara")),
    # publishing: "an interview with" the editor
    ("In an interview with Harbour Review Managing Editor Tom Ashby, the scientist discusses "
     "the data.", ("Harbour Review", "Tom Ashby")),
])
def test_a_role_in_the_name_phrase_is_asserted(nlp, text, pair):
    assert _modalities(nlp, text).get(pair) == "asserted"


@pytest.mark.parametrize("text,pair,modality", [
    # a role a clause states keeps the clause's forecast
    ("Paul Brant, who will be the next president of Talbot Freight, spoke on Monday.",
     ("Talbot Freight", "Paul Brant"), "forecast"),
    # "former" still ends the post
    ("Officials talked with Ann Lee, a former director of Kestrel Foods, on Monday.",
     ("Kestrel Foods", "Ann Lee"), "negated"),
])
def test_a_stated_or_ended_role_keeps_its_modality(nlp, text, pair, modality):
    assert _modalities(nlp, text).get(pair) == modality
