"""use (round 28): the goods a deal or a partnering is made to use are the other side's.
"Kestrel Foods signed a deal with Orvane Telecom to use its satellite service": "its" is Orvane
Telecom's (no firm makes a deal to use its own goods; "use", "access", "adopt" only), so Kestrel
Foods uses Orvane Telecom and a product named there is Orvane Telecom's; the use takes the deal's
mood ("has not signed": negated, "may sign": hedged). Near shapes that keep the old reading: "its own" goods, a verb that is no use
("to expand its network"), "license" (a firm licenses its own goods out as often as another's in),
"integrate" and "deploy" (a maker partners with a platform to put its own goods there),
a with-side of two firms, goods that are no technology or service. Sentences written for these
tests (invented organizations)."""
from __future__ import annotations

import pytest

from extracted import of_kind, relations


@pytest.mark.parametrize("text, user, owner, mood", [
    ("Kestrel Foods has signed a deal with Orvane Telecom to use its satellite internet service.",
     "Kestrel Foods", "Orvane Telecom", "asserted"),
    ("Brambleway Farms struck a deal with Halvorsen Robotics to use its harvesting software "
     "across its orchards.", "Brambleway Farms", "Halvorsen Robotics", "asserted"),
    ("Kestrel Foods has not signed a deal with Orvane Telecom to use its satellite internet "
     "service.", "Kestrel Foods", "Orvane Telecom", "negated"),
    ("Kestrel Foods may sign a deal with Orvane Telecom to use its satellite internet service.",
     "Kestrel Foods", "Orvane Telecom", "hedged"),
])
def test_deal_to_use_the_other_sides_goods(nlp, text, user, owner, mood):
    found = of_kind(nlp, text, "use")
    assert found == {(user, owner): mood}, (text, found)


@pytest.mark.parametrize("text, maker, product", [
    ("Kestrel Foods has signed a deal with Orvane Telecom to use its Skylink satellite internet "
     "service.", "Orvane Telecom", "Skylink"),
])
def test_product_of_the_deal_partner(nlp, text, maker, product):
    found = of_kind(nlp, text, "develop")
    assert (maker, product) in found, (text, found)
    assert all(head == maker for head, _ in found), (text, found)


@pytest.mark.parametrize("text", [
    "Kestrel Foods signed a deal with Orvane Telecom to use its own software.",  # its own
    "Kestrel Foods signed a deal with Orvane Telecom to license its satellite technology.",
    "Kestrel Foods signed a deal with Orvane Telecom to expand its Skylink network.",  # no use
    "Brambleway Farms struck a deal with Halvorsen Robotics to use its harvesting crews.",
    # a maker partners with a platform to put its own goods there: "its" stays the maker's
    "Orvane Labs partnered with Trellis Analytics to integrate its Quill models into its apps.",
    "Kestrel Chargers partnered with Orvane Fuels to deploy its chargers at Orvane stations.",
    "Kestrel Foods signed a deal with Orvane Telecom and Brambleway Dairy to use its software.",
])
def test_no_use_of_the_partner(nlp, text):
    found = {k for k in relations(nlp, text) if k[0] == "use"}
    assert found == set(), (text, found)


def test_teaming_to_use_the_partners_cloud_is_supply_by_the_partner(nlp):
    text = "Kestrel Foods teamed up with Orvane Telecom to use its cloud platform."
    assert of_kind(nlp, text, "supply") == {("Orvane Telecom", "Kestrel Foods"): "asserted"}
    text = "Kestrel Foods teamed up with Orvane Telecom to use Orvane Telecom's cloud platform."
    assert of_kind(nlp, text, "supply") == {("Orvane Telecom", "Kestrel Foods"): "asserted"}
