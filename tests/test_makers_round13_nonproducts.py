"""Develop precision, round 13: three shapes real news gave as products that are none: a region
a maker serves ("Brightwell Health's Rocky Mountain network"), a word cut from a quoted title
("a livestream "Ask Us LIVE: Conversations about Floods"") and an era ("a "21st Century
network""); and a person's name listed with another person's and led by a word the text uses
as a company's ("by Qiao Feng and Lin Zhaowei"). Products in the same shapes still count.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,fact", [
    # health care
    ("To reach one of the clinics in Brightwell Health's Rocky Mountain network, patients "
     "drive for hours.", ("Brightwell Health", "Rocky Mountain")),
    # energy
    ("Storms shut two refineries in Halvorsen Energy's Gulf Coast network on Monday.",
     ("Halvorsen Energy", "Gulf Coast")),
    # media
    ("Harbor Daily Network announced it is launching a new livestream show \u201cAsk the "
     "Experts LIVE: Conversations about Flooding\u201d on Facebook.",
     ("Harbor Daily Network", "Conversations")),
    # retail
    ("Pellworth Stores said it is launching a podcast \u201cShop Talk with Ann: Secrets of "
     "Retail\u201d next week.", ("Pellworth Stores", "Secrets")),
    # cars
    ("Corvane Motors plans to create a \"21st Century network\" for its dealers.",
     ("Corvane Motors", "21st Century")),
])
def test_a_region_a_title_fragment_or_an_era_is_no_product(nlp, text, fact):
    assert fact not in of_kind(nlp, text, "develop")


@pytest.mark.parametrize("text,fact", [
    ("Brightwell Health's Zephyr app lets patients book visits.", ("Brightwell Health", "Zephyr")),
    ("Halvorsen Energy launched \u201cGridWise\u201d, an app that tracks home power use.",
     ("Halvorsen Energy", "GridWise")),
    ("Corvane Motors unveiled its \"Sprint 2\" hatchback on Tuesday.", ("Corvane Motors", "Sprint 2")),
])
def test_products_in_the_same_shapes_stay(nlp, text, fact):
    assert fact in of_kind(nlp, text, "develop")


@pytest.mark.parametrize("text,fact", [
    # books
    ("Lin's asylum request was denied. In 1999, in the book Open Warfare, by Qiao Feng and "
     "Lin Zhaowei, the colonels said so.", ("Lin", "Lin Zhaowei")),
    # research reports
    ("Marlow's lawyers said Marlow would appeal. The report, by Dana Whitfield and Marlow "
     "Okafor, was published in May.", ("Marlow", "Marlow Okafor")),
])
def test_a_name_listed_with_a_person_is_no_product_of_its_first_word(nlp, text, fact):
    assert fact not in of_kind(nlp, text, "develop")


def test_a_product_named_after_its_maker_beside_a_person_in_the_clause_stays(nlp):
    text = "Tellam and Ann Price presented the Tellam Skypass app to travellers."
    assert ("Tellam", "Tellam Skypass") in of_kind(nlp, text, "develop")
