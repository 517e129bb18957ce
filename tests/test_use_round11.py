"""use, round 11: a person is nobody's customer in the graph ("The head of Acme's biggest
customer, Ann Lee" binds the customer noun to the person by apposition), while a firm that is a
customer still is (sentences and names invented)."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text", [
    # food: the person heads the customer, she is not it
    "The head of Halvora Foods's biggest customer, Ann Cole, said prices would rise.",
    # media: an advertiser's chief named by apposition
    "The chief of Brightview TV's largest advertiser, Tom Reyes, asked for a discount.",
])
def test_a_person_is_no_customer(nlp, text):
    assert not any(head in {"Ann Cole", "Tom Reyes"} for head, _ in of_kind(nlp, text, "use"))


@pytest.mark.parametrize("text, head, tail", [
    # software: a firm named as a customer
    ("Orbitline Software, a customer of Fennic Cloud Inc., moved its data last year.",
     "Orbitline Software", "Fennic Cloud"),
    # logistics: a carrier as a client
    ("Dunmore Freight Ltd, a client of Brellin Analytics Inc., cut its fuel use.",
     "Dunmore Freight", "Brellin Analytics"),
])
def test_a_firm_is_still_a_customer(nlp, text, head, tail):
    assert (head, tail) in of_kind(nlp, text, "use")
