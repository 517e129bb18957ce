"""develop, round 25: a named company launching, unveiling or introducing a good whose name the
tagger did not take for a product ("Acme unveiled the new Zephyr X2 laptop").

The good is the capitalised run before a goods noun (laptop, cereal, drone ...) that is the
launching verb's object; a run that names a company acting as a party, a place, a nation or a
date, a possessed good, a service or programme, and a subject that is no named company give
nothing from this reading.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text,pairs,modality", [
    ("Trellis Systems unveiled the new Quillbook X2 laptop in May.",
     {("Trellis Systems", "Quillbook X2")}, "asserted"),
    ("Kestrel Foods launched the Crunchwell cereal in May.", {("Kestrel Foods", "Crunchwell")},
     "asserted"),
    ("Trellis Systems and Halvorsen Marine introduced the Seaspray drone.",
     {("Trellis Systems", "Seaspray"), ("Halvorsen Marine", "Seaspray")}, "asserted"),
    ("Kestrel Foods plans to launch the Crunchwell Max cereal next year.",
     {("Kestrel Foods", "Crunchwell Max")}, "forecast"),
])
def test_a_launched_good_is_its_launchers(nlp, text, pairs, modality):
    found = of_kind(nlp, text, "develop")
    assert {pair: found.get(pair) for pair in pairs} == {pair: modality for pair in pairs}


@pytest.mark.parametrize("text,pair", [
    ("Orvane Retail launched the Kestrel Foods cereal in its stores.",
     ("Orvane Retail", "Kestrel Foods")),
    ("Trellis Systems launched the Ohio app.", ("Trellis Systems", "Ohio")),
    ("Trellis Systems launched the Berlin app.", ("Trellis Systems", "Berlin")),
    ("Trellis Systems launched the American drink.", ("Trellis Systems", "American")),
    ("Trellis Systems launched the Ann Lee app.", ("Trellis Systems", "Ann Lee")),
    ("Kestrel Foods launched the Crunchwell cereal. Crunchwell said sales rose.",
     ("Kestrel Foods", "Crunchwell")),
])
def test_a_company_place_or_service_launched_is_no_good_of_the_launcher(nlp, text, pair):
    assert pair not in of_kind(nlp, text, "develop")


# the possessive of another named firm may hang on the goods noun, not on the name
@pytest.mark.parametrize("text,seller,pair", [
    ("Orvane Retail unveiled Trellis Systems' Quill X2 phone in its stores.", "Orvane Retail",
     None),
    ("Kestrel Telecom launched Halvorsen Mobile's Seaspray 5 phone in Brazil.",
     "Kestrel Telecom", ("Halvorsen Mobile", "Seaspray 5")),
    ("Brambleway Stores introduced Kestrel Foods' Crunchwell cereal last week.",
     "Brambleway Stores", ("Kestrel Foods", "Crunchwell")),
])
def test_a_launcher_of_another_firms_possessed_good_makes_none_of_it(nlp, text, seller, pair):
    found = of_kind(nlp, text, "develop")
    assert not any(head == seller for head, _ in found)
    if pair is not None:
        assert found.get(pair) == "asserted"
