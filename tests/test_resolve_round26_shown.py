"""Resolve, round 26: when two spellings of one entity merge into one canonical name, the
shown type (entities/shown.py) is kept from whichever spelling carries it, not only from the
first one listed.

Every name is invented.
"""
from __future__ import annotations

from tieline.model import Document, Entity, Extraction
from tieline.resolve import Resolver


def test_a_later_spelling_keeps_its_shown_type_after_the_merge():
    ex = Extraction(document=Document(text="x", source="t"), entities=[
        Entity("Quillfield Inc.", "ORG"), Entity("Quillfield", "ORG", shown="PRODUCT")])
    r = Resolver()
    r.observe(ex)
    assert r.canonical("Quillfield Inc.") == r.canonical("Quillfield")
    merged = r.apply(ex).entities
    assert len(merged) == 1 and merged[0].shown == "PRODUCT"


def test_the_first_spelling_shown_type_is_kept_too():
    ex = Extraction(document=Document(text="x", source="t"), entities=[
        Entity("Quillfield", "ORG", shown="PRODUCT"), Entity("Quillfield Inc.", "ORG")])
    r = Resolver()
    r.observe(ex)
    merged = r.apply(ex).entities
    assert len(merged) == 1 and merged[0].shown == "PRODUCT"
