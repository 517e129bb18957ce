"""A town written with its US state ("Kellam, Indiana," or "Kellam, Indiana.") names two places,
whatever the tagger calls them: neither is a party (the twenty-eighth audit had a factory's town
stored as a person its owner employs). A firm written before a state that opens another name
("Acme, Texas Instruments and ...") or before "-based" keeps its type.

Every sentence and name is invented.
"""
from __future__ import annotations

import pytest

from tieline.extract.entities import DocEntities


def _types(nlp, text: str) -> dict[str, str]:
    return {m.name: m.type for m in DocEntities(nlp(text)).mentions}


@pytest.mark.parametrize("text,places", [
    # manufacturing, food, logistics
    ("Globex and Ventara began transforming Globex's Kellam, Indiana, facility into a "
     "ventilator factory.", {"Kellam", "Indiana"}),
    ("Harlan Freight opened a depot in Marrow, Nebraska, last spring.", {"Marrow", "Nebraska"}),
    ("The cannery sits in Tolliver, Oregon.", {"Tolliver", "Oregon"}),
])
def test_town_and_state_are_places(nlp, text, places):
    types = _types(nlp, text)
    assert not {name for name in places if types.get(name) in {"ORG", "PERSON", "PRODUCT"}}


@pytest.mark.parametrize("text,org", [
    ("Orders came from Kestrel Foods, Texas Instruments and Brisk Air.", "Kestrel Foods"),
    ("Velto Logistics, a Dallas, Texas-based carrier, hired Ada Roe.", "Velto Logistics"),
])
def test_a_firm_beside_a_state_stays_a_firm(nlp, text, org):
    assert _types(nlp, text).get(org) == "ORG"


@pytest.mark.parametrize("text,names", [
    # health, transport
    ("Ada Roe, Director of NIAID / NIH, said the trial would start soon.", {"NIAID", "NIH"}),
    ("Trains run by Velto Rail / Brisk Transit were late.", {"Velto Rail", "Brisk Transit"}),
])
def test_two_names_set_apart_by_a_spaced_slash(nlp, text, names):
    types = _types(nlp, text)
    assert names <= set(types) and not any("/" in name for name in types)


def test_a_slash_without_spaces_stays_in_the_name(nlp):
    assert "AC/DC Holdings" in _types(nlp, "Shares of AC/DC Holdings rose after Velto Rail said it would buy it.")
