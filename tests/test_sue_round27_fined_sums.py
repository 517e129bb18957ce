"""Sue, round 27: "X was fined £3m by the Authority": the parser hangs the "by" phrase on the
sum, the passive verb's object; it is still the agent who fines. Sentences and names invented."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, head, tail, mood", [
    ("Orvane Shipping was fined £3m by the Competition Authority.",
     "Competition Authority", "Orvane Shipping", "asserted"),
    ("Orvane Shipping was fined £3m by the Competition Authority for misleading customers.",
     "Competition Authority", "Orvane Shipping", "asserted"),
    ("Halvorsen Marine was fined $550,000 by the Maritime Safety Agency after the spill.",
     "Maritime Safety Agency", "Halvorsen Marine", "asserted"),
    ("Orvane Shipping was fined 5 million euros by the Competition Authority.",
     "Competition Authority", "Orvane Shipping", "asserted"),
    ("Orvane Shipping could be fined £3m by the Competition Authority.",
     "Competition Authority", "Orvane Shipping", "hedged"),
    ("Orvane Shipping was not fined £3m by the Competition Authority.",
     "Competition Authority", "Orvane Shipping", "negated"),
])
def test_the_agent_after_the_sum_fines(nlp, text, head, tail, mood):
    assert of_kind(nlp, text, "sue").get((head, tail)) == mood


@pytest.mark.parametrize("text", [
    "Orvane Shipping was fined £3m by a Halden court.",
    "Orvane Shipping was paid £3m by Kestrel Foods.",
    "Orvane Shipping was charged £3m by Kestrel Foods for the cargo.",
    "Orvane Shipping was fined £3m for failings in its audit of Kestrel Foods.",
])
def test_no_case_from_a_court_a_payment_or_a_price(nlp, text):
    assert of_kind(nlp, text, "sue") == {}
