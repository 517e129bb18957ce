"""Money kinds and generic owners (issue 9, round 9, part 2): a lone word capitalised only
because it opens the sentence is no owner ("Healthcare providers received ..."); revenue
that was lost is a loss; a town that locates a business ("a grocer in Dunmore that ...") and
the name before a relative clause on an unnamed business ("a bakery in Tarrow that announced
its loan") do not own its figure. Invented sentences from several industries."""
import pytest

from extracted import money


def facts(nlp, text):
    return {(m.entity, m.kind, round(m.amount)) for m in money(nlp, text)}


@pytest.mark.parametrize("text", [
    "Healthcare providers received $12 billion in payments from the fund last year, "
    "according to Quarry Health.",
    "Shipping firms have collected $4 billion in surcharges since March, Tarn Logistics said.",
    "\u201cBrewers lost $300 million in sales,\u201d said Jo Roe of Malt Street Partners.",
])
def test_a_word_that_opens_the_sentence_owns_nothing(nlp, text):
    assert facts(nlp, text) == set()


@pytest.mark.parametrize("text, fact", [
    # a one-word company the text names again keeps its money
    ("Brindle workers built the plant. Brindle received $12 million in grants last year, "
     "and Brindle plans to hire.", ("Brindle", "funding", 12_000_000)),
    ("Veltro raised $40 million from Pine Capital. Investors in Veltro include Oak Ventures.",
     ("Veltro", "funding", 40_000_000)),
])
def test_a_name_the_text_repeats_keeps_its_money(nlp, text, fact):
    assert fact in facts(nlp, text)


@pytest.mark.parametrize("text, fact", [
    ("Ostrava Motors said it expects $300 million in lost revenue because of the shutdown.",
     ("Ostrava Motors", "loss", 300_000_000)),
    ("Quillon Hotels has suffered $45 million in lost sales since the floods.",
     ("Quillon Hotels", "loss", 45_000_000)),
    # revenue earned stays revenue
    ("Ostrava Motors reported $300 million in revenue for the quarter.",
     ("Ostrava Motors", "revenue", 300_000_000)),
    ("Quillon Hotels booked $45 million in sales in March.",
     ("Quillon Hotels", "revenue", 45_000_000)),
])
def test_lost_revenue_is_a_loss(nlp, text, fact):
    assert facts(nlp, text) == {fact}


@pytest.mark.parametrize("text, fact", [
    ("Marlow Foods, a grocer in Dunmore that raised $5 million last year, is hiring.",
     ("Marlow Foods", "funding", 5_000_000)),
    ("Kern Robotics, a startup in Brackley which secured $8 million in March, makes drones.",
     ("Kern Robotics", "funding", 8_000_000)),
])
def test_a_town_after_in_is_not_what_which_stands_for(nlp, text, fact):
    assert facts(nlp, text) == {fact}


@pytest.mark.parametrize("text", [
    "A bakery chain in Tarrow that announced its $2 million loan last week has reopened.",
    "Orvia Software said a rival that lost its $40 million contract had cut staff.",
])
def test_its_in_a_clause_on_an_unnamed_business_is_no_name_before(nlp, text):
    assert facts(nlp, text) == set()


@pytest.mark.parametrize("text, fact", [
    ("Pellor Mills is a bakery chain that announced its $2 million loan last week.",
     ("Pellor Mills", "funding", 2_000_000)),
    ("Kern Robotics, a drone maker that closed its $8 million round in May, is hiring.",
     ("Kern Robotics", "funding", 8_000_000)),
])
def test_its_in_a_clause_on_a_named_business_is_that_name(nlp, text, fact):
    assert facts(nlp, text) == {fact}
