"""Types, round 22 (mended after review): the person-named firm and club rules kept to shapes
that cannot spread to a person or a product, and a product with no maker on either side of an
invest or acquire read without a crash. Every sentence and name is invented; the tagger's labels
are set on the parse (doc.ents)."""
from __future__ import annotations

import pytest

from extracted import relabel
from tieline.extract import extract
from tieline.model import Document


def _facts(nlp, text: str, labels: dict, kind: str) -> dict[tuple[str, str], str]:
    sdoc = nlp(text)
    relabel(sdoc, labels)
    found = extract(Document(text=text, source="test", published="2024-05-01"), sdoc).relations
    return {(r.head, r.tail): r.modality for r in found if r.type == kind}


@pytest.mark.parametrize("text, labels", [
    # two products, neither with a maker: the investing side has no firm to stand for it
    ("Zephyr Pro invested in state-backed Skylane.", {"Zephyr Pro": "PRODUCT", "Skylane": "PRODUCT"}),
    ("Zephyr Pro acquired the Orvane-owned Skylane.",
     {"Zephyr Pro": "PRODUCT", "Orvane": "ORG", "Skylane": "PRODUCT"}),
])
def test_product_head_with_no_maker_gives_nothing_and_does_not_crash(nlp, text, labels):
    for kind in ("invest", "acquire"):
        assert not any(head == "Zephyr Pro" for head, _ in _facts(nlp, text, labels, kind))
