"""develop, round 23: how news says a firm makes a product, read more widely.

(1) Names of made goods: a name compounded with a noun that names a made thing ("the Veridex
pill", "its Crunchwell cereal", "the Pulse 2 smartwatch") is a product, so the maker the
sentence names develops it; a user or a seller of the thing still develops nothing.
(2) A name after a tie noun ("Orvane Systems's rival Quillfield", "its supplier Brindlecomb")
is another firm, never the possessor's product.
(3) A product's number stays on its name: "released Lumen 3" is Lumen 3, not a cut "Lumen";
a date, a count or a score after a name is no version.
(4) People's goods ("their Quillfield phones") name their maker: the firm stays a firm; goods
a firm bought ("bought its Frostline jets from Kestrel Aero") are not its product.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind, typed_as


@pytest.mark.parametrize("text,pair,modality", [
    ("The Veridex pill was developed by Quillfield.", ("Quillfield", "Veridex"), "asserted"),
    ("Quillfield is developing Veridex, a pill for migraines.", ("Quillfield", "Veridex"), "asserted"),
    ("Kestrel Foods' Crunchwell cereal is sold in 40 countries.", ("Kestrel Foods", "Crunchwell"),
     "asserted"),
    ("Crunchwell, made by Kestrel Foods, is the country's best-selling cereal.",
     ("Kestrel Foods", "Crunchwell"), "asserted"),
    ("Orvane Systems will release the Pulse 2 smartwatch in June.", ("Orvane Systems", "Pulse 2"),
     "forecast"),
    ("Kestrel Robotics' Tidewatch drone can fly for six hours.", ("Kestrel Robotics", "Tidewatch"),
     "asserted"),
])
def test_a_named_made_thing_is_its_makers_product(nlp, text, pair, modality):
    assert of_kind(nlp, text, "develop").get(pair) == modality


@pytest.mark.parametrize("text,pair", [
    ("Brambleway Dairy uses the Frostline app made by Trellis Analytics.",
     ("Brambleway Dairy", "Frostline")),
    ("Kestrel Foods stocks the Crunchwell cereal in its shops.", ("Kestrel Foods", "Crunchwell")),
    ("Orvane Systems bought 40 Tidewatch drones from Halvorsen Marine.", ("Orvane Systems", "Tidewatch")),
    # a pronoun owning goods bought is the buyer, not their maker
    ("Orvane Airways bought its Frostline jets from Kestrel Aero.", ("Orvane Airways", "Frostline")),
    ("Orvane Systems bought its Tidewatch drones from Kestrel Robotics.",
     ("Orvane Systems", "Tidewatch")),
])
def test_a_user_or_seller_of_the_thing_develops_nothing(nlp, text, pair):
    assert pair not in of_kind(nlp, text, "develop")


@pytest.mark.parametrize("text,pair", [
    ("Orvane Systems's rival Quillfield makes the Inkwell tablet.", ("Orvane Systems", "Quillfield")),
    ("Orvane Systems's supplier Quillfield cut prices on Monday.", ("Orvane Systems", "Quillfield")),
    ("Halvorsen Marine's partner Brindlecomb opened a yard in Bergen.",
     ("Halvorsen Marine", "Brindlecomb")),
])
def test_a_name_after_a_tie_noun_is_no_product(nlp, text, pair):
    assert pair not in of_kind(nlp, text, "develop")


def test_a_possessed_rival_is_a_rival(nlp):
    assert ("Orvane Systems", "Quillfield") in of_kind(
        nlp, "Orvane Systems's rival Quillfield makes the Inkwell tablet.", "compete")


@pytest.mark.parametrize("text,maker,product", [
    ("Trellis Analytics released Lumen 3, a forecasting model, in March.", "Trellis Analytics", "Lumen 3"),
    ("Trellis Analytics, the company behind Lumen 3, hired 40 engineers.", "Trellis Analytics", "Lumen 3"),
    ("Halvorsen Marine unveiled the Seastrider 40, its first electric ferry.", "Halvorsen Marine",
     "Seastrider 40"),
    ("Orvane Systems launched Pulse 2.5 on Tuesday.", "Orvane Systems", "Pulse 2.5"),
])
def test_a_products_number_stays_on_its_name(nlp, text, maker, product):
    found = of_kind(nlp, text, "develop")
    assert (maker, product) in found
    assert (maker, product.rsplit(" ", 1)[0]) not in found


@pytest.mark.parametrize("text,maker,product", [
    ("Orvane Systems launched Pulse on March 3.", "Orvane Systems", "Pulse"),
])
def test_a_date_after_the_name_is_no_version(nlp, text, maker, product):
    assert (maker, product) in of_kind(nlp, text, "develop")


@pytest.mark.parametrize("text,name", [
    ("Phone makers Orvane and Quillfield opened free courses. Members can ask about their "
     "Quillfield phones from home.", "Quillfield"),
    ("Drivers love their Halvorsen cars. Halvorsen said sales rose.", "Halvorsen"),
])
def test_peoples_goods_name_their_maker_not_a_product(nlp, text, name):
    assert typed_as(nlp, text, {})[name] == "ORG"


def test_a_name_made_by_a_firm_is_its_product(nlp):
    text = "Passengers like Frostline, made by Kestrel Foods, because it is cheap."
    assert ("Kestrel Foods", "Frostline") in of_kind(nlp, text, "develop")


@pytest.mark.parametrize("text", [
    "Shoppers like Frostline, made by hand in Bergen.",
    "Orvane Capital, created by Kestrel Foods in 2010, hired staff.",
    "Trellis Analytics, founded by Kestrel Foods, hired staff.",
])
def test_a_participle_names_no_maker_unless_a_firm_makes_goods(nlp, text):
    assert of_kind(nlp, text, "develop") == {}


@pytest.mark.parametrize("text,name", [
    # the participle may say who made the offer or the complaint, not the name it follows
    ("The offer for Orvane, made by Kestrel Foods on Monday, valued the firm at $2 billion.",
     "Orvane"),
    ("The complaint against Orvane, made by Kestrel Foods in May, was dismissed.", "Orvane"),
    # a participle with a complement says what the name became
    ("Orvane, made by Kestrel Foods into a market leader, now sells in 30 countries.", "Orvane"),
    ("Halvorsen, made rich by Orvane, retired in May.", "Halvorsen"),
])
def test_a_participle_on_another_noun_or_with_a_complement_makes_no_product(nlp, text, name):
    assert of_kind(nlp, text, "develop") == {}
    assert typed_as(nlp, text, {}).get(name) != "PRODUCT"


@pytest.mark.parametrize("text,pair", [
    # "its" may be either firm the verb joins: no maker is named
    ("Kestrel Foods sued Orvane over its Crunchwell cereal.", ("Kestrel Foods", "Crunchwell")),
    ("Kestrel Foods sued Orvane over its Crunchwell cereal.", ("Orvane", "Crunchwell")),
    ("Brambleway Dairy beat Trellis Analytics with its Frostline yogurt.",
     ("Brambleway Dairy", "Frostline")),
])
def test_goods_of_its_beside_a_verbs_firm_object_have_no_maker(nlp, text, pair):
    assert pair not in of_kind(nlp, text, "develop")


def test_its_goods_with_one_firm_keep_their_maker(nlp):
    text = "Kestrel Foods launched its Crunchwell cereal in March."
    assert ("Kestrel Foods", "Crunchwell") in of_kind(nlp, text, "develop")
