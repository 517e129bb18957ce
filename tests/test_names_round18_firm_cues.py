"""Names, round 18: a name the tagger labels a product or a work (or that a product phrase
calls one: "the fashion app X") is a firm where the text gives it a chief executive,
a spokesperson or staff ("X chief executive Ann Vale", "a former X employee"), a stock symbol
("X (XYZ.N)"), or sets it apart from a kind of firm written before it ("the manufacturer of
masks, X,"). A person's or a place's name before a post stays one ("Trump spokesman A").

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import typed_as
from tieline.extract.entities import DocEntities


def _typed(nlp, text: str, name: str, label: str = "PRODUCT") -> dict[str, str]:
    return typed_as(nlp, text, {name: label})


@pytest.mark.parametrize("text,name,label", [
    # robotaxis, fintech, groceries, drilling, charities
    ("Kelmot has hired a new head of hardware. A former Kelmot employee said the team grew.",
     "Kelmot", "WORK_OF_ART"),
    ("Plintra filed the suit. Plintra chief executive Ada Norwell said the case was strong.",
     "Plintra", "PRODUCT"),
    ("Shares rose after Grovena spokesperson Bo Lind said the stores would reopen.",
     "Grovena", "PRODUCT"),
    ("Halbright Drilling (HBD.N) gained a $12 million loan from the bank.",
     "Halbright Drilling", "WORK_OF_ART"),
    ("Shares of Quorvel (NASDAQ: QRVL) fell 4% on Monday.", "Quorvel", "PRODUCT"),
    ("The funds had been awarded to the London-based organization, Greyfield Trust, last year.",
     "Greyfield Trust", "PRODUCT"),
    ("The largest manufacturer of surgical masks, Corvane, says it has not raised prices.",
     "Corvane", "PRODUCT"),
])
def test_firm_cues_type_an_organization(nlp, text, name, label):
    assert _typed(nlp, text, name, label)[name] == "ORG"


def test_an_app_with_a_chief_executive_is_the_firm(nlp):
    """The product phrase says app; the chief executive says firm (and outvotes it)."""
    text = ("Etsel bought the fashion resale app Pindra for $1.6 billion. "
            "\"It is a great day,\" said Pindra chief executive Mara Quon.")
    assert _typed(nlp, text, "Pindra", "ORG")["Pindra"] == "ORG"


def test_a_post_after_an_unlabelled_writing_counts(nlp):
    """"A Pulsefy spokesperson": the tagger gives that writing no name label at all."""
    text = "Brivent bought the fitness app Pulsefy. A Pulsefy spokesperson said the deal closed."
    assert DocEntities(nlp(text)).entities["Pulsefy"].type == "ORG"


@pytest.mark.parametrize("text,name,label,expected", [
    # a person's name before a post: an aide, no firm
    ("Trump spokesman Hogan Gidley said the plan was ready.", "Hogan Gidley", "PERSON", "PERSON"),
    # a product phrase before the post: the post is the app's maker's
    ("The Kestrel app CEO Ann Vale said it grew.", "Kestrel", "PRODUCT", "PRODUCT"),
    # a bare short form in brackets is no stock symbol
    ("The Harbor Reading Project (HRP) sold its books.", "Harbor Reading Project", "PRODUCT",
     "PRODUCT"),
    # a firm noun after the name, not before it, with no comma: no apposition
    ("Ford launched its new platform, Drive.", "Drive", "PRODUCT", "PRODUCT"),
    ("They used Zephyr software from the maker.", "Zephyr", "PRODUCT", "PRODUCT"),
])
def test_near_shapes_keep_their_type(nlp, text, name, label, expected):
    assert _typed(nlp, text, name, label).get(name, expected) == expected
