"""Demonyms formed from a place name by the regular endings ("New Zealand" -> "New Zealander",
"Korea" -> "Korean", "Italy" -> "Italian", "Japan" -> "Japanese", "China" -> "Chinese"): a
people, never a party."""
from __future__ import annotations

from functools import lru_cache

from ..lexicon import large_places
from .words import place_names


def _demonyms_of(place: str) -> set[str]:
    low, out = place.lower(), set()
    if len(low) < 4 or not low.isascii() or not low[-1].isalpha():
        return out
    stem = low[:-1] if low[-1] in "aeioy" else low
    forms = {low + "er", stem + "ian", stem + "ese"}
    forms.add(low + "n" if low[-1] == "a" else stem + "an")
    return out | forms | {f + "s" for f in forms if not f.endswith("ese")}


@lru_cache(maxsize=1)
def derived_demonyms() -> frozenset[str]:
    """Demonyms of every known place, formed by the regular endings."""
    out = set()
    for place in place_names():
        out |= _demonyms_of(place)
    for place in large_places():
        out |= _city_demonyms(place.lower())
    return frozenset(w for w in out - {p.lower() for p in place_names()} if len(w) > 5)


def _city_demonyms(low: str) -> set[str]:
    """The plural demonyms of a large city or a state ("Chicagoans", "Torontonians", "New
    Jerseyans", "Detroiters"): plural only, as a firm may be named in the singular, and "-ers"
    only after a longer name, as a short one plus "-ers" is often a trade or a team."""
    if len(low) < 4 or not low.isascii() or not low[-1].isalpha():
        return set()
    stem = low[:-1] if low[-1] in "aeioy" else low
    out = {stem + "ians", low + "ns" if low[-1] == "a" else
           low + "ans" if low[-1] in "oy" else stem + "ans"}
    if low[-1] == "o":
        out.add(low + "nians")
    if " " in low or len(low) > 5 and low[-1] not in "aeiouy":
        out.add(low + "ers")
    return out
