"""develop, round 27: a product name written with a glued hyphen before its goods noun
("Kestrel Systems' Quillmax-X Ethernet networking platform") is one name, not the part after
the hyphen; a technology standard between the name and the noun says what kind of thing it
is and is no part of the name; a possessive the parser hangs on a word between the name and
the noun still names the maker.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind, typed_as


@pytest.mark.parametrize("text,pair,modality", [
    ("Orvane Cloud will double its capacity using Kestrel Systems' Quillmax-X Ethernet "
     "networking platform.", ("Kestrel Systems", "Quillmax-X"), "asserted"),
    ("Orvane Retail sells Kestrel Foods' Crunch-O cereal.", ("Kestrel Foods", "Crunch-O"),
     "asserted"),
    ("Kestrel Foods does not make the Crunch-O cereal.", ("Kestrel Foods", "Crunch-O"),
     "negated"),
])
def test_a_hyphened_product_is_named_whole(nlp, text, pair, modality):
    assert of_kind(nlp, text, "develop").get(pair) == modality


def test_no_product_is_cut_after_the_hyphen(nlp):
    types = typed_as(nlp, "Orvane Cloud will double its capacity using Kestrel Systems' "
                          "Quillmax-X Ethernet networking platform.", {})
    assert "X Ethernet" not in types and "X" not in types


@pytest.mark.parametrize("text,pair", [
    ("Orvane Cloud uses Kestrel Systems' Quillmax-X Ethernet networking platform.",
     ("Orvane Cloud", "Kestrel Systems")),
    ("Brambleway Dairy uses Trellis Analytics' Quill-Nine Ethernet tracking system.",
     ("Brambleway Dairy", "Trellis Analytics")),
])
def test_the_user_of_a_possessed_hyphened_product_uses_its_maker(nlp, text, pair):
    # the possessive hangs on the standard word the name no longer holds: still the owner
    assert pair in of_kind(nlp, text, "use")
