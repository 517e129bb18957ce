"""A figure "a month" is a rate, like one "a day" or "a week", not a total anyone reported
("Harbor Rides earned $40 million a month"); "a month ago" after a figure says when, and the
figure stays.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import money_facts


@pytest.mark.parametrize("text", [
    # ride hailing, streaming
    "Harbor Rides earned $40 million a month in 2023.",
    "Corvin Stream's revenue is about $12 million per month, analysts say.",
])
def test_a_monthly_rate_is_no_figure(nlp, text):
    assert not money_facts(nlp, text)


@pytest.mark.parametrize("text,owner,amount", [
    ("Harbor Rides raised $40 million a month ago from Brisk Capital.", "Harbor Rides", 40e6),
    ("Velto Foods reported revenue of $2 billion for the year.", "Velto Foods", 2e9),
])
def test_a_figure_dated_a_month_ago_stays(nlp, text, owner, amount):
    assert any(f[0] == owner and f[2] == amount for f in money_facts(nlp, text))
