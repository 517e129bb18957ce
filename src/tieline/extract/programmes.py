"""A show's name stored as an employer: "On this episode of Harbour Talk, hosts Ann Lee and
Bo Park ..." names a programme, which employs no one its hosts or guests are said to be."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import ORG_NAME_WORDS
from .wordlists import words

EPISODE_NOUNS = words("people", "episode_nouns")  # "this episode of Harbour Talk"
_NOUNS = "|".join(map(re.escape, sorted(EPISODE_NOUNS)))


def a_programme(org, text: str) -> bool:
    """Whether the text anywhere gives the name an episode: "an episode of (The) Harbour Talk"."""
    name = getattr(org, "name", "") or ""
    if not name or name.split()[-1].lower() in ORG_NAME_WORDS:
        return False  # "an episode of Brambleway Dairy": a firm's name, however it is put
    # the whole name, closed by punctuation: "an episode of Globex Dispatch" leaves the outlet
    # Globex an employer; "of Globex's podcast" is the firm's show, "of Globex history" a
    # stretch of its past, and "said on an episode of Globex Radio that ..." its broadcast
    return _given_an_episode(name, text)


@lru_cache(maxsize=1024)
def _given_an_episode(name: str, text: str) -> bool:
    """Searched once per name and article: not_an_employer asks for each org on every call."""
    pattern = rf"\b(?i:{_NOUNS}) of (?i:the )?{re.escape(name)}(?=[,.;:!?)”\"]|$)"
    return re.search(pattern, text) is not None
