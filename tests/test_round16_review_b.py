"""From the second re-read of round 16: leaving a firm for a city still ends the job (only a
named site or area makes it a trip); a figure reached "in a week" is a total ("in a single day"
stays a rate); an if-clause takes away funding only when it names funding as a thing ("if it
cannot raise prices" does not); an investment "in the industry" is no industry total; a profit
is judged against the largest sales figure of its sentence; a deal lost is not one won.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import money_facts, of_kind


def test_leaving_a_firm_for_a_city_ends_the_job(nlp):
    text = "Ada Roe left Velto Foods for London in 2019."
    assert of_kind(nlp, text, "employ").get(("Velto Foods", "Ada Roe")) == "negated"


@pytest.mark.parametrize("text,fact", [
    ("Kettle Ventures raised $5 million in a week from investors.",
     ("Kettle Ventures", "funding", 5_000_000)),
    ("If Brisk Foods cannot raise prices, it will post a $600 million loss.",
     ("Brisk Foods", "loss", 600_000_000)),
    ("Harlan Metals made a $2 billion investment in the industry.",
     ("Harlan Metals", "investment", 2_000_000_000)),
    ("Velto Foods said revenue rose to $5bn from $4bn and its profit rose to $4.5bn.",
     ("Velto Foods", "profit", 4_500_000_000)),
])
def test_figures_the_review_found_dropped_are_kept(nlp, text, fact):
    assert fact in money_facts(nlp, text)


def test_a_single_day_is_still_a_rate(nlp):
    text = "Sales hit $2 million in a single day at Orlen Shops, the company said."
    assert not [f for f in money_facts(nlp, text) if f[2] == 2_000_000]
