"""employ, round 13: "has worked at X" with no span up to now lists a career, so the job is a
former one; with "since", "for eight years" or "long" it is the present one (sentences and
names invented, several industries)."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, head, tail", [
    # public sector, then a second past post
    ("Owen Tate has worked at the Commerce Department and was treasurer at Pellbrook Capital "
     "for a decade.", "Commerce Department", "Owen Tate"),
    # logistics
    ("Rhea Lund has worked at Harrow Freight, a trucking firm, and at two banks.",
     "Harrow Freight", "Rhea Lund"),
    # pharma, in a relative clause
    ("Owen Tate, who has worked at Brisk Pharma, said the trial was delayed.", "Brisk Pharma",
     "Owen Tate"),
])
def test_a_perfect_of_working_without_a_span_is_a_past_job(nlp, text, head, tail):
    assert of_kind(nlp, text, "employ").get((head, tail)) == "negated"


@pytest.mark.parametrize("text, head, tail", [
    ("Rhea Lund has worked at Harrow Freight since 2019.", "Harrow Freight", "Rhea Lund"),
    ("Rhea Lund has worked at Harrow Freight since it opened in 2018.", "Harrow Freight",
     "Rhea Lund"),
    ("Owen Tate, who has worked at Brisk Pharma for a decade, said the trial was delayed.",
     "Brisk Pharma", "Owen Tate"),
    ("Owen Tate has long worked at Brisk Pharma.", "Brisk Pharma", "Owen Tate"),
    ("Owen Tate works at Brisk Pharma.", "Brisk Pharma", "Owen Tate"),
])
def test_working_up_to_now_stays_current(nlp, text, head, tail):
    assert of_kind(nlp, text, "employ").get((head, tail)) == "asserted"
