"""employ (round 25): time spent at a ground is no job with an employer. "spent four years at
Brambleway Park" names where a player played, not who employed him; a park joins the venue
tails (airport, stadium, arena, plant, prix) the "at" readings already refuse. Time spent at a
firm is still a former job. Invented sentences and names."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, facts", [
    ("Tom Harlow spent just over four years at Brambleway Park, making 125 appearances for the"
     " club.", {}),
    ("Ann Whitfield works at Halvorsen Park as head groundskeeper.", {}),
    # near shapes: a firm, a lab
    ("Tom Harlow spent ten years at Kestrel Foods before joining Orvane.",
     {("Kestrel Foods", "Tom Harlow"): "negated", ("Orvane", "Tom Harlow"): "asserted"}),
    ("Ann Whitfield spent 20 years at Quillfield Labs, the research group.",
     {("Quillfield Labs", "Ann Whitfield"): "negated"}),
])
def test_a_ground_is_no_employer(nlp, text, facts):
    assert of_kind(nlp, text, "employ") == facts
