"""Round 22, partner / supply / use recall from four shapes of language.

- A group of firms that "include" lists, with a clause about the group: "Other telcos that work
  with Kestrel Foods include A and B" says each listed firm works with Kestrel Foods.
- "Z was a Kestrel customer": the name before "customer" is the supplier (a former customer is
  a past tie, a prospective one none).
- A deal for power made at one party's own plant: that party sells, the other buys.
- "another Kestrel company, Y": the party is Y, a firm of Kestrel's group, not Kestrel.

Every name is invented; firm names are labelled as the tagger labels firms.
"""
from __future__ import annotations

import pytest

from extracted import relabel
from tieline.extract import extract
from tieline.model import Document


def _facts(nlp, text: str, orgs: list[str]) -> dict[tuple, str]:
    """(type, head, tail) -> modality; partner ends sorted."""
    sdoc = nlp(text)
    relabel(sdoc, {name: "ORG" for name in orgs})
    facts = extract(Document(text=text, source="test", published="2024-05-01"), sdoc).relations
    return {(r.type, *(sorted((r.head, r.tail)) if r.type in {"partner", "compete"}
                       else (r.head, r.tail))): r.modality for r in facts}


@pytest.mark.parametrize("text,orgs,fact", [
    # telecoms, a relative clause on the group
    ("Other telcos that work with Kestrel Foods include Brambleway Dairy and Halvorsen Marine.",
     ["Kestrel Foods", "Brambleway Dairy", "Halvorsen Marine"],
     ("partner", "Brambleway Dairy", "Kestrel Foods")),
    ("Other telcos that work with Kestrel Foods include Brambleway Dairy and Halvorsen Marine.",
     ["Kestrel Foods", "Brambleway Dairy", "Halvorsen Marine"],
     ("partner", "Halvorsen Marine", "Kestrel Foods")),
    # retail, a participle on the group
    ("Retailers working with Trellis Analytics include Quillfield Stores.",
     ["Trellis Analytics", "Quillfield Stores"],
     ("partner", "Quillfield Stores", "Trellis Analytics")),
    # software, a use clause
    ("Companies that use Trellis Analytics software include Brambleway Dairy.",
     ["Trellis Analytics", "Brambleway Dairy"],
     ("use", "Brambleway Dairy", "Trellis Analytics")),
    # a supplier's name before "customer"
    ("Quillfield Telecom was a Kestrel Systems customer before the merger.",
     ["Quillfield Telecom", "Kestrel Systems"],
     ("use", "Quillfield Telecom", "Kestrel Systems")),
    # energy: the plant is the signer's ("its")
    ("Avonmere Power has signed a power purchase agreement with Kestrel Foods for power "
     "produced at its wind farm.",
     ["Avonmere Power", "Kestrel Foods"],
     ("supply", "Avonmere Power", "Kestrel Foods")),
    # energy: the plant is the other party's, so the signer buys
    ("Kestrel Foods has signed a power purchase agreement with Avonmere Power for electricity "
     "from Avonmere Power's solar park.",
     ["Avonmere Power", "Kestrel Foods"],
     ("supply", "Avonmere Power", "Kestrel Foods")),
    # shipbuilding: a firm of a group, named after the comma
    ("Halvorsen Marine won the contract to build a new ferry for another Kestrel company, "
     "Brambleway Cruises.",
     ["Halvorsen Marine", "Kestrel", "Brambleway Cruises"],
     ("supply", "Halvorsen Marine", "Brambleway Cruises")),
])
def test_shape_gives_fact(nlp, text, orgs, fact):
    assert fact in _facts(nlp, text, orgs)


def test_former_customer_is_a_past_tie(nlp):
    facts = _facts(nlp, "Quillfield Telecom is a former Kestrel Systems customer.",
                   ["Quillfield Telecom", "Kestrel Systems"])
    assert facts.get(("use", "Quillfield Telecom", "Kestrel Systems")) == "negated"


