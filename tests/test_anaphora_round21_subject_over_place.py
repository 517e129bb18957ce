""""Veltra Chips asked Norland to approve its takeover of Quill Semiconductors": a place
object of the verb an infinitive clause hangs on stops "its" from falling back to a firm of an
earlier sentence, but a firm that is the subject of the same sentence still owns the pronoun.
Every name is invented; the invented country joins the known place names for the test, as
a real country's name is one.
"""
from __future__ import annotations

import pytest

from extracted import relations, known_places


@pytest.fixture(autouse=True)
def invented_places(monkeypatch):
    """Norland is a country for these tests (and only these)."""
    yield from known_places(monkeypatch, "Norland")


def _facts(nlp, text, kind):
    return [pair for (t, *pair), _ in relations(nlp, text).items() if t == kind]


@pytest.mark.parametrize("text,kind,pair", [
    # chips
    ("Veltra Chips asked Norland to approve its takeover of Quill Semiconductors.",
     "acquire", ("Veltra Chips", "Quill Semiconductors")),
    # pharma
    ("Corvina Pharma asked Norland to clear its purchase of Belmont Biologics.",
     "acquire", ("Corvina Pharma", "Belmont Biologics")),
    # aviation
    ("Kestrel Airways pressed Norland to back its partnership with Fenrick Leasing.",
     "partner", ("Fenrick Leasing", "Kestrel Airways")),
])
def test_subject_firm_keeps_its(nlp, text, kind, pair):
    assert list(pair) in _facts(nlp, text, kind)


@pytest.mark.parametrize("text,pair", [
    # the subject is no firm: the place still binds "its" to no earlier firm
    ("Halvorsen Telecom expanded its network. Regulators urged Norland to end its "
     "partnership with Zentrix.", ("Halvorsen Telecom", "Zentrix")),
    ("Corvina Pharma reported strong sales. Officials asked Norland to end its partnership "
     "with Belmont Biologics.", ("Belmont Biologics", "Corvina Pharma")),
])
def test_place_object_still_blocks_earlier_firm(nlp, text, pair):
    assert list(pair) not in _facts(nlp, text, "partner")
