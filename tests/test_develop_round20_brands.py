"""develop (round 20): a company's list of brands names products it makes or owns: "Acme,
whose brands include Zephyr and Bolt", "Acme's best-known brands are Zephyr and Bolt", "Acme
owns brands including Zephyr soap". The owner must be named as the brand noun's possessor
("whose" standing for a named company) or as the subject of "own" (not "sell" or "have": a shop
sells brands; not "be home to": a mall is home to brands); "its brands" (a guessed antecedent), brands with no owner ("big brands like
Zephyr") and brands a sentence only mentions ("said brands such as Zephyr were struggling") give
no fact. Every name is invented (drinks, cars, household goods, appliances)."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, pairs", [
    ("Kelvora, whose brands include Zentrix and Pellomax, reported higher sales.",
     {("Kelvora", "Zentrix"), ("Kelvora", "Pellomax")}),  # drinks
    ("Brandel Motors, whose brands include Corvane and Halvette, cut 2,000 jobs.",
     {("Brandel Motors", "Corvane"), ("Brandel Motors", "Halvette")}),  # cars
    ("Kelvora's main European brands are Zentrix and Pellomax.",
     {("Kelvora", "Zentrix"), ("Kelvora", "Pellomax")}),
    ("Quorvex owns brands including Zentrix soap and Pellomax shampoo.",
     {("Quorvex", "Zentrix"), ("Quorvex", "Pellomax")}),  # household goods
    ("Quorvane, which owns brands such as Zentrix, reported higher sales.",
     {("Quorvane", "Zentrix")}),  # appliances
    ("Kelvora, a drinks group whose brands include Zentrix and Pellomax, reported a loss.",
     {("Kelvora", "Zentrix"), ("Kelvora", "Pellomax")}),  # "whose" after an apposition
    ("Brandel Motors, a carmaker whose marques include Corvane, cut jobs.",
     {("Brandel Motors", "Corvane")}),
])
def test_a_named_owners_brands_are_its_products(nlp, text, pairs):
    assert pairs <= set(of_kind(nlp, text, "develop"))


@pytest.mark.parametrize("text", [
    "Its brands include Zentrix and Pellomax.",  # whose "its" is a guess
    "Big brands like Zentrix and Pellomax are struggling.",  # no owner
    "Kelvora said brands such as Zentrix and Pellomax were struggling.",  # mentioned, not owned
    "Kelvora hired Ann Lee, whose brands include Zentrix.",  # a person's brands
    "Shoppers switched from Kelvora's brands to Zentrix last year.",  # no list
    "Halden Stores sells brands such as Zentrix and Pellomax.",  # a shop sells others' brands
    "Kelvora sold brands including Zentrix and Pellomax to Brandel Motors.",
    "Kelvora has brands like Zentrix on its shelves, the grocer said.",  # stocks them
    "The Harlow Galleria is home to brands such as Zentrix and Pellomax.",  # a mall
    "Brinmoor Fashion Week is home to brands such as Zentrix.",  # a fair
])
def test_no_develop_without_a_named_owner_listing_its_brands(nlp, text):
    assert not {pair for pair in of_kind(nlp, text, "develop") if pair[1] == "Zentrix"}


@pytest.mark.parametrize("text, modality", [
    ("Kelvora does not own brands such as Zentrix and Pellomax.", "negated"),
    ("Brandel Motors may own brands such as Zentrix.", "hedged"),
])
def test_the_owning_verbs_clause_gives_the_modality(nlp, text, modality):
    assert of_kind(nlp, text, "develop").get((text.split(" does")[0].split(" may")[0], "Zentrix")) == modality


@pytest.mark.parametrize("text, pairs", [
    # the tagger runs "Zentrix, Pellomax" into one name: each is a brand (drinks; cars)
    ("Kelvora, whose brands include Zentrix, Pellomax and Corvane, reported a loss.",
     {("Kelvora", "Zentrix"), ("Kelvora", "Pellomax"), ("Kelvora", "Corvane")}),
    ("Brandel Motors, whose marques include Corvane, Halvette and Sorrento, cut jobs.",
     {("Brandel Motors", "Corvane"), ("Brandel Motors", "Halvette"), ("Brandel Motors", "Sorrento")}),
])
def test_a_list_run_into_one_name_gives_each_brand(nlp, text, pairs):
    facts = of_kind(nlp, text, "develop")
    assert pairs <= set(facts)
    assert not any("," in tail for _, tail in facts)
