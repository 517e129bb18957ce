"""A "she"/"he" career chain is not broken by the subject's own next post: "She worked at A,
before rising to be CEO of B and then CEO of C. She went on to join D" keeps "she" the one
named person, whether the parser joins the second post to the verb or to the first post. A
post noun that brings in someone else still breaks the chain ("met the new chief executive of
C", "worked with the chief executive and the chairman of C").

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind

LEAD = "Ann Vale brings retail experience. "
JOIN = " She went on to join Halvorsen Bank as chief operating officer in 2014."


@pytest.mark.parametrize("middle", [
    "She worked at Kestrel Foods, before rising to be CEO of Quillfield Bank and then CEO of"
    " Trellis Analytics.",
    "She worked at Kestrel Foods, before rising to be chief executive of Quillfield Bank and"
    " then chief executive of Trellis Analytics.",
    "She was finance director of Kestrel Foods and later chairman of Trellis Analytics.",
])
def test_own_next_post_keeps_the_chain(nlp, middle):
    found = of_kind(nlp, LEAD + middle + JOIN, "employ")
    assert ("Halvorsen Bank", "Ann Vale") in found, (middle, found)


@pytest.mark.parametrize("middle", [
    "She worked at Kestrel Foods, and met the new chief executive of Trellis Analytics.",
    "She worked at Kestrel Foods with the chief executive and the chairman of Trellis Analytics.",
])
def test_someone_else_breaks_the_chain(nlp, middle):
    found = of_kind(nlp, LEAD + middle + JOIN, "employ")
    assert ("Halvorsen Bank", "Ann Vale") not in found, (middle, found)
