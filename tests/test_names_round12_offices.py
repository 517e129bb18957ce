"""Names cut short, round 12: a sheriff's office is named whole ("the Dunmore County
Sheriff's Office", never "Office" nor "Dunmore County Sheriff"), as a common possessor's
name is ("the Young Teachers' Association", never "Association"); a capitalised argument
the tagger skipped takes the possessor in front of it.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind
from test_names_round3 import names


@pytest.mark.parametrize("text,kind,head,tail", [
    # law enforcement buying from a drone maker
    ("The Dunmore County Sheriff's Office bought drones from Skylark Robotics.",
     "supply", "Skylark Robotics", "Dunmore County Sheriff's Office"),
    # a trucking firm suing
    ("Vance Motors sued the Ellery County Sheriff's Office over the seized trucks.",
     "sue", "Vance Motors", "Ellery County Sheriff's Office"),
    # a hire
    ("The Harlow Sheriff's Department hired Carla Viss as a deputy.",
     "employ", "Harlow Sheriff's Department", "Carla Viss"),
])
def test_a_sheriffs_office_is_named_whole(nlp, text, kind, head, tail):
    assert (head, tail) in of_kind(nlp, text, kind)


@pytest.mark.parametrize("text,junk", [
    ("The Dunmore County Sheriff's Office bought drones from Skylark Robotics.", "Office"),
    ("The Harlow Sheriff's Department hired Carla Viss as a deputy.", "Department"),
    ("Ray Tolman, a sergeant with the Marlow County Sheriff's Office, retired.",
     "Marlow County Sheriff"),
    ("The Young Teachers' Association backed Brisk Learning, a tutoring start-up.", "Association"),
])
def test_no_piece_of_an_office_name(nlp, text, junk):
    assert junk not in names(nlp, text)


@pytest.mark.parametrize("text,kept", [
    # a sheriff's deputies are no name; the plant's owner still is
    ("The sheriff's deputies arrested two men outside the Kestrel Foods plant.", "Kestrel Foods"),
    # a firm's possessive still opens a product, not a longer name
    ("Orvell's Lumen Cloud now serves Pine Bank.", "Pine Bank"),
])
def test_other_possessives_unchanged(nlp, text, kept):
    found = names(nlp, text)
    assert kept in found and not any("sheriff" in n.lower() for n in found)
