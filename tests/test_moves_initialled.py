"""talent_move between two spellings of one organization (round 13): "NJ Transit" and "New
Jersey Transit" are one body, so a person's earlier post there is no start of a move to it
(sentences and names invented)."""
from __future__ import annotations

import pytest

from extracted import of_kind
from tieline.extract.employers import same_org


@pytest.mark.parametrize("text", [
    # transport: the earlier post is written with the initials
    "Rhea Tolman was a senior vice president with NW Railways. Tolman joined North West Railways "
    "after a long career abroad.",
    # media
    "Nadia Kovacs was an editor with SV Ledger Media. Kovacs joined Silver Valley Ledger Media "
    "after a long career abroad.",
])
def test_a_move_from_an_initialled_name_to_the_full_one_is_none(nlp, text):
    assert not of_kind(nlp, text, "talent_move")


@pytest.mark.parametrize("text, src, dst", [
    ("Rhea Tolman was a senior vice president with Harrow Freight. Tolman joined North West "
     "Railways after a long career abroad.", "Harrow Freight", "North West Railways"),
    ("Nadia Kovacs was an editor with Harlow Press. Kovacs joined Silver Valley Ledger Media after "
     "a long career abroad.", "Harlow Press", "Silver Valley Ledger Media"),
])
def test_a_move_between_two_bodies_still_fires(nlp, text, src, dst):
    assert (src, dst) in of_kind(nlp, text, "talent_move")


@pytest.mark.parametrize("a, b, same", [
    ("NJ Transit", "New Jersey Transit", True),
    ("N.Y. Times", "New York Times", True),
    ("BP", "British Petroleum", True),
    ("NJ Transit", "New York Transit", False),
    ("MB Transit", "Harbor Transit", False),
    ("AB", "Apple", False),
])
def test_same_org_reads_initials(a, b, same):
    assert same_org(a, b) is same and same_org(b, a) is same
