"""Working "at" an airport, a stadium, an arena, a plant or a grand prix names where the work
is done, not who employs the worker (a screener at an airport works for an agency or an
airline; a line worker at an assembly plant for the carmaker): the audits had such places
stored as employers. A title before the name still makes it one ("Harlow Airport chief
executive Ann Vale"): a place's operator is often named after it.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,place", [
    # travel, car making, sport
    ("Ravi Dunn was a security screener for 16 years and most recently worked at Harlow "
     "International Airport in Ohio.", "Harlow International Airport"),
    ("Ada Marr works at the Kestrel Motors Eastbrook Assembly Plant in Michigan.",
     "Kestrel Motors Eastbrook Assembly Plant"),
    ("Ann Lowe worked at the Globex Stadium as a groundskeeper.", "Globex Stadium"),
])
def test_a_place_worked_at_is_no_employer(nlp, text, place):
    assert not [k for k in of_kind(nlp, text, "employ") if k[0] == place]


@pytest.mark.parametrize("text,fact", [
    ("Tom Reed worked at Vantor Robotics for ten years.", ("Vantor Robotics", "Tom Reed")),
    ("Harlow Airport chief executive Ann Vale said flights would resume.",
     ("Harlow Airport", "Ann Vale")),
])
def test_a_firm_or_a_titled_operator_still_employs(nlp, text, fact):
    assert fact in of_kind(nlp, text, "employ")
