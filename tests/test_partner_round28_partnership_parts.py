"""partner (round 28): an act said to be part of a partnership ties the act's two sides. "Halvorsen
Marine invested $25 million in Kestrel Rides as part of a partnership": the investor and the firm
invested in are partners, in the act's mood. Near shapes that give no such partner: a partnership
that names its own other side ("as part of its partnership with Orvane Capital": that side), a
third firm's alliance, a deal (a sale or a payment is no partnership), a denied act. Sentences
written for these tests (invented organizations)."""
from __future__ import annotations

import pytest

from extracted import of_kind, relations


@pytest.mark.parametrize("text, facts", [
    ("Halvorsen Marine has invested $25 million in Kestrel Rides as part of a partnership that "
     "includes testing of autonomous cars.", {("Halvorsen Marine", "Kestrel Rides"): "asserted"}),
    ("Trellis Analytics will supply Brambleway Dairy with sensors as part of a strategic alliance.",
     {("Brambleway Dairy", "Trellis Analytics"): "forecast"}),
    ("Halvorsen Marine could invest in Kestrel Rides as part of a partnership.",
     {("Halvorsen Marine", "Kestrel Rides"): "hedged"}),
])
def test_act_as_part_of_a_partnership(nlp, text, facts):
    assert of_kind(nlp, text, "partner") == facts, text


@pytest.mark.parametrize("text, facts", [
    # the partnership's own side, read by the noun rule: not the firm invested in
    ("Halvorsen Marine invested in Kestrel Rides as part of its partnership with Orvane Capital.",
     {("Halvorsen Marine", "Orvane Capital"): "asserted"}),
    ("Halvorsen Marine invested in Kestrel Rides as part of Orvane Capital's alliance.", {}),
    ("As part of the deal, Halvorsen Marine will pay Kestrel Rides $5 million.", {}),
    ("Halvorsen Marine bought a stake in Kestrel Rides as part of the agreement.", {}),
    ("Halvorsen Marine did not invest in Kestrel Rides as part of a partnership.", {}),
])
def test_no_partner_from_the_act(nlp, text, facts):
    assert of_kind(nlp, text, "partner") == facts, text


@pytest.mark.parametrize("text, buyer, bought", [
    # a takeover done as part of an alliance stays a takeover, no partnership (mend of round 28)
    ("Kestrel Foods acquired Orvane Capital as part of a strategic alliance.",
     "Kestrel Foods", "Orvane Capital"),
    ("Halvorsen Marine bought Quillfield Shipyards as part of a broader plan.",
     "Halvorsen Marine", "Quillfield Shipyards"),
])
def test_a_takeover_as_part_of_something_is_a_takeover(nlp, text, buyer, bought):
    facts = relations(nlp, text)
    assert ("acquire", buyer, bought) in facts, text
    assert not [k for k in facts if k[0] == "partner"], text
