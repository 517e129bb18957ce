"""invest (round 20): "X, owner of Y" where Y is named but is no party (the tagger took it for a
place) says what X owns, so X is not made an investor in the story's company instead; an owner
noun with no owned thing named still falls back to the story's company. Every name is invented
(markets, food, sensors, shipping)."""
from __future__ import annotations

import pytest

from extracted import relabel
from tieline.extract import extract
from tieline.model import Document


def _invest(nlp, text: str, labels: dict[str, str]) -> set[tuple[str, str]]:
    sdoc = nlp(text)
    relabel(sdoc, labels)
    facts = extract(Document(text=text, source="test", published="2024-05-01"), sdoc).relations
    return {(r.head, r.tail) for r in facts if r.type == "invest"}


@pytest.mark.parametrize("text, labels, pair", [
    ("Paris-based Varnel Exchange, owner of Liffan in London, said it may bid for Corvid Markets.",
     {"Liffan": "GPE", "Varnel Exchange": "ORG", "Corvid Markets": "ORG"},
     ("Varnel Exchange", "Corvid Markets")),
    ("Kestrel Foods, owner of Dunmore in Ohio, said it would bid for Pellam Dairies.",
     {"Dunmore": "GPE", "Kestrel Foods": "ORG", "Pellam Dairies": "ORG"},
     ("Kestrel Foods", "Pellam Dairies")),
])
def test_an_owner_of_a_named_non_party_is_not_the_story_companys(nlp, text, labels, pair):
    assert pair not in _invest(nlp, text, labels)


@pytest.mark.parametrize("text, labels, pair", [
    ("Varnel Exchange, owner of Liffan Derivatives, said it may bid for Corvid Markets.",
     {"Liffan Derivatives": "ORG", "Varnel Exchange": "ORG", "Corvid Markets": "ORG"},
     ("Varnel Exchange", "Liffan Derivatives")),
    ("Corvid Labs makes sensors. Harlow Capital, its owner, said sales rose.",
     {"Corvid Labs": "ORG", "Harlow Capital": "ORG"}, ("Harlow Capital", "Corvid Labs")),
    ("Tamsin Shipping runs ferries. Marsten Holdings, its owner, said trade was slow.",
     {"Tamsin Shipping": "ORG", "Marsten Holdings": "ORG"}, ("Marsten Holdings", "Tamsin Shipping")),
    # the owned word is the story company's short form, even where the tagger calls it a place
    ("Tamsin Shipping runs ferries. Marsten Holdings, owner of Tamsin, said trade was slow.",
     {"Tamsin Shipping": "ORG", "Marsten Holdings": "ORG", "Tamsin": "GPE"},
     ("Marsten Holdings", "Tamsin Shipping")),
])
def test_an_owner_still_owns_a_named_firm_or_the_story_company(nlp, text, labels, pair):
    assert pair in _invest(nlp, text, labels)
