"""Partnership idioms (issue 9, round 13): "joined forces with" (the idiom's object bare, so
"joined the armed forces" is no tie) and a signed memorandum of understanding. Invented
companies from several industries."""
from __future__ import annotations

import pytest

from extracted import relations as facts


def partners(nlp, text: str) -> set[frozenset[str]]:
    return {frozenset(f[1:3]) for f in facts(nlp, text) if f[0] == "partner"}


@pytest.mark.parametrize("text, pair", [
    ("Orchard Systems joined forces with Brisk Mobile to launch a payments app.",
     {"Orchard Systems", "Brisk Mobile"}),
    ("Kestrel Foods and Brambleway Dairy have joined forces to sell cheese in Asia.",
     {"Kestrel Foods", "Brambleway Dairy"}),
    ("Halvorsen Marine is joining forces with Trellis Analytics on hull sensors.",
     {"Halvorsen Marine", "Trellis Analytics"}),
    ("Vossa Pharma signed a memorandum of understanding with Nordlys Biotech.",
     {"Vossa Pharma", "Nordlys Biotech"}),
    ("Greystone Airlines signed a memorandum with Bellwood Air to share lounges.",
     {"Greystone Airlines", "Bellwood Air"}),
])
def test_partnership_idioms_fire(nlp, text, pair):
    assert frozenset(pair) in partners(nlp, text)


@pytest.mark.parametrize("text", [
    "Kestrel Foods joined the armed forces in a recruitment drive with Brambleway Dairy.",
    "Halvorsen Marine joined market forces with Trellis Analytics.",
    "Ann Lee joined forces with Kestrel Foods last year.",
    "Vossa Pharma joined Nordlys Biotech in 2019.",
])
def test_forces_that_are_no_idiom_give_no_partnership(nlp, text):
    assert not partners(nlp, text)
