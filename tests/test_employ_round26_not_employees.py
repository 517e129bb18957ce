"""employ, round 26: people a sentence names beside an organization who are not its staff, and
a job agreed but not yet taken. A name opening a clause about a role noun ("the employee Ann
Lee had contact with") leaves the role to the other person.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,pair", [
    ("Halvorsen Marine says the employee Dana Whitcombe had contact with tested positive last "
     "week.", ("Halvorsen Marine", "Dana Whitcombe")),
    ("Trellis Analytics said the engineer Mara Olsen worked with was let go in March.",
     ("Trellis Analytics", "Mara Olsen")),
    ("Kestrel General Hospital said the nurse Ann Lee replaced had retired.",
     ("Kestrel General Hospital", "Ann Lee")),
])
def test_a_name_opening_a_clause_about_a_role_does_not_hold_it(nlp, text, pair):
    assert pair not in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text,pair", [
    ("Trellis Analytics engineer Mara Olsen worked on the bridge.",
     ("Trellis Analytics", "Mara Olsen")),
    ("Dag Moen, the Kestrel Foods staff writer, wrote the memo.", ("Kestrel Foods", "Dag Moen")),
])
def test_a_role_written_before_its_holder_still_counts(nlp, text, pair):
    assert of_kind(nlp, text, "employ").get(pair) == "asserted"


@pytest.mark.parametrize("text,modality", [
    ("Tomas Pell has agreed to join Kestrel Foods as finance director.", "forecast"),
    ("Tomas Pell agrees to join Orvane Otters as head coach.", "forecast"),
    ("Tomas Pell has not agreed to join Kestrel Foods.", "negated"),
    ("Tomas Pell agreed to join Kestrel Foods in 2019 and has run its dairy arm since.",
     "asserted"),
])
def test_a_join_agreed_is_a_job_to_come(nlp, text, modality):
    found = of_kind(nlp, text, "employ")
    org = "Orvane Otters" if "Otters" in text else "Kestrel Foods"
    assert found.get((org, "Tomas Pell")) == modality
