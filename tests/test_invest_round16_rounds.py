"""Investing in a company's round, round 16 (a verb rule appended): "Halvard Capital invested in
Brennan Foods' Series B round", "... in the $50 million round for Brennan Foods" give
invest(investor, the company raising), as "participated in" already did. A round nobody is
named as raising gives nothing: no story's company is assumed ("a round of golf with Kestrel
executives" is no funding).

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,fact", [
    # food, space, cybersecurity
    ("Halvard Capital invested in Brennan Foods' Series B round.", ("Halvard Capital", "Brennan Foods")),
    ("Kelso Ventures also invested in the $50 million round for Orbitra Launch.",
     ("Kelso Ventures", "Orbitra Launch")),
    ("Verity Partners has invested in Quillo Security's last two funding rounds.",
     ("Verity Partners", "Quillo Security")),
])
def test_invested_in_round(nlp, text, fact):
    assert fact in of_kind(nlp, text, "invest")


@pytest.mark.parametrize("text", [
    "Halvard Capital invested in a round of golf with Kestrel Motors executives.",
    "Halvard Capital invested in the second round of the Kestrel Motors tender.",
    "Halvard Capital has invested in funding rounds for dozens of startups.",
])
def test_no_round_named(nlp, text):
    assert not of_kind(nlp, text, "invest")
