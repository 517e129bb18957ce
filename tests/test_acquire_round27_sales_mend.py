"""Near shapes of a firm's sale that the round-27 sale rules must not read as a takeover or as
the seller's ended holding: goods named after the firm ("the sale of B products", "of the B
brand"), a sales figure ("A's sales of B to C rose"), an adviser on someone else's sale, and a
sale agreed but not yet done (the seller still holds the firm).

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind, relations


@pytest.mark.parametrize("text", [
    "Halvorsen Marine's sale of Brambleway Dairy products to Kestrel Foods rose 5%.",
    "Halvorsen Marine's sale of the Brambleway Dairy brand to Kestrel Foods closed in March.",
    "Halvorsen Marine's sale of Brambleway Dairy tickets to Kestrel Foods fans rose.",
    # a sales figure, not one sale of a firm
    "Halvorsen Marine's sales of Brambleway Dairy to Kestrel Foods rose 5%.",
])
def test_goods_or_sales_figures_are_no_firm_sold(nlp, text):
    found = relations(nlp, text)
    assert ("invest", "Halvorsen Marine", "Brambleway Dairy") not in found, (text, found)
    assert ("acquire", "Kestrel Foods", "Brambleway Dairy") not in found, (text, found)


def test_adviser_on_a_sale_held_nothing(nlp):
    text = "Halvorsen Marine advised Orvane Holdings on selling Brambleway Dairy to Kestrel Foods."
    found = of_kind(nlp, text, "invest")
    assert ("Halvorsen Marine", "Brambleway Dairy") not in found, (text, found)


@pytest.mark.parametrize("text", [
    "Halvorsen Marine agreed to sell Brambleway Dairy to Kestrel Foods.",
    "Halvorsen Marine is selling Brambleway Dairy to Kestrel Foods.",
])
def test_sale_not_yet_done_leaves_the_firm_held(nlp, text):
    found = of_kind(nlp, text, "invest")
    assert found.get(("Halvorsen Marine", "Brambleway Dairy")) == "asserted", (text, found)


@pytest.mark.parametrize("text", [
    "Halvorsen Marine's sale of Brambleway Dairy to Kestrel Foods will close next year.",
    "Halvorsen Marine's sale of Brambleway Dairy to Kestrel Foods is expected to close next year.",
])
def test_sale_to_close_later_leaves_the_firm_held(nlp, text):
    found = of_kind(nlp, text, "invest")
    assert found.get(("Halvorsen Marine", "Brambleway Dairy")) == "asserted", (text, found)


@pytest.mark.parametrize("text", [
    "Halvorsen Marine's sale of the Brambleway Dairy business to Kestrel Foods closed in March.",
    "Halvorsen Marine's sale of Orvane studios to Kestrel Foods closed in March.",
])
def test_firm_named_with_its_descriptor_is_sold(nlp, text):
    found = {k: v for k, v in relations(nlp, text).items() if k[0] == "acquire"}
    assert len(found) == 1 and next(iter(found))[1] == "Kestrel Foods", (text, found)
