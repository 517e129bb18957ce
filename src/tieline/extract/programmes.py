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
    # the whole show's name: "an episode of Globex Dispatch" leaves the outlet Globex an employer
    return re.search(rf"\b(?i:{nouns}) of (?i:the )?{re.escape(name)}\b(?![ \t]+[A-Z0-9])",
                     text) is not None
