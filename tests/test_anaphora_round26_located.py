"""Descriptions that carry the place a firm is based in: "the Ohio-based company", "the San
Francisco-based startup". Where the text bases one firm there ("Ohio-based X", "X, which is
based in Ohio", "X, headquartered in Columbus, Ohio", "X, an Ohio-based grocer") the
description means that firm, not the one named nearest; two firms based there and it means
neither; the firm the clause itself names as the other party is never it. Where the text bases
no firm there, the description binds as any description does.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind

HIRE = "has hired Ann Vale as chief financial officer."


@pytest.mark.parametrize("text,employer", [
    # the firm based there is named first, another firm nearer the description
    ("Ohio-based Kestrel Foods reported higher sales. Halvorsen Marine, a Norwegian"
     " shipbuilder, posted a loss. The Ohio-based company " + HIRE, "Kestrel Foods"),
    ("Kestrel Foods, which is based in Ohio, reported higher sales. Halvorsen Marine posted a"
     " loss. The Ohio-based firm " + HIRE, "Kestrel Foods"),
    ("Brambleway Dairy, headquartered in Madison, Wisconsin, raised prices on Monday. Trellis"
     " Analytics reported results. The Wisconsin-based company " + HIRE, "Brambleway Dairy"),
    ("Trellis Analytics, a San Francisco-based software maker, reported results on Monday."
     " Quillfield Systems posted a loss. The San Francisco-based company " + HIRE,
     "Trellis Analytics"),
])
def test_description_means_the_firm_based_there(nlp, text, employer):
    found = of_kind(nlp, text, "employ")
    assert found.get((employer, "Ann Vale")) == "asserted", (text, found)
    assert len(found) == 1, (text, found)


def test_two_firms_based_there_bind_nothing(nlp):
    text = ("Kestrel Foods, headquartered in Columbus, Ohio, and Trellis Analytics, an Ohio-based"
            " software maker, reported results. Halvorsen Marine posted a loss. The Ohio-based"
            " company " + HIRE)
    assert of_kind(nlp, text, "employ") == {}


def test_invested_in_the_firm_based_there(nlp):
    text = ("San Francisco-based Trellis Analytics reported results on Monday. Kestrel Foods"
            " posted a loss. Brambleway Dairy agreed to invest $40 million in the San"
            " Francisco-based startup.")
    found = of_kind(nlp, text, "invest")
    assert found == {("Brambleway Dairy", "Trellis Analytics"): "asserted"}, found


def test_other_party_is_never_the_described_firm(nlp):
    # the only firm based there is the buyer itself: the description is left unbound
    text = ("Ohio-based Kestrel Foods reported higher sales on Monday. Halvorsen Marine posted a"
            " loss. Kestrel Foods agreed to buy the Ohio-based company for $40 million.")
    assert of_kind(nlp, text, "acquire") == {}


def test_no_firm_based_there_binds_as_before(nlp):
    # the text bases no firm in Ohio: the nearest fitting firm, as for "the company"
    text = ("Kestrel Foods reported higher sales on Monday. The Ohio-based company " + HIRE)
    assert of_kind(nlp, text, "employ") == {("Kestrel Foods", "Ann Vale"): "asserted"}
