"""A list whose members carry a describing noun, round 17: "customers including A, his former
employer B and the carrier's acquisition target C". The parser hangs the describing noun on A
as an apposition and the names on that noun, so B and C had read as A's own apposition and were
lost; where the inner name heads more items of a list, they are items too (names of A's type
only). And a name listed beside a common noun is one of the goods ("deploying PPE, ventilators
and testing"), but a common noun with a name in apposition describes that party, so the list's
other names stay parties. Sentences written for these tests (invented names)."""
from __future__ import annotations

import pytest

from extracted import of_kind


@pytest.mark.parametrize("text, kind, owner, members", [
    ("Brontel Aero has customers including Delmar Air Lines, his former employer JetBloom and "
     "the carrier's acquisition target Spiral Air.", "supply", "Brontel Aero",
     ["Delmar Air Lines", "JetBloom", "Spiral Air"]),
    ("Velora Chips has customers including Brandt Motors, the city's bus operator Kessel "
     "Transit and Ostra Trucks.", "supply", "Velora Chips",
     ["Brandt Motors", "Kessel Transit", "Ostra Trucks"]),
    ("Kessner Bank has clients including Orlen Mining, the region's biggest employer Tarvik "
     "Steel and Brisa Airlines.", "supply", "Kessner Bank",
     ["Orlen Mining", "Tarvik Steel", "Brisa Airlines"]),
    ("Maru Logistics has customers including Korvo Retail, its former parent Delmar Holdings "
     "and Sanwa Foods.", "supply", "Maru Logistics",
     ["Korvo Retail", "Delmar Holdings", "Sanwa Foods"]),
])
def test_described_members_stay_in_the_list(nlp, text, kind, owner, members):
    found = of_kind(nlp, text, kind)
    for m in members:
        assert (owner, m) in found, (m, found)


@pytest.mark.parametrize("text, kept_out", [
    ("Brontel Aero has customers including Delmar Air Lines, its chief executive Ann Lee and "
     "Bob Stone.", "Ann Lee"),
    ("Velora Chips, the city's largest employer, has customers including Brandt Motors.",
     "employer"),
])
def test_no_person_or_description_joins_the_list(nlp, text, kept_out):
    assert not any(kept_out in pair for pair in of_kind(nlp, text, "supply"))


@pytest.mark.parametrize("text, kind", [
    ("Marren Clinics has been deploying gloves, respirators, and screening at all its sites.", "use"),
    ("Tolvan Cable now offers free broadband and WiFi to students.", "supply"),
    ("Halcyon Bank was deploying Zephyr, ventilators and masks in its branches.", "use"),
])
def test_goods_lists_still_name_no_party(nlp, text, kind):
    assert not of_kind(nlp, text, kind)
