"""A unit named with an industry or descriptor word, "at" a firm the text also names on its
own, is two names the tagger ran together ("Harbor Brand Studio at Corvin"); a campus at a
place ("University of Avalon at Eastbrook") stays one name.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,junk", [
    # media
    ("Ada Roe, founder and director of the Harbor Brand Studio at Corvin, said the show would "
     "return. Corvin owns 200 newspapers.", "Harbor Brand Studio at Corvin"),
    # pharmaceuticals
    ("Bo Lind, head of the Vesta Research Lab at Orrin, said trials would start in May. Orrin "
     "makes generic drugs.", "Vesta Research Lab at Orrin"),
])
def test_unit_at_a_firm_is_two_names(nlp, text, junk):
    heads = {head for head, _ in of_kind(nlp, text, "employ")}
    assert heads and junk not in heads


def test_campus_at_a_place_stays_whole(nlp):
    text = "Ada Roe, a professor at the University of Avalon at Eastbrook, said fees would rise."
    assert "University of Avalon at Eastbrook" in {h for h, _ in of_kind(nlp, text, "employ")}
