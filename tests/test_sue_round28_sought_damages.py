"""Suits of round 28, sentences written for these tests (invented names).

Damages sought from a party are a claim against it (the guide's sue: a lawsuit or complaint):
"A is seeking damages from B", "A will seek $2bn in damages from B", "A claimed restitution
from B" (a `seek`/`claim` verb rule of `relations.json` with a damages object and a
"from" party). The verb's mood is the claim's. Refused: money sought that is no damages
("$50m in funding from B", "compensation from B": an insurer or a buyer pays that too),
damages sought with no party named, a "from" that names no firm, a demand (no lawsuit:
"demanded reparations from B")."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, pair, mood", [
    ("Orvane Capital is seeking damages from Kestrel Audit over its alleged negligence.",
     ("Orvane Capital", "Kestrel Audit"), "asserted"),
    ("Halvorsen Marine sought $2bn in damages from Quillfield Shipyards for the late ferries.",
     ("Halvorsen Marine", "Quillfield Shipyards"), "asserted"),
    # the parser hangs "in damages" on the verb, not on the sum
    ("Quillfield Mail is seeking millions in dollars in damages from Kestrel Ads under anti-spam "
     "laws.", ("Quillfield Mail", "Kestrel Ads"), "asserted"),
    ("Brambleway Dairy claimed restitution from Trellis Logistics after the spoiled shipment.",
     ("Brambleway Dairy", "Trellis Logistics"), "asserted"),
    ("Orvane Capital may seek damages from Kestrel Audit.",
     ("Orvane Capital", "Kestrel Audit"), "hedged"),
    ("Kestrel Audit is seeking damages from Lee Brandt, its former auditor.",
     ("Kestrel Audit", "Lee Brandt"), "asserted"),
    ("Orvane Capital is not seeking damages from Kestrel Audit.",
     ("Orvane Capital", "Kestrel Audit"), "negated"),
])
def test_damages_sought_from_a_party_are_a_claim(nlp, text, pair, mood):
    assert of_kind(nlp, text, "sue").get(pair) == mood


@pytest.mark.parametrize("text", [
    "Kestrel Foods is seeking $50m in funding from Orvane Capital.",
    "Kestrel Foods is seeking compensation from Brambleway Dairy after the recall.",
    "Orvane Capital is seeking damages after a fire at its plant.",
    "Orvane Capital is seeking new partners from Kestrel Audit's former clients.",
    # a demand is no lawsuit (mend of round 28)
    "Lee Brandt demanded reparations from Orvane Capital.",
    "Halvorsen Marine demanded damages from Quillfield Shipyards in a letter.",
])
def test_no_claim_without_damages_and_a_party(nlp, text):
    assert not of_kind(nlp, text, "sue")
