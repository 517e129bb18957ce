"""Names cut at a leading place, round 23 (issue 9): a US state or a large city the tagger
calls a place makes no product, so a body named after it ("Ohio Housing Justice Network")
stays one name when the text also writes the place alone ("Ohio's laws"); it was split into
the maker "Ohio" and a product "Housing Justice Network", and the cut name, or the place,
was stored as the employer.

Every sentence and name is invented (the places are real, the bodies are not).
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,employer", [
    ("\"Ohio's rent rules hurt tenants,\" Ann Vale, grants director for Ohio "
     "Housing Justice Network, told reporters.", "Ohio Housing Justice Network"),
    ("\"Denver's rules are strict,\" said Ann Vale, a director at Denver Housing Justice "
     "Network.", "Denver Housing Justice Network"),
])
def test_a_body_named_after_a_place_is_whole(nlp, text, employer):
    found = of_kind(nlp, text, "employ")
    assert (employer, "Ann Vale") in found, found
    assert len(found) == 1, found


def test_a_firm_still_makes_what_its_name_leads(nlp):
    # a one-word firm's name before a product noun's phrase still makes that product
    from tieline.extract.entities import DocEntities
    text = "Orvane's new chips are fast, and the Orvane Brindle GPUs ship in May."
    makers = DocEntities(nlp(text)).makers
    assert any(str(maker) == "Orvane" for maker, _ in makers.values()), makers
