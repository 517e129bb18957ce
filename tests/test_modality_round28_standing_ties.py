"""Round 28: one fact per tie, and a tie the article states as standing is not shown as a plan
because the plan was read first (invented names)."""
from __future__ import annotations

import pytest

from extracted import relations


@pytest.mark.parametrize("text, fact", [
    ("Kestrel Foods will build two plants with Brambleway Dairy next year. Kestrel Foods signed a "
     "partnership with Brambleway Dairy in 2019.", ("partner", "Brambleway Dairy", "Kestrel Foods")),
    ("Halvorsen Marine plans to build a terminal with Orvane Shipping in Rotterdam. Halvorsen "
     "Marine formed an alliance with Orvane Shipping a decade ago.",
     ("partner", "Halvorsen Marine", "Orvane Shipping")),
])
def test_a_standing_tie_outranks_a_plan_to_extend_it(nlp, text, fact):
    found = relations(nlp, text)
    assert found.get(fact) == "asserted", found


@pytest.mark.parametrize("text, fact", [
    ("Kestrel Foods will build two plants with Brambleway Dairy next year.",
     ("partner", "Brambleway Dairy", "Kestrel Foods")),
    ("Halvorsen Marine plans to build a terminal with Orvane Shipping in Rotterdam. Halvorsen "
     "Marine did not form an alliance with Orvane Shipping.",
     ("partner", "Halvorsen Marine", "Orvane Shipping")),
])
def test_a_plan_alone_stays_a_forecast(nlp, text, fact):
    found = relations(nlp, text)
    assert found.get(fact) == "forecast", found
