"""Supply stated by working with a firm for a making service (tieline.extract.relations.supply,
round 11): "Z works with X for drug substance production", "Z partners with X and Y for
fill/finish services" say X makes for Z. Invented companies from medicine, cars and foods;
a shared project ("for the production of the film"), a length of time or a fund, and a
negated clause state no supply."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, pairs", [
    ("Pellara Therapeutics Inc. works with Vashti Biologics Ltd. for drug substance production.",
     [("Vashti Biologics", "Pellara Therapeutics")]),
    ("Pellara Therapeutics Inc. also works with Vashti Biologics Ltd. for production, and "
     "partners with Corvane Pharma Inc. and Delmont Bio Ltd. for fill/finish services.",
     [("Vashti Biologics", "Pellara Therapeutics"), ("Corvane Pharma", "Pellara Therapeutics"),
      ("Delmont Bio", "Pellara Therapeutics")]),
    ("Ferrox Motors Inc. teamed up with Kelby Parts Ltd. for battery manufacturing.",
     [("Kelby Parts", "Ferrox Motors")]),
])
def test_working_with_a_firm_for_a_making_service_is_its_supply(nlp, text, pairs):
    found = of_kind(nlp, text, "supply")
    assert all(p in found for p in pairs)


@pytest.mark.parametrize("text", [
    "Nordic Film Ltd. works with Halcyon Pictures Inc. for the production of the film.",
    "Orvell Logistics Inc. works with Danton Freight Ltd. for years.",
    "Merrin Bank Inc. works with Castell Group Ltd. for a new fund.",
    "Ferrox Motors Inc. does not work with Kelby Parts Ltd. for assembly.",
    "Brightmoor Foods Inc. works with Tallis Packaging Ltd. on production plans.",
])
def test_a_shared_project_time_or_negation_is_no_supply(nlp, text):
    assert not of_kind(nlp, text, "supply")
