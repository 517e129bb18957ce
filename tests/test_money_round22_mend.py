"""Review of the round 22 money rules (issue 9): "raised by X" and "cost X $N" name a party
only when X is a firm's whole name, alone; a possessor, a compound on a head noun, a list, a
person, a comparison or a sum raised for another end gives no figure. Invented sentences."""
import pytest

from extracted import money, money_facts


@pytest.mark.parametrize("text", [
    # the raising agent is something the firm has, not the firm
    "The money raised by Halvorsen Marine's charity reached $3 million.",
    "The total raised by Halvorsen Marine's foundation reached $3 million.",
    "The total raised by Orvane's founders reached $5 million.",
    "The total raised by Kestrel Foods' employees for the hospital reached $60,000.",
    "The total raised by Orvane's charity drive reached $2 million.",
    # a comparison is not the total's level
    "The total raised by Orvane is twice the $20 million raised by Kestrel Foods.",
    "The total raised by Orvane exceeds the $50 million raised by Kestrel Foods.",
    "The total raised by Orvane is less than $5 million.",
    # a joint total is nobody's own
    "The round brings the total raised by Trellis Analytics and Orvane to $90 million.",
    # money raised for another end, or received from a sale or a grant
    "The total raised by Orvane for charity reached $2 million.",
    "The sale brings the total received by Orvane from asset sales to $300 million.",
    "The grant brings the total received by Kestrel Foods from the state to $8 million.",
    # a person's campaign money
    "The campaign brings the total raised by Maria Lindqvist to $3 million.",
])
def test_raised_by_gives_no_funding(nlp, text):
    assert {f for f in money_facts(nlp, text) if f[1] == "funding"} == set()


@pytest.mark.parametrize("text", [
    # people of the firm bear it, not the firm
    "The deal cost Orvane shareholders $2 billion.",
    "The outage cost Kestrel Foods customers $5 million.",
    "The storm cost Kestrel Foods investors $40 million.",
    "The strike cost Halvorsen Air workers $4 million in wages.",
    "The strike cost Halvorsen Air staff $4 million in wages.",
    "The strike cost Halvorsen Air's pilots $4 million.",
])
def test_cost_borne_by_people_is_no_firms(nlp, text):
    assert {f for f in money_facts(nlp, text) if f[1] == "cost"} == set()


def test_anonymous_sources_at_the_owner_are_hearsay(nlp):
    text = "Sources at Kestrel Foods reported that the company lost $40 million in the quarter."
    assert [m.modality for m in money(nlp, text)] == ["reported"]


def test_cost_the_tagger_takes_for_a_noun_still_has_its_bearer(nlp):
    # "cost" tagged as a noun: the figure is still the object of "cost"
    text = "Horror film Blackwater cost Halvorsen Pictures $10 million to make."
    assert money_facts(nlp, text) == {("Halvorsen Pictures", "cost", 10e6)}
