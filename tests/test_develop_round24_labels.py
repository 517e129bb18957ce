"""develop, round 24: goods sold under a brand name that brand's owner.

"Acme sells its snacks under the Zephyr brand", "Acme, a maker of snacks sold under the Zephyr
brand", "a manufacturer of goods marketing under the 'Zephyr' brand label": the seller or maker
the sentence names owns the brand. A shop stocking the goods, a retailer or distributor of them,
a licensed brand, a bare label (a record label) or trading name, and selling that ended or is
only reached through another verb give nothing.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,pair,modality", [
    ('Trellis Analytics, a family-owned maker of consumer products marketing under the '
     '"Ultra Shield" brand label, sued Orvane.', ("Trellis Analytics", "Ultra Shield"), "asserted"),
    ("Kestrel Foods, a maker of snacks sold under the Crunchwell brand, sued Orvane.",
     ("Kestrel Foods", "Crunchwell"), "asserted"),
    ("Kestrel Foods sells its snacks under the Crunchwell brand.", ("Kestrel Foods", "Crunchwell"),
     "asserted"),
    ("Kestrel Foods is a manufacturer of cereals sold under the Crunchwell brand name.",
     ("Kestrel Foods", "Crunchwell"), "asserted"),
    ("Brambleway Dairy, which sells cheese under the Meadowgold brand, reported higher profits.",
     ("Brambleway Dairy", "Meadowgold"), "asserted"),
    ("Quillfield Pharma, a manufacturer and distributor of tablets marketed under the Veridex "
     "brand, cut prices.", ("Quillfield Pharma", "Veridex"), "asserted"),
    ("Kestrel Foods does not sell snacks under the Crunchwell brand.",
     ("Kestrel Foods", "Crunchwell"), "negated"),
])
def test_goods_under_a_brand_name_their_owner(nlp, text, pair, modality):
    assert of_kind(nlp, text, "develop").get(pair) == modality


@pytest.mark.parametrize("text,pair", [
    ("Orvane, a retailer of snacks sold under the Crunchwell brand, cut prices.",
     ("Orvane", "Crunchwell")),
    ("Orvane Stores distributes snacks under the Crunchwell brand.",
     ("Orvane Stores", "Crunchwell")),
    ("Kestrel Foods sells snacks under the Crunchwell brand licensed from Orvane.",
     ("Kestrel Foods", "Crunchwell")),
    ("Kestrel Foods sells snacks under licence under the Crunchwell brand.",
     ("Kestrel Foods", "Crunchwell")),
    ("Kestrel Foods stopped selling snacks under the Crunchwell brand.",
     ("Kestrel Foods", "Crunchwell")),
    ("Kestrel Foods sold its snacks under the Crunchwell brand until 2019.",
     ("Kestrel Foods", "Crunchwell")),
    ("Halvorsen Marine operates ferries under the Seastrider banner.",
     ("Halvorsen Marine", "Seastrider")),
    ("Halvorsen Marine trades under the Seastrider name.", ("Halvorsen Marine", "Seastrider")),
])
def test_a_seller_of_others_goods_or_an_ended_brand_gives_nothing(nlp, text, pair):
    assert pair not in of_kind(nlp, text, "develop")


def test_a_person_selling_under_a_brand_is_no_maker(nlp):
    found = of_kind(nlp, "Maria Lindqvist sells candles under the Frostline brand.", "develop")
    assert not found


# "owns the X brand": the names set before the brand noun of an owning verb are its brands
@pytest.mark.parametrize("text,pairs,modality", [
    ("Kestrel Foods owns the Crunchwell brand.", {("Kestrel Foods", "Crunchwell")}, "asserted"),
    ("That sale valued Halvorsen Motors - which owns the Seastrider brand - at $2bn.",
     {("Halvorsen Motors", "Seastrider")}, "asserted"),
    ("Kestrel Foods is one of the largest cheese makers, owning the Crunchwell and Meadowgold "
     "brands among others.", {("Kestrel Foods", "Crunchwell"), ("Kestrel Foods", "Meadowgold")},
     "asserted"),
    ("Kestrel Foods no longer owns the Crunchwell brand.", {("Kestrel Foods", "Crunchwell")},
     "negated"),
])
def test_an_owned_brand_is_the_owners(nlp, text, pairs, modality):
    found = of_kind(nlp, text, "develop")
    assert {pair: found.get(pair) for pair in pairs} == {pair: modality for pair in pairs}


@pytest.mark.parametrize("text,pair", [
    ("Kestrel Foods, which once owned the Crunchwell brand, sold it in 2019.",
     ("Kestrel Foods", "Crunchwell")),
    ("Orvane Stores sells the Crunchwell brand.", ("Orvane Stores", "Crunchwell")),
])
def test_a_brand_once_owned_or_sold_by_a_shop_is_not_the_owners(nlp, text, pair):
    assert pair not in of_kind(nlp, text, "develop")


@pytest.mark.parametrize("text", [
    "Kestrel Foods sells snacks under Orvane's Crunchwell brand.",
    "Kestrel Foods sells snacks under the Crunchwell brand, which Orvane owns.",
    "Kestrel Foods sells snacks under the Crunchwell brand owned by Orvane.",
])
def test_a_brand_another_firm_holds_is_not_the_sellers(nlp, text):
    found = of_kind(nlp, text, "develop")
    assert ("Kestrel Foods", "Crunchwell") not in found
    assert ("Kestrel Foods", "Orvane") not in found
