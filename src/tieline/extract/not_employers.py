"""Names a person's verb takes that are no employer: a place or event worked at, a thing
started."""
from __future__ import annotations

from .wordlists import words

THING_NOUNS = words("people", "thing_nouns")  # "launched X, a program": no employer
VENUE_TAILS = frozenset({"airport", "stadium", "arena", "plant", "prix"})


def a_venue(org) -> bool:
    """"worked at Avalon International Airport", "at the Globex Assembly Plant", "at the Vale
    Grand Prix": a place or an event someone works at, whose employer the name does not say
    (a title before the name still may: "Avalon Airport chief executive Ann Lee")."""
    name = (getattr(org, "name", "") or "").lower().split()
    return bool(name) and name[-1] in VENUE_TAILS


def named_thing(org) -> bool:
    """"launched Nutrition Aid, a program that ...", "created a Kindlr" (a page on that site):
    a program, an app, an event or a page was started, not an organization to work for."""
    root = getattr(org, "root", None)
    return root is not None and any(
        c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in THING_NOUNS
        or c.dep_ == "det" and c.lower_ in {"a", "an"} for c in root.children)
