"""Leaving one firm "for" another is a move (the guide: moving from one organization to another
is a talent_move when both are named): "Tom Marr quit Harlan Motors for Tamsin Logistics".
Two firms the tagger runs together over that "for" ("Velto Foods for Brisk Capital") are two
names. Not a move: leaving a building for a named place ("left the White House for Camp
Verity"), leaving for a reason; and a body or cause named with "for" stays one name.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind, relations


@pytest.mark.parametrize("text,move", [
    # logistics, food, software
    ("Tom Marr quit Harlan Motors for Tamsin Logistics last year.",
     ("Harlan Motors", "Tamsin Logistics")),
    ("Ada Roe left Velto Foods for Brisk Capital in 2019.", ("Velto Foods", "Brisk Capital")),
    ("Ada Roe left Google for Microsoft in 2019.", ("Google", "Microsoft")),
])
def test_left_one_firm_for_another_is_a_move(nlp, text, move):
    assert move in of_kind(nlp, text, "talent_move")
    assert (move[1], text.split(" ")[0] + " " + text.split(" ")[1]) in of_kind(nlp, text, "employ")


@pytest.mark.parametrize("text", [
    "The president left the White House for Camp Verity on Friday.",
    "Tom Marr left Harlan Motors for personal reasons.",
    "Ada Roe left Velto Foods for London in 2019.",
])
def test_no_move_without_a_firm_joined(nlp, text):
    assert not of_kind(nlp, text, "talent_move")


@pytest.mark.parametrize("text,body", [
    ("Ada Roe, director of the Harlow Institute for Clean Air Research, said the data was new.",
     "Harlow Institute for Clean Air Research"),
    ("Tom Marr, president of the Alliance for Fair Freight Services, said fees rose.",
     "Alliance for Fair Freight Services"),
])
def test_a_body_named_with_for_stays_whole(nlp, text, body):
    assert body in {head for head, _ in of_kind(nlp, text, "employ")}
