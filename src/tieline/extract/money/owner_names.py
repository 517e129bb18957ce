"""What a name alone says of a money figure's owner: a country or region ("United States"), or a
public body or a law ("Department of Labor", "the CARES Act"). Read by owners.py and the
money scope and guesses."""
from __future__ import annotations

import re

from ..lexicon import place_names
from .words import PUBLIC_NAME_WORDS


def is_place(name: str) -> bool:
    """A country or region by name ("United States", "Beijing" is not one: a city)."""
    words = name.removeprefix("the ")
    return words in place_names() or f"United {words}" in place_names()


def is_public(name: str) -> bool:
    """ "House", "Department of Labor", "Paycheck Protection Program", "the CARES Act": a public
    body or a law, by the words of its name."""
    return any(w in PUBLIC_NAME_WORDS for w in re.findall(r"[a-z]+", name.lower()))