@pytest.mark.parametrize("text,orgs,fact", [
    # a list that is no group's clause: hit by the same outage, no partners
    ("Companies such as Brambleway Dairy and Halvorsen Marine were hit by the outage at "
     "Kestrel Foods.",
     ["Kestrel Foods", "Brambleway Dairy", "Halvorsen Marine"],
     ("partner", "Brambleway Dairy", "Kestrel Foods")),
    # the list says who is not among them
    ("Other telcos that work with Kestrel Foods do not include Brambleway Dairy.",
     ["Kestrel Foods", "Brambleway Dairy"],
     ("partner", "Brambleway Dairy", "Kestrel Foods")),
    # a customer only hoped for
    ("Quillfield Telecom is a prospective Kestrel Systems customer.",
     ["Quillfield Telecom", "Kestrel Systems"],
     ("use", "Quillfield Telecom", "Kestrel Systems")),
    # a plant neither party owns: the deal does not say who sells
    ("Kestrel Foods signed a supply deal with Avonmere Power for power produced at the Tarn dam.",
     ["Avonmere Power", "Kestrel Foods"],
     ("supply", "Avonmere Power", "Kestrel Foods")),
    ("Kestrel Foods signed a supply deal with Avonmere Power for power produced at the Tarn dam.",
     ["Avonmere Power", "Kestrel Foods"],
     ("supply", "Kestrel Foods", "Avonmere Power")),
    # "another Kestrel company" is not Kestrel itself
    ("Halvorsen Marine won the contract to build a new ferry for another Kestrel company.",
     ["Halvorsen Marine", "Kestrel"],
     ("supply", "Halvorsen Marine", "Kestrel")),
])
def test_near_shape_gives_no_fact(nlp, text, orgs, fact):
    assert fact not in _facts(nlp, text, orgs)


# Mended after review: a deal only made by a signing verb says who sells, in that verb's mood;
# an "include" list counts only when stated as it is, of firms, about a tie that holds now.
KA = ["Kestrel Foods", "Avonmere Power"]


@pytest.mark.parametrize("verb", ["criticised", "blocked", "investigated", "wants"])
def test_deal_not_made_says_no_seller(nlp, verb):
    text = f"Kestrel Foods {verb} a deal with Avonmere Power for power produced at its wind farm."
    facts = _facts(nlp, text, KA)
    assert ("supply", "Kestrel Foods", "Avonmere Power") not in facts


def test_deal_in_talks_is_hedged(nlp):
    facts = _facts(nlp, "Kestrel Foods is in talks to sign a deal with Avonmere Power for power "
                        "produced at its wind farm.", KA)
    assert facts.get(("supply", "Kestrel Foods", "Avonmere Power")) == "hedged"


@pytest.mark.parametrize("text", [
    "Other telcos that work with Kestrel Foods no longer include Brambleway Dairy.",
    "Other telcos that work with Kestrel Foods could include Brambleway Dairy.",
    "Other telcos that once worked with Kestrel Foods include Brambleway Dairy.",
])
def test_include_not_stated_now_lists_no_partner(nlp, text):
    facts = _facts(nlp, text, ["Kestrel Foods", "Brambleway Dairy"])
    assert facts.get(("partner", "Brambleway Dairy", "Kestrel Foods")) != "asserted"


def test_include_of_places_lists_no_partner(nlp):
    facts = _facts(nlp, "Other companies that work with Kestrel Foods include London and Paris.",
                   ["Kestrel Foods"])
    assert not any(k[0] == "partner" and "London" in k for k in facts)


def test_brands_are_no_group_of_firms(nlp):
    facts = _facts(nlp, "Brands that Kestrel Foods owns include Brambleway Dairy.",
                   ["Kestrel Foods", "Brambleway Dairy"])
    assert ("invest", "Kestrel Foods", "Brambleway Dairy") not in facts



def test_closing_aside_when_the_parser_roots_the_name(nlp):
    """Here the parser makes the closing name the sentence's root, not the apposition of
    "company": only the closing-aside reading finds the party."""
    text = ("Earlier this month, Quillfield-owned Halvorsen Yards won the contract to build a new "
            "ship for another KFG company, Brambleway Cruises.")
    facts = _facts(nlp, text, ["Quillfield", "Halvorsen Yards", "KFG", "Brambleway Cruises"])
    assert ("supply", "Halvorsen Yards", "Brambleway Cruises") in facts
    assert ("supply", "Halvorsen Yards", "KFG") not in facts
