"""A bare "House" or "Senate" in a story about a state legislature is that state's chamber,
not the U.S. Congress's: "House Leader Ann Vale" in a text that speaks of the "Ohio House" or
the "General Assembly" and never of Congress. The name alone cannot tell the two apart (and
resolution merges every "House" into one party), so such a text's employ facts with a bare
chamber as employer are left out."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import us_states

CHAMBERS = frozenset({"House", "Senate"})
CONGRESS = re.compile(r"\bCongress(?:ional)?\b|\bcongressional\b|\bU\.?S\.? (?:House|Senate)\b"
                      r"|\bUnited States (?:House|Senate)\b|\bCapitol Hill\b|\bHouse of Representatives\b")


@lru_cache(maxsize=1)
def _state_chamber() -> re.Pattern:
    states = "|".join(sorted(map(re.escape, us_states()), key=len, reverse=True))
    # the UN's General Assembly is no state's
    return re.compile(rf"\b(?:{states}) (?:House of Representatives|House|Senate|Legislature"
                      r"|General Assembly|Assembly)\b|\b[Ss]tate (?:House|Senate|[Ll]egislature)\b"
                      r"|(?<!UN )(?<!U\.N\. )(?<!Nations )\bGeneral Assembly\b")


def without_state_chambers(relations, text: str):
    """The relations less employ facts whose employer is a bare chamber of a state's
    legislature (the text names one and never Congress)."""
    if not any(r.type == "employ" and r.head in CHAMBERS for r in relations) \
            or not _state_chamber().search(text) or CONGRESS.search(_state_chamber().sub("", text)):
        return relations
    return [r for r in relations if not (r.type == "employ" and r.head in CHAMBERS)]
