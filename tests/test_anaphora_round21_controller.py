""""Regulators urged Norland to drop its deal with Zentrix" (Norland a country): a possessive
pronoun inside an infinitive clause controlled by the object of the verb means that object. When
the object is a named firm ("pressed Ostwick Foods to expand its partnership with Tallis
Logistics") it already bound to it; when the object is a place, "its" is the country's, and it
no longer falls through to a firm named in an earlier sentence.

Every sentence and name is invented; the invented country joins the known place names for
these tests, as a real country's name is one.
"""
from __future__ import annotations

import pytest

from extracted import of_kind, known_places


@pytest.fixture(autouse=True)
def invented_place(monkeypatch):
    """Norland is a country for these tests (and only these)."""
    yield from known_places(monkeypatch, "Norland")


def _has(facts, pair) -> bool:
    return pair in facts or tuple(reversed(pair)) in facts


@pytest.mark.parametrize("text,wrong", [
    # telecoms
    ("Halvorsen Telecom expanded its network last year. Regulators urged Norland to reconsider "
     "its decision to work with the equipment maker Zentrix on its new masts.",
     ("Halvorsen Telecom", "Zentrix")),
    # pharma
    ("Corvina Pharma reported strong sales. Officials asked Norland to end its partnership with "
     "Belmont Biologics over safety worries.", ("Corvina Pharma", "Belmont Biologics")),
])
def test_place_controller_binds_no_earlier_firm(nlp, text, wrong):
    assert not _has(of_kind(nlp, text, "partner"), wrong)


@pytest.mark.parametrize("text,fact", [
    # a named firm as the object still controls "its" (food; aviation)
    ("Dunmore Grain reported losses. Investors pressed Ostwick Foods to expand its partnership "
     "with Tallis Logistics.", ("Ostwick Foods", "Tallis Logistics")),
    ("Kestrel Airways cut flights. Investors pressed Marlow Aviation to expand its partnership "
     "with Fenrick Leasing.", ("Marlow Aviation", "Fenrick Leasing")),
    # no infinitive clause: the earlier firm's "its", as before
    ("Kestrel Airways cut flights. Last year its partnership with Fenrick Leasing grew.",
     ("Kestrel Airways", "Fenrick Leasing")),
])
def test_unchanged_shapes(nlp, text, fact):
    assert _has(of_kind(nlp, text, "partner"), fact)
