"""Round 22: a name listed as one of a plural kind of firm is a firm, even where the tagger
took it for a product ("partnered with grocers including Marlow and Tesk"); a name listed as
one of some products stays a product. Every name is invented."""
from __future__ import annotations

import pytest

from extracted import typed_as


@pytest.mark.parametrize("text", [
    "Ocelot Foods has partnered with grocers including Marlow and Tesk to offer home delivery.",
    "Ocelot Foods sells through supermarkets such as Marlow and Tesk.",
    "Ocelot Foods works with suppliers like Marlow and Tesk.",
])
def test_listed_under_a_kind_of_firm(nlp, text):
    types = typed_as(nlp, text, {"Ocelot Foods": "ORG", "Marlow": "PRODUCT", "Tesk": "PRODUCT"})
    assert types["Marlow"] == "ORG" and types["Tesk"] == "ORG"


@pytest.mark.parametrize("text", [
    "Ocelot Foods sells products such as Marlow and Tesk.",
    "Ocelot Foods makes snacks including Marlow and Tesk.",
])
def test_listed_goods_stay_products(nlp, text):
    types = typed_as(nlp, text, {"Ocelot Foods": "ORG", "Marlow": "PRODUCT", "Tesk": "PRODUCT"})
    assert types["Marlow"] == "PRODUCT" and types["Tesk"] == "PRODUCT"
