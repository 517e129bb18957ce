"""develop (round 16): names a firm is said to make. A plural product noun in apposition to a
list names every product in it ("the drugs Zephyr and Velmo"), and "Acme, which makes Zephyr"
or "It makes Zephyr" calls the plain object a product even where the tagger took it for a firm
or a person. Sentences written for these tests (invented organizations and products, several
industries)."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, maker, products", [
    ("Harwick Pharma makes the multiple sclerosis treatments Velmora and Tysarex as well as the "
     "atrophy treatment Spinoza.", "Harwick Pharma", ["Velmora", "Tysarex", "Spinoza"]),
    ("Pellucid Interactive publishes the games Skyreach, Ironvale and Duskfall.",
     "Pellucid Interactive", ["Skyreach", "Ironvale", "Duskfall"]),
    ("Orbis Semiconductor develops the chips Vela and Corvus.", "Orbis Semiconductor",
     ["Vela", "Corvus"]),
])
def test_every_name_of_an_apposed_list_is_a_product(nlp, text, maker, products):
    found = of_kind(nlp, text, "develop")
    assert all((maker, p) in found for p in products), found


@pytest.mark.parametrize("text, maker, product", [
    ("Brauwerk Holdings, which makes Stella Marlow, said pre-tax profits for 2004 rose 56%.",
     "Brauwerk Holdings", "Stella Marlow"),
    ("Investors cheered Dornell, which produces Falcon Glass, after the award.",
     "Dornell", "Falcon Glass"),
    ("Kestova Pharmaceuticals was bought last year. It makes Velquarin for hospitals.",
     "Kestova Pharmaceuticals", "Velquarin"),
])
def test_what_a_firm_makes_is_its_product(nlp, text, maker, product):
    assert (maker, product) in of_kind(nlp, text, "develop")


@pytest.mark.parametrize("text", [
    "The deal, which makes Acme Bank the largest lender in Ohio, was approved on Friday.",
    "Globex, which makes Tom Hale's furniture, said sales rose.",
    "Delmar Foods, which made Tom Hale a rich man, is for sale.",
    "The regulators Ofcom and Ofgem criticised the products.",
    "The company hired the consultants Bain and McKinsey to review its drugs.",
])
def test_no_product_where_the_object_is_no_product(nlp, text):
    assert not of_kind(nlp, text, "develop")


@pytest.mark.parametrize("text, maker, product", [
    ("Shares in Velquarin maker Kestova Pharmaceuticals rose 3%. Kestova Pharmaceuticals said "
     "the drug sold well.", "Kestova Pharmaceuticals", "Velquarin"),
    ("Skyreach creator Pellucid Interactive hired 40 staff. Pellucid Interactive is based in "
     "Paris.", "Pellucid Interactive", "Skyreach"),
    ("The ZephyrPhone maker Brightwave Inc said sales fell. Brightwave Inc is based in Ohio.",
     "Brightwave", "ZephyrPhone"),
])
def test_a_maker_noun_titles_a_firm_with_its_product(nlp, text, maker, product):
    assert (maker, product) in of_kind(nlp, text, "develop")


@pytest.mark.parametrize("text", [
    "Drug maker Kestova Pharmaceuticals cut jobs. Kestova Pharmaceuticals is based in New York.",
    "Ohio maker Halvorsen Homes said sales rose. Halvorsen Homes is based in Ohio.",
    "Xbox developer Rare Studios hired staff. Rare Studios is based in England.",
    "Hollywood producer Ann Whitfield signed a deal with Paramount.",
    "Peter Pan creator Ann Whitfield wrote the book.",
])
def test_no_product_from_a_kind_a_place_or_a_platform(nlp, text):
    assert not of_kind(nlp, text, "develop")
