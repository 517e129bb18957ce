"""Round 19, partner: one act done by two firms together.

- a verb the text says two firms did jointly ("was carried out jointly by A and B", "A and B
  jointly run X", "co-developed by A and B", "A runs X jointly with B");
- a "joint" study, effort, bid or project by, from, of or between two firms, or one firm's joint
  project with another.

Both parties must be firms: people who jointly won a prize, or firms that each run their own
site, are no partnership. Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


def _paired(nlp, text: str, a: str, b: str) -> bool:
    found = of_kind(nlp, text, "partner")
    return (a, b) in found or (b, a) in found


@pytest.mark.parametrize("text,a,b", [
    # research
    ("The research was carried out jointly by the Harlow Institute and the Fenwick Trust.",
     "Harlow Institute", "Fenwick Trust"),
    # public bodies
    ("The leaflet was published jointly by the Crown Prosecution Service and the Association "
     "of Chief Police Officers.", "Crown Prosecution Service",
     "Association of Chief Police Officers"),
    # events
    ("The event was jointly organised by Tessaro Bank and the Kelvin Foundation.",
     "Tessaro Bank", "Kelvin Foundation"),
    # logistics
    ("Orvane Foods and Petrel Logistics jointly run the depot.", "Orvane Foods", "Petrel Logistics"),
    ("Orvane Foods runs the depot jointly with Petrel Logistics.", "Orvane Foods",
     "Petrel Logistics"),
    # pharmaceuticals
    ("The trial tests a vaccine co-developed by Harlow Biotech and the Fenwick Institute.",
     "Harlow Biotech", "Fenwick Institute"),
])
def test_an_act_done_jointly_pairs_the_firms(nlp, text, a, b):
    assert _paired(nlp, text, a, b)


@pytest.mark.parametrize("text,a,b", [
    # universities
    ("According to a joint study by Harlow University and the Fenwick Institute, the drug worked.",
     "Harlow University", "Fenwick Institute"),
    # media
    ("A joint investigation by the Daily Ledger and Northwind Radio found the claims false.",
     "Daily Ledger", "Northwind Radio"),
    # statistics
    ("The joint study from the Kelvin Agency and the Tessaro Fund found output rose.",
     "Kelvin Agency", "Tessaro Fund"),
    # motors
    ("Orvane Motors conducted a joint study with Petrel Vehicles.", "Orvane Motors",
     "Petrel Vehicles"),
])
def test_a_joint_piece_of_work_pairs_its_authors(nlp, text, a, b):
    assert _paired(nlp, text, a, b)


@pytest.mark.parametrize("text,a,b", [
    # awards: people, not firms
    ("Matt Lorrin and David Wallace jointly won best comedy actor.", "Matt Lorrin", "David Wallace"),
    # logistics: each runs its own depot
    ("Orvane Foods and Petrel Logistics each run a depot in Leeds.", "Orvane Foods",
     "Petrel Logistics"),
    # research: a study done by one body alone, of another
    ("A study by the Harlow Institute of the Fenwick Trust found waste.", "Harlow Institute",
     "Fenwick Trust"),
    # publishing: two firms publish apart
    ("The report was published by the Harlow Institute, and the Fenwick Trust criticised it.",
     "Harlow Institute", "Fenwick Trust"),
])
def test_no_partnership_without_a_joint_act_of_two_firms(nlp, text, a, b):
    assert not _paired(nlp, text, a, b)
