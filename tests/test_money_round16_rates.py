"""Round 16 money: a figure told "a week ago" (or "a day ago") is dated, not a weekly rate,
as one "a month ago" already was; a figure "in a single day" or "in one week" is a day's or a
week's takings, a rate, not a total.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import money_facts


@pytest.mark.parametrize("text,owner,kind,amount", [
    # asset management, networking
    ("Tidewell Capital raised $5 billion a week ago, the company said.",
     "Tidewell Capital", "funding", 5e9),
    ("Grayfield Networks posted revenue of $900 million a week ago.",
     "Grayfield Networks", "revenue", 900e6),
])
def test_a_figure_a_week_ago_stays(nlp, text, owner, kind, amount):
    assert (owner, kind, amount) in money_facts(nlp, text)


@pytest.mark.parametrize("text", [
    # cosmetics, games, steel, airlines
    "Bramble Cosmetics said its sales hit $2 million in a single day in March.",
    "Orsino Games said revenue reached $3 million in one week after the launch.",
    "Corla Steel earns $4 million a week from the mill.",
    "Pendle Air loses $2 million a day while grounded.",
])
def test_a_days_or_weeks_figure_is_a_rate(nlp, text):
    assert not money_facts(nlp, text)
