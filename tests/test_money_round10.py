"""Kinds, owners and modality (issue 9, round 10, from judged samples of real news): a named
cause of "cost" owns no loss; "the $Xbn it paid for Y" takes its kind and payer from its own
relative clause, not from a comparison around it; a figure an estimating verb governs is
hedged; a relative clause after the figure lends it no negation. Invented sentences from
several industries."""
import pytest

from extracted import money


def facts(nlp, text):
    return {(m.entity, m.kind, round(m.amount)) for m in money(nlp, text)}


@pytest.mark.parametrize("text", [
    "Hurricane Dorian cost more than $40 million in lost revenue across the region.",
    "Tropical Storm Vela closed the harbour for a week and cost more than $6 million in lost "
    "fees.",
])
def test_a_named_cause_of_cost_owns_nothing(nlp, text):
    assert facts(nlp, text) == set()


@pytest.mark.parametrize("text, fact", [
    ("Brontel Motors' recall cost $300 million last year.",
     ("Brontel Motors", "cost", 300_000_000)),
    ("Brontel Motors closed two plants and spent $40 million on new robots.",
     ("Brontel Motors", "cost", 40_000_000)),
])
def test_a_payer_of_cost_keeps_its_figure(nlp, text, fact):
    assert facts(nlp, text) == {fact}


@pytest.mark.parametrize("text, fact", [
    ("Orvane Mining's market value is now less than the $4.1 billion it paid for a minority "
     "stake in Rocaz in 2018.", ("Orvane Mining", "investment", 4_100_000_000)),
    ("Halden Media's market value is now below the $900 million it spent on the Lumio "
     "streaming service.", ("Halden Media", "cost", 900_000_000)),
    ("Lumio Health has lost half of the $2 billion that Pexa Capital Inc. invested in it.",
     ("Pexa Capital", "investment", 2_000_000_000)),
    ("Tallis Bio Inc. said on Monday it will use the $40 million it raised last year to build "
     "a plant.", ("Tallis Bio", "funding", 40_000_000)),
])
def test_a_figure_takes_its_kind_from_its_own_relative_clause(nlp, text, fact):
    assert facts(nlp, text) == {fact}


@pytest.mark.parametrize("text, modality", [
    ("Norvale Corp. theme parks face $21 billion coronavirus loss through 2022, analysts warn.",
     "hedged"),
    ("Brindle Air Inc. lost $2 billion in 2020, analysts estimate.", "hedged"),
    ("Brindle Air Inc. lost $2 billion in 2020, its annual report shows.", "asserted"),
])
def test_a_figure_an_estimating_verb_governs_is_hedged(nlp, text, modality):
    assert {m.modality for m in money(nlp, text)} == {modality}


@pytest.mark.parametrize("text, modality", [
    ("Pell Pharma has announced that it has received $1.2 billion from Orvia Health to deliver "
     "doses of a vaccine that is not even approved yet.", "asserted"),
    ("Kestrel Foods raised $30 million for a bakery chain that has never turned a profit.",
     "asserted"),
    ("Kestrel Foods has not spent $30 million, the company said.", "negated"),
])
def test_a_relative_clause_after_the_figure_lends_it_no_negation(nlp, text, modality):
    assert {m.modality for m in money(nlp, text)} == {modality}
