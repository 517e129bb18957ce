"""Name bounds of products and employers, round 9 part 2 (issue 9: a maker's name run on into
a service's, a title's word pulled into the employer). Every sentence and name is invented."""
from __future__ import annotations

import pytest

from tieline.extract import extract
from tieline.model import Document

from test_names_round3 import with_labels


def develops(nlp, text: str, labels=None) -> set[tuple[str, str]]:
    doc = with_labels(nlp, text, labels) if labels else nlp(text)
    found = extract(Document(text=text, source="test", published="2024-05-01"), doc)
    return {(r.head, r.tail) for r in found.relations if r.type == "develop"}


@pytest.mark.parametrize("text, labels, tail", [
    # broadcasting: the channel's whole name begins with its owner's
    ("Brightwave launched Brightwave Sports Network in 2011.", None, "Sports Network"),
    # parcel delivery, the tagger cutting the service's name after its owner's
    ("Kestrel launched Kestrel Ground last year.",
     [("Kestrel", "ORG"), ("Kestrel", "ORG"), ("Ground", "PRODUCT")], "Ground"),
])
def test_the_tail_of_a_name_led_by_its_maker_is_no_product(nlp, text, labels, tail):
    assert not any(p == tail for _, p in develops(nlp, text, labels))


@pytest.mark.parametrize("text, labels, maker, product", [
    # chips: a product noun after the name says the name is the product's
    ("Trellix sells Trellix Zephyr chips to carmakers.", None, "Trellix", "Zephyr"),
    # drugs: written alone as well ("Tarsium treats ..."), the name is the product's own
    ("Halvane launched Halvane Tarsium in May. Tarsium treats asthma.",
     [("Halvane", "ORG"), ("Halvane", "ORG"), ("Tarsium", "PRODUCT"), ("Tarsium", "PRODUCT")],
     "Halvane", "Tarsium"),
])
def test_a_product_after_its_maker_still_is_one(nlp, text, labels, maker, product):
    assert (maker, product) in develops(nlp, text, labels)

