"""Round 19, partner: one act done by two firms together.

- a verb the text says two firms did jointly ("was carried out jointly by A and B", "A and B
  jointly run X", "co-developed by A and B", "A runs X jointly with B");
- a "joint" study, effort, bid or project by, from or between two firms, or one firm's joint
  project with another; the work named with its own authors was done together whatever the
  outer verb does to it ("rejected a joint offer from A and B" still pairs A and B, asserted).

Both parties must be firms: people who jointly built an app, or firms that each run their own
site, are no partnership; a study without "joint" pairs no one, and a joint study "of" two
firms names what was studied, not its authors. Every sentence and name is invented.
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
    ("The leaflet was published jointly by the Merrow Licensing Authority and the Guild of "
     "Harbour Pilots.", "Merrow Licensing Authority", "Guild of Harbour Pilots"),
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
    # software: people, not firms
    ("Ann Lee and Bo Chan jointly developed the app.", "Ann Lee", "Bo Chan"),
    # logistics: each runs its own depot
    ("Orvane Foods and Petrel Logistics each run a depot in Leeds.", "Orvane Foods",
     "Petrel Logistics"),
    # universities: a study by two bodies, not called joint
    ("A study by Harlow University and the Fenwick Institute found the drug worked.",
     "Harlow University", "Fenwick Institute"),
    # motors: the two firms are what a joint study looked at, not its authors
    ("Kelvin Bank funded a joint study of Orvane Motors and Petrel Vehicles.", "Orvane Motors",
     "Petrel Vehicles"),
    # airlines: the same with the authors named after
    ("A joint review of Dunmore Airways and Saltcoat Air by the regulator found flaws.",
     "Dunmore Airways", "Saltcoat Air"),
])
def test_no_partnership_without_a_joint_act_of_two_firms(nlp, text, a, b):
    assert not _paired(nlp, text, a, b)


def _mood(nlp, text: str, a: str, b: str):
    found = of_kind(nlp, text, "partner")
    return found.get((a, b), found.get((b, a)))


@pytest.mark.parametrize("text,a,b,mood", [
    # motors: an offer rejected was still made jointly
    ("Kelvin Bank rejected a joint offer from Orvane Motors and Petrel Vehicles.",
     "Orvane Motors", "Petrel Vehicles", "asserted"),
    # mining: a bid to be reviewed was still made jointly
    ("The board will review the joint bid from Harlow Mining and Stenby Metals next week.",
     "Harlow Mining", "Stenby Metals", "asserted"),
    # telecoms
    ("Regulators did not approve the joint proposal by Quayle Telecom and Marden Networks.",
     "Quayle Telecom", "Marden Networks", "asserted"),
    # the firms are the verb's subjects: the verb's mood is the partnership's
    ("Orvane Motors and Petrel Vehicles may launch a joint study next year.",
     "Orvane Motors", "Petrel Vehicles", "hedged"),
    ("Orvane Motors and Petrel Vehicles did not submit a joint bid.",
     "Orvane Motors", "Petrel Vehicles", "negated"),
])
def test_a_joint_work_named_with_its_authors_is_asserted(nlp, text, a, b, mood):
    assert _mood(nlp, text, a, b) == mood
