"""invest (round 25): money given is no stake. A donation, grant, gift, subsidy, award or
rescue buys no share; a legislature funds by appropriation and a foundation by grants; a
charity, school, hospital or public health service takes gifts, not investors; a politician's
"backer" holds nothing. A stake, shares or equity the sentence names keep the fact, and
ownership words are never read as gifts. Every name is invented."""
from __future__ import annotations

import pytest

from extracted import of_kind, relabel
from tieline.extract import extract
from tieline.model import Document


def _invest(nlp, text: str, labels: dict | None = None) -> dict[tuple, str]:
    sdoc = nlp(text)
    if labels:
        relabel(sdoc, labels)
    facts = extract(Document(text=text, source="test", published="2024-05-01"), sdoc).relations
    return {(r.head, r.tail): r.modality for r in facts if r.type == "invest"}


@pytest.mark.parametrize("text", [
    # a gift to a hospital, a school fund, a public health service
    "Kestrel Foods committed $20 million to the Brambleway Children's Hospital.",
    "Halvorsen Marine funded the Quillfield School Fund with a $10 million gift.",
    "Orvane Mining committed 20 million pounds to the Norland National Health Service.",
    "Trellis Analytics has pledged to fund Quillfield University with $3 million.",
    # money a foundation gives, a legislature appropriates
    "The Kestrel Foundation funds the Brambleway Centre for Marine Research.",
    "The Brambleway Institute gets tens of millions of dollars in annual funding from the "
    "Halvorsen Foundation.",
    "Congress has to change the way it funds the Orvane Disease Agency.",
    # money named as a grant, a subsidy, a bailout
    "Quillfield Labs received $3 million in grant funding from Trellis Analytics.",
    "Halvorsen Marine backed Kestrel Robotics with a $2 million grant.",
    "Orvane Energy funded Brambleway Solar through a subsidy of $40 million.",
])
def test_money_given_is_no_stake(nlp, text):
    assert _invest(nlp, text) == {}


@pytest.mark.parametrize("text, fact", [
    ("Trellis Capital invested $5 million in Quillfield Labs.", ("Trellis Capital", "Quillfield Labs")),
    ("Halvorsen Marine backed Kestrel Robotics with a $2 million investment.",
     ("Halvorsen Marine", "Kestrel Robotics")),
    # a rescue that takes shares is a stake
    ("Orvane Capital funded Brambleway Solar with a $500 million bailout in return for a 20% stake.",
     ("Orvane Capital", "Brambleway Solar")),
    # a foundation that owns shares holds them; an owned hospital is owned
    ("The Kestrel Foundation owns 5 million shares of Quillfield Labs.",
     ("Kestrel Foundation", "Quillfield Labs")),
    ("Trellis Health owns the Brambleway Regional Hospital.",
     ("Trellis Health", "Brambleway Regional Hospital")),
    # a company named after a cause word is a company
    ("Halvorsen Capital invested $30 million in Foundation Robotics.",
     ("Halvorsen Capital", "Foundation Robotics")),
    ("Orvane Ventures invested $12 million in Kestrel Hospital Group.",
     ("Orvane Ventures", "Kestrel Hospital Group")),
    # a grant elsewhere in the sentence tells of other money
    ("Trellis Capital invested $5 million in Quillfield Labs, which won a government grant last year.",
     ("Trellis Capital", "Quillfield Labs")),
])
def test_stakes_and_holdings_stand(nlp, text, fact):
    assert _invest(nlp, text).get(fact) == "asserted"


@pytest.mark.parametrize("text, labels, holder, firm", [
    ("Maren Holt spoke on Monday. Quillfield Labs, a firm owned by the billionaire and the Holt "
     "backer Peter Vance, has a contract.", {"Maren Holt": "PERSON", "Holt": "ORG"}, "Peter Vance",
     "Quillfield Labs"),
    ("Quillfield Labs, a firm owned by the Vance backer Ravi Shah, has a contract from the Vance "
     "Administration.", {"Vance": "ORG", "Vance Administration": "ORG"}, "Ravi Shah",
     "Quillfield Labs"),
])
def test_a_politicians_backer_holds_nothing_in_the_politician(nlp, text, labels, holder, firm):
    facts = _invest(nlp, text, labels)
    assert facts.get((holder, firm)) == "asserted"
    assert [t for h, t in facts if h == holder] == [firm]


@pytest.mark.parametrize("text", [
    "The claim by Quillfield Labs is backed by evidence from Trellis Analytics.",
    "The Kestrel Growers Association backed the Brambleway Dairy bill in parliament.",
    "Kestrel Foods secured a $20 million loan from Halvorsen Bank.",
    "Trellis Capital backed the proposal by Quillfield Labs.",
    "Quillfield Labs is a customer of Trellis Analytics.",
])
def test_backing_that_is_no_money_gives_no_invest(nlp, text):
    assert of_kind(nlp, text, "invest") == {}


@pytest.mark.parametrize("text, pair", [
    # a gift word inside a name is no gift
    ("Brambleway Aid Capital invested $5 million in Trellis Analytics.",
     ("Brambleway Aid Capital", "Trellis Analytics")),
    ("Orvane Guarantee Partners invested $15 million in Quillfield Robotics.",
     ("Orvane Guarantee Partners", "Quillfield Robotics")),
    ("Kestrel Ventures invested $6 million in Brambleway Award Systems.",
     ("Kestrel Ventures", "Brambleway Award Systems")),
    # a grant or award told of around the money, not as its form
    ("Kestrel Ventures invested $5 million in Trellis Analytics after the award of a Navy "
     "contract.", ("Kestrel Ventures", "Trellis Analytics")),
    ("The Orvane Development Fund, backed by government grants, invested $20 million in "
     "Quillfield Robotics.", ("Orvane Development Fund", "Quillfield Robotics")),
    ("Halvorsen Marine funded Trellis Analytics last year, shortly after the grant of its first "
     "patent.", ("Halvorsen Marine", "Trellis Analytics")),
    ("Halvorsen Marine received a $5 million investment from Kestrel Capital, a month after an "
     "award from the Orvane Navy.", ("Kestrel Capital", "Halvorsen Marine")),
    # a share grant is a stake
    ("Halvorsen Marine invested $10 million in Trellis Analytics through a grant of stock.",
     ("Halvorsen Marine", "Trellis Analytics")),
    # a chamber word that ends a firm's name
    ("Quillfield House invested $8 million in Trellis Analytics.",
     ("Quillfield House", "Trellis Analytics")),
])
def test_gift_words_beside_the_money_keep_the_fact(nlp, text, pair):
    assert pair in _invest(nlp, text)
