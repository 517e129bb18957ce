"""A firm sold by name: "A's sale of B to C" is C's takeover of B (acquire) and, where the
seller is named as the sale's possessor, A's holding in B (invest): ended when the sale is
done, still held while it is planned, blocked or called off. Goods or stock sold stay a
supply; a buyer that is a place, or a "to" that tells of the sale to someone, names no buyer.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind, relations


@pytest.mark.parametrize("text,buyer,sold,seller,mood,held", [
    ("Halvorsen Marine's sale of Brambleway Dairy to Kestrel Foods closed in May.",
     "Kestrel Foods", "Brambleway Dairy", "Halvorsen Marine", "asserted", "negated"),
    ("The Justice Department has filed a lawsuit to block Orvane Systems' sale of publisher"
     " Quillfield Press to Trellis Analytics.",
     "Trellis Analytics", "Quillfield Press", "Orvane Systems", "forecast", "asserted"),
    ("Halvorsen Marine's planned sale of Brambleway Dairy to Kestrel Foods was called off.",
     "Kestrel Foods", "Brambleway Dairy", "Halvorsen Marine", "negated", "asserted"),
])
def test_sale_of_a_firm_is_a_takeover_and_the_sellers_holding(nlp, text, buyer, sold, seller,
                                                              mood, held):
    found = relations(nlp, text)
    assert found.get(("acquire", buyer, sold)) == mood, (text, found)
    assert found.get(("invest", seller, sold)) == held, (text, found)
    assert ("supply", seller, buyer) not in found, (text, found)  # no goods were sold


@pytest.mark.parametrize("text,pairs", [
    # the parser hangs the buyer's "to" on the verb
    ("Orvane Systems completed the sale of Quillfield Press and Brambleway Dairy to Kestrel"
     " Foods.", {("Kestrel Foods", "Quillfield Press"), ("Kestrel Foods", "Brambleway Dairy")}),
    # the tagger may run seller's firm and buyer into one name across the sale's "to"
    ("Orvane Systems said its sale of Quillfield Bank to Trellis Capital was approved.",
     {("Trellis Capital", "Quillfield Bank")}),
])
def test_buyer_named_apart(nlp, text, pairs):
    found = {(h, t) for (k, h, t) in relations(nlp, text) if k == "acquire"}
    assert found == pairs, (text, found)


@pytest.mark.parametrize("text", [
    "Halvorsen Marine's sale of steel to Kestrel Foods rose last year.",  # goods
    "Halvorsen Marine's sale of Brambleway Dairy shares to Kestrel Foods closed in May.",
    "The sale of Brambleway Dairy to Norway was approved.",  # a place is no buyer
    "Orvane Systems explained the sale of Quillfield Press to Kestrel Foods.",
])
def test_no_takeover_read(nlp, text):
    found = relations(nlp, text)
    assert not [k for k in found if k[0] == "acquire"], (text, found)


@pytest.mark.parametrize("text,seller,sold,held", [
    ("Orvane Systems sold Quillfield Bank to Kestrel Foods in 2019.",
     "Orvane Systems", "Quillfield Bank", "negated"),
    ("Halvorsen Marine has cash after getting $846m from selling property business Brambleway"
     " Homes.", "Halvorsen Marine", "Brambleway Homes", "negated"),
    # a sale still to come leaves the firm held
    ("Orvane Systems plans to sell Quillfield Bank to Kestrel Foods.",
     "Orvane Systems", "Quillfield Bank", "asserted"),
])
def test_seller_of_a_firm_held_it(nlp, text, seller, sold, held):
    found = of_kind(nlp, text, "invest")
    assert found.get((seller, sold)) == held, (text, found)


@pytest.mark.parametrize("text", [
    "The supermarket chain Kestrel Foods sells Zephyr Farms in 40 stores.",  # goods on a shelf
    "Orvane Systems could sell Quillfield Bank to Kestrel Foods.",  # only possible
    "Orvane Systems did not sell Quillfield Bank to Kestrel Foods.",
    "Kestrel Foods sold Orvane Systems software to Trellis Capital.",  # goods
    "Kestrel Foods sold it to Trellis Capital.",
])
def test_no_sellers_holding(nlp, text):
    found = of_kind(nlp, text, "invest")
    assert not found, (text, found)
