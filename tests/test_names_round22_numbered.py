"""Names cut short, round 22 (issue 9): a firm whose name ends in a number ("Quillfield 1")
was read as a product of "Quillfield", as "Brindle 3" is a model, so "Quillfield 1's chief
executive" was stored as an employee of a cut name "Quillfield". A post a firm gives, written
right after the name's possessive, says it is a firm: no product has a chief executive. A
product's possessive without such a post ("Brindle 3's answers") is unchanged.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind
from tieline.extract.entities import DocEntities


@pytest.mark.parametrize("text", [
    "Quillfield 1 said it would shut shops. Tom Brill, Quillfield 1’s chief executive, told "
    "staff the chain would look for a buyer.",
    "Tom Brill, Quillfield 1's chief executive and finance chief, told staff the chain would "
    "look for a buyer.",
])
def test_a_numbered_firm_holds_its_chief_executive(nlp, text):
    found = of_kind(nlp, text, "employ")
    assert ("Quillfield 1", "Tom Brill") in found and ("Quillfield", "Tom Brill") not in found, found


def test_a_model_without_a_post_stays_a_product(nlp):
    text = "Orvane released Brindle 3 on Monday. Brindle 3's answers were praised by Tom Brill."
    assert of_kind(nlp, text, "employ") == {}


def test_the_types_of_a_numbered_firm_and_a_model(nlp):
    text = ("Tom Brill, Quillfield 1's chief executive, said the chain would use the Brindle 3 "
            "model. The Brindle 3 model was praised.")
    types = {e.name: e.type for e in DocEntities(nlp(text)).entities.values()}
    assert types.get("Quillfield 1") == "ORG" and types.get("Brindle 3") == "PRODUCT", types
