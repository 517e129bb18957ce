"""invest (round 26): a public agency's funding of a firm's work is a grant, no stake. "Quillfield
Bio received funding from the Orvane Research Authority", "the Orvane Health Agency funded the
firm's trial", "funding from the Department of Energy" gave invest; the guide counts a
subsidy as funding supplied, not a stake held. Kept: a stake or shares the sentence names, a
state fund whose name says it invests ("the Orvane Investment Authority"), the verb "invest"
itself, and a round raised from an agency beside investors. Sentences written for these tests
(invented organizations)."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, pair", [
    ("Sanfield Pharma has long received funding from the Orvane Biomedical Research Authority.",
     ("Orvane Biomedical Research Authority", "Sanfield Pharma")),
    ("Quillfield Bio received $483 million from the Orvane Biomedical Research Authority, a"
     " federal agency.", ("Orvane Biomedical Research Authority", "Quillfield Bio")),
    ("The Orvane Health Agency funded Quillfield Bio's vaccine trial with $20 million.",
     ("Orvane Health Agency", "Quillfield Bio")),
    ("Quillfield Bio received funding from the Department of Energy.",
     ("Department of Energy", "Quillfield Bio")),
])
def test_agency_funding_is_no_stake(nlp, text, pair):
    found = of_kind(nlp, text, "invest")
    assert pair not in found, (text, found)


@pytest.mark.parametrize("text, pair", [
    ("Quillfield Bio received funding from the Orvane Investment Authority.",
     ("Orvane Investment Authority", "Quillfield Bio")),
    ("The Orvane Development Agency took a 10% stake in Quillfield Bio.",
     ("Orvane Development Agency", "Quillfield Bio")),
    ("The Orvane Development Agency funded Quillfield Bio in exchange for shares.",
     ("Orvane Development Agency", "Quillfield Bio")),
    ("Quillfield Bio raised $50 million from Trellis Capital and the Orvane Development Agency.",
     ("Orvane Development Agency", "Quillfield Bio")),
    ("Quillfield Bio received funding from Trellis Capital.",
     ("Trellis Capital", "Quillfield Bio")),
])
def test_stake_or_investing_body_kept(nlp, text, pair):
    found = of_kind(nlp, text, "invest")
    assert found.get(pair) == "asserted", (text, found)
