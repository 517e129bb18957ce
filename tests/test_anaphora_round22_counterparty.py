""""The deal with Quillfield marks its third purchase this year": a clause whose subject is a
deal named by its other side ("the deal with X", "the production agreement with X") says the
rest of the clause about the side that holds the deal, so "it", "its" or "the company" there
never means X; and a later sentence's "the company" looks first at that holder. A pronoun inside
the subject itself ("talks with X about its stake") is left as it was.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,kind,fact,wrong", [
    # dairy: "its" and "it" in the predicate are the buyer, not the deal's other side
    ("Brambleway Dairy has gone on a buying spree. It picked up Orvane last year. The deal with "
     "Quillfield marks its third purchase this year after it bought Trellis Analytics in March.",
     "acquire", ("Brambleway Dairy", "Trellis Analytics"), ("Quillfield", "Trellis Analytics")),
    # shipping: the holder named in the clause owns "its stake"
    ("The deal with Kestrel Foods will give Halvorsen Marine an entry into the Dutch market and "
     "boost its stake in Trellis Analytics.",
     "invest", ("Halvorsen Marine", "Trellis Analytics"), ("Kestrel Foods", "Trellis Analytics")),
    # software: "the company" of the next sentence is the holder, not the other side
    ("Marlow Systems has bought four rivals since 2020. The agreement with Quillfield marks its "
     "fifth purchase. The company had already bought Orvane Labs in 2019.",
     "acquire", ("Marlow Systems", "Orvane Labs"), ("Quillfield", "Orvane Labs")),
])
def test_deal_subject_binds_to_holder(nlp, text, kind, fact, wrong):
    facts = of_kind(nlp, text, kind)
    assert fact in facts
    assert wrong not in facts


@pytest.mark.parametrize("text,kind,fact", [
    # the pronoun inside the subject phrase is not read by the rule
    ("Halvorsen Marine reported losses. Talks with Kestrel Foods about its stake in Trellis "
     "Analytics stalled.", "invest", ("Kestrel Foods", "Trellis Analytics")),
    # a deal that is no subject: "its" keeps the firm named first in its sentence
    ("Kestrel Airways cut flights. Last year its partnership with Fenrick Leasing grew.",
     "partner", ("Fenrick Leasing", "Kestrel Airways")),
])
def test_unchanged_shapes(nlp, text, kind, fact):
    assert fact in of_kind(nlp, text, kind)
