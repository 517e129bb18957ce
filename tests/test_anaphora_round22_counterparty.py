""""The deal with Quillfield marks its third purchase": a sentence whose subject names a deal by
its other side ("the deal with X", "the merger with X and Y") leaves the side that holds the deal
unnamed, and "it", "its" or "the company" after it may be either side: the buyer, or X itself
when X is the firm being bought ("... ends its partnership with Y"). Such a word is left unbound:
in that sentence, and in a later sentence whose nearest named firms are that deal's (a regulator
or a praiser named there is no holder either). A deal that is no subject is read as before.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind, relations

BUY = "Halvorsen Marine agreed to buy Quillfield. "
RESULTS = "Halvorsen Marine reported results. "


@pytest.mark.parametrize("text,wrong", [
    # the firm bought is the deal's other side, and "its" is that firm's
    (BUY + "The deal with Quillfield values it at $2 billion and ends its partnership with "
     "Orvane.", ("partner", "Halvorsen Marine", "Orvane")),
    (BUY + "The deal with Quillfield will see it delisted in Oslo and end its partnership with "
     "Orvane.", ("partner", "Halvorsen Marine", "Orvane")),
    (BUY + "The deal with Quillfield makes it a Halvorsen Marine unit and ends its stake in "
     "Orvane.", ("invest", "Halvorsen Marine", "Orvane")),
    # either side could be the one that sells
    (RESULTS + "The deal with Quillfield requires it to sell its stake in Trellis Analytics.",
     ("invest", "Halvorsen Marine", "Trellis Analytics")),
    (RESULTS + "The merger with Quillfield forces it to sell its stake in Trellis Analytics.",
     ("invest", "Halvorsen Marine", "Trellis Analytics")),
    # later sentences: a regulator or a praiser named with the deal holds no deal
    (RESULTS + "The deal with Quillfield was approved by the Orvane Authority. It bought "
     "Trellis Analytics in 2021.", ("acquire", "Orvane Authority", "Trellis Analytics")),
    (RESULTS + "The tie-up with Quillfield was praised by Orvane. The company will invest "
     "$50 million in Trellis Analytics.", ("invest", "Orvane", "Trellis Analytics")),
    # a second firm listed as the other side is the other side too
    (RESULTS + "The deal with Quillfield and Orvane was approved. It bought Trellis Analytics "
     "in 2021.", ("acquire", "Orvane", "Trellis Analytics")),
    # the deal in a clause before the word's own
    (RESULTS + "After the deal with Quillfield closed, it bought Trellis Analytics.",
     ("acquire", "Quillfield", "Trellis Analytics")),
    # "talks" (lemma "talk") is a deal noun
    (RESULTS + "Talks with Quillfield stalled. It bought Trellis Analytics in 2021.",
     ("acquire", "Quillfield", "Trellis Analytics")),
])
def test_word_after_deal_named_by_other_side_is_unbound(nlp, text, wrong):
    kind, head, tail = wrong
    facts = of_kind(nlp, text, kind)
    assert (head, tail) not in facts and (tail, head) not in facts


@pytest.mark.parametrize("text,wrong", [
    # the deal's other side is never taken for the buyer of the subordinate clause
    ("Brambleway Dairy has gone on a buying spree. It picked up Orvane last year. The deal with "
     "Quillfield marks its third purchase this year after it bought Trellis Analytics in March.",
     ("Quillfield", "Trellis Analytics")),
    ("Marlow Systems has bought four rivals since 2020. The agreement with Quillfield marks its "
     "fifth purchase. The company had already bought Orvane Labs in 2019.",
     ("Quillfield", "Orvane Labs")),
])
def test_other_side_not_taken(nlp, text, wrong):
    assert wrong not in of_kind(nlp, text, "acquire")


def test_words_before_and_after_unchanged(nlp):
    # the firms named before the deal sentence keep their own facts
    text = ("Halvorsen Marine bought Trellis Analytics in 2021. The deal with Quillfield was "
            "approved.")
    assert ("acquire", "Halvorsen Marine", "Trellis Analytics") in relations(nlp, text)


@pytest.mark.parametrize("text,kind,fact", [
    # a deal that is no subject: "its" keeps the firm named first in its sentence
    ("Kestrel Airways cut flights. Last year its partnership with Fenrick Leasing grew.",
     "partner", ("Fenrick Leasing", "Kestrel Airways")),
    # a deal whose holder is named as its possessor is read as before
    ("Kestrel Airways cut flights. Halvorsen Marine's deal with Quillfield was approved. It "
     "bought Trellis Analytics in 2021.", "acquire", ("Halvorsen Marine", "Trellis Analytics")),
    # a deal that is the object of its holder's verb names the holder: "It" is that subject
    ("Halvorsen Marine signed a deal with Quillfield. It bought Trellis Analytics in 2021.",
     "acquire", ("Halvorsen Marine", "Trellis Analytics")),
])
def test_unchanged_shapes(nlp, text, kind, fact):
    assert fact in of_kind(nlp, text, kind)
