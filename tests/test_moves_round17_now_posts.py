"""A post the text calls the person's post now ("Ravi Dunn, now an analyst for Kestrel Sports
Network") is no start of a move the text tells elsewhere ("Dunn joined the Harlow Hawks"): the
audits had a pitcher's move to a club in the 1990s sourced from his broadcasting job today.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,now", [
    # sport, publishing
    ("Ravi Dunn, now an analyst for Kestrel Sports Network, will host the fundraiser. After a "
     "contract dispute the following winter, Dunn joined the Harlow Hawks as a free agent.",
     "Kestrel Sports Network"),
    ("Ada Marr, now the editor of Vantor Weekly, wrote the report. In 2004 Marr joined Globex "
     "Media as a junior reporter.", "Vantor Weekly"),
])
def test_a_post_now_is_no_source_of_a_move(nlp, text, now):
    assert not [k for k in of_kind(nlp, text, "talent_move") if k[0] == now]


@pytest.mark.parametrize("text,move", [
    # a post that is no longer held still is the start of the move
    ("Ravi Dunn, the chief engineer of Kestrel Robotics, left Kestrel Robotics to join Vantor "
     "Motors.", ("Kestrel Robotics", "Vantor Motors")),
    # the firm left, named in the sentence, beside a post now
    ("Ada Marr, now the editor of Vantor Weekly, left Harlow Media to join Globex Publishing in "
     "2004.", ("Harlow Media", "Globex Publishing")),
])
def test_a_post_left_still_starts_a_move(nlp, text, move):
    assert move in of_kind(nlp, text, "talent_move")
