"""develop, round 11: a person called the producer, creator, designer or inventor of a
product ("Ann Lee, producer of The Zephyr Hour") is no organization developing it; a company
called so still is. Only a name the tagger calls a person counts: "Velmora" may be either.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,pair", [
    # broadcasting: a show's producer
    ("Hosted by Mara Tellwin, producer of The Brass Lantern and founder of Open Harbour.",
     ("Mara Tellwin", "Brass Lantern")),
    # film: the same shape, another title
    ("Hosted by Mara Tellwin, producer of The Iron Ledger and founder of Open Harbour.",
     ("Mara Tellwin", "Iron Ledger")),
])
def test_a_person_making_a_product_is_no_developer(nlp, text, pair):
    assert pair not in of_kind(nlp, text, "develop")


@pytest.mark.parametrize("text,pair", [
    # drinks and drones: a company called producer or designer
    ("Velmora, producer of Zephyr Cola, raised prices on Monday.", ("Velmora", "Zephyr Cola")),
    ("Orbisk, the designer of the Kestrel X2, hired forty engineers. Orbisk said demand rose.",
     ("Orbisk", "Kestrel X2")),
])
def test_a_company_making_a_product_stays(nlp, text, pair):
    assert pair in of_kind(nlp, text, "develop")
