"""A show's name stored as an employer: "On this episode of Harbour Talk, hosts Ann Lee and
Bo Park ..." names a programme, which employs no one its hosts or guests are said to be."""
from __future__ import annotations

import re

from .wordlists import words

EPISODE_NOUNS = words("people", "episode_nouns")  # "this episode of Harbour Talk"


def a_programme(org, text: str) -> bool:
    """Whether the text anywhere gives the name an episode: "an episode of (The) Harbour Talk"."""
    name = getattr(org, "name", "") or ""
    if not name:
        return False
    nouns = "|".join(map(re.escape, sorted(EPISODE_NOUNS)))
    return re.search(rf"\b(?:{nouns}) of (?:the )?{re.escape(name)}\b", text, re.I) is not None
