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


def employers(nlp, text: str, labels=None) -> set[str]:
    doc = with_labels(nlp, text, labels) if labels else nlp(text)
    found = extract(Document(text=text, source="test", published="2024-05-01"), doc)
    return {r.head for r in found.relations if r.type == "employ"}


@pytest.mark.parametrize("text, labels, org, piece", [
    # public health: the county's officer, "Health" is the title's field
    ("“Cases are rising,” said Dr. Mara Vint, the Harlow County Health Officer.", None,
     "Harlow County", "Harlow County Health"),
    # housing
    ("Tom Brill, the Dunmore City Housing Director, said rents had doubled.", None,
     "Dunmore City", "Dunmore City Housing"),
    # politics: an acronym the text writes alone, the longer name only before the title
    ("Angus Tay, the ATP Westminster Leader, said the vote was a disgrace. The ATP will oppose it.",
     [("Angus Tay", "PERSON"), ("ATP Westminster", "FAC"), ("ATP", "ORG")], "ATP", "ATP Westminster"),
])
def test_a_title_field_is_no_part_of_the_employer(nlp, text, labels, org, piece):
    found = employers(nlp, text, labels)
    assert org in found and piece not in found


@pytest.mark.parametrize("text, labels, org", [
    # a body's own word before the title stays
    ("Jo Penn, the Larch Valley Hospital Chief Nurse, said beds were full.", None,
     "Larch Valley Hospital"),
    # a newsroom the text names without the title too
    ("Ann Lee, the KBN Sport Editor, resigned. KBN Sport reported the move. KBN said so.",
     [("Ann Lee", "PERSON"), ("KBN Sport", "ORG"), ("KBN Sport", "ORG"), ("KBN", "ORG")],
     "KBN Sport"),
])
def test_a_name_before_a_title_keeps_its_own_words(nlp, text, labels, org):
    assert org in employers(nlp, text, labels)
