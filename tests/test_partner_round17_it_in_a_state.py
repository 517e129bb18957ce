""""it" in "Acme said it is now in a partnership with Bolt, ..., to bring ...", round 17: the
parser hangs the infinitive on "is", which had made "it" look like the empty subject of "it is
hard to ...", so the pronoun was bound to nothing and the partnership lost. "it is in" a state
(talks, a partnership, a venture) is the firm; "it is in the interest of ... to" and "it is hard
to ..." stay empty. Sentences written for these tests (invented names)."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, pair", [
    ("Kestrel Foods announced today that it is now in a strategic partnership with Dunmore "
     "Brands, a snack maker serving Japan, \"to bring healthy food to shoppers across Asia.\"",
     ("Dunmore Brands", "Kestrel Foods")),
    ("Orvane Energy said it was in a joint venture with Petralis Oil, a driller based in Oslo, "
     "to develop the field.", ("Orvane Energy", "Petralis Oil")),
])
def test_it_in_a_partnership_is_the_firm(nlp, text, pair):
    assert pair in of_kind(nlp, text, "partner")


@pytest.mark.parametrize("text", [
    "Kestrel Foods said it is in the interest of Dunmore Brands to sell the plant.",
    "Kestrel Foods said it is hard to work with Dunmore Brands on prices.",
    "Orvane Energy said it is in everyone's interest to end the dispute with Petralis Oil.",
])
def test_an_empty_it_stays_empty(nlp, text):
    assert not of_kind(nlp, text, "partner")


def _it_bound(nlp, text: str) -> bool:
    from tieline.extract.entities import DocEntities
    sdoc = nlp(text)
    it = next(t for t in sdoc if t.lower_ == "it")
    return DocEntities(sdoc).mention_at(it) is not None


@pytest.mark.parametrize("text, bound", [
    # "it" in a partnership or venture is the firm (retail, energy)
    ("Kestrel Foods said it is now in a partnership with Dunmore Brands.", True),
    ("Orvane Energy said it was in a joint venture with Petralis Oil.", True),
    # "it is in the interest of ... to" and "it is hard to" are empty
    ("Kestrel Foods said it is in the interest of Dunmore Brands to sell the plant.", False),
    ("Orvane Energy said it is hard to work with Petralis Oil on prices.", False),
])
def test_it_is_bound_only_in_a_state(nlp, text, bound):
    assert _it_bound(nlp, text) is bound
