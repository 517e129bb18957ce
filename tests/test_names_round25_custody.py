"""Names, round 25: a place of custody is no employer of the people held there.

"Tom Reyes is serving a five-year sentence at Orvane Federal Prison Camp" had stored the camp
as his employer ("serve ... at X" reads as a job). A sentence or time served ("serving a
sentence", "served time", "a prison term") and time spent or served at a place whose name says
custody (jail, prison, penitentiary, detention, correctional) are a prisoner's, not a post.
Staff keep theirs: an "as" role, "worked at", or "served at" with no time taken. Every
sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind

HELD = [
    "Tom Reyes is serving a five-year sentence at Orvane Federal Prison Camp.",
    "Ann Lee served time at Kestrel State Penitentiary before she was freed.",
    "Ann Lee served 18 months at Halvorsen Detention Center for fraud.",
    "Tom Reyes is serving his sentence at Trellis Prison, where he works in the kitchen.",
    "Tom Reyes spent two years at the Quillfield County Jail.",
    "Tom Reyes is serving a prison term at Quillfield Federal Correctional Institution.",
    "Tom Reyes, a convicted fraudster, spent two years at the Quillfield County Jail.",
]

STAFF = [
    ("Ann Lee worked at Halvorsen Detention Center as a nurse for ten years.",
     ("Halvorsen Detention Center", "Ann Lee")),
    ("Tom Reyes served ten years at Kestrel State Prison as a guard.",
     ("Kestrel State Prison", "Tom Reyes")),
    ("Ann Lee served at Kestrel Bank for ten years.", ("Kestrel Bank", "Ann Lee")),
    ("Tom Reyes served a two-year term at the Orvane Central Bank.",
     ("Orvane Central Bank", "Tom Reyes")),
    ("Tom Reyes spent two years at Brambleway Dairy.", ("Brambleway Dairy", "Tom Reyes")),
    # a post written beside the name: staff, not an inmate
    ("Ann Lee, a nurse, spent a decade at the Orvane Detention Center.",
     ("Orvane Detention Center", "Ann Lee")),
    ("Tom Reyes, a prison officer, spent 12 years at Kestrel State Penitentiary.",
     ("Kestrel State Penitentiary", "Tom Reyes")),
]


@pytest.mark.parametrize("text", HELD)
def test_time_in_custody_is_no_job(nlp, text):
    assert of_kind(nlp, text, "employ") == {}


@pytest.mark.parametrize("text,pair", STAFF)
def test_posts_and_jobs_keep_their_fact(nlp, text, pair):
    assert pair in of_kind(nlp, text, "employ")
